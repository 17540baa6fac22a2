#!/usr/bin/env python3
"""Writes resources/pinyin/initials.txt: for each pinyin initial, the Chinese characters whose
reading starts with it, so that a clerk can find 王秀英 by typing "wxy".

The level-1 characters of GB 2312 (rows 16-55, 3,755 of the most common characters) are ordered by
pinyin, so each initial is a range of codes; the first character of each range is well known.
Level-2 characters are ordered by radical and are left out. Run it again only to change the table.
"""
import pathlib

# First GB 2312 code of each initial (I, U and V begin no syllable).
BOUNDS = [("a", 0xB0A1), ("b", 0xB0C5), ("c", 0xB2C1), ("d", 0xB4EE), ("e", 0xB6EA), ("f", 0xB7A2),
          ("g", 0xB8C1), ("h", 0xB9FE), ("j", 0xBBF7), ("k", 0xBFA6), ("l", 0xC0AC), ("m", 0xC2E8),
          ("n", 0xC4C3), ("o", 0xC5B6), ("p", 0xC5BE), ("q", 0xC6DA), ("r", 0xC8BB), ("s", 0xC8F6),
          ("t", 0xCBFA), ("w", 0xCDDA), ("x", 0xCEF4), ("y", 0xD1B9), ("z", 0xD4D1)]
END = 0xD7F9

def main():
    lines = []
    for i, (letter, start) in enumerate(BOUNDS):
        stop = BOUNDS[i + 1][1] if i + 1 < len(BOUNDS) else END + 1
        chars = []
        for code in range(start, stop):
            hi, lo = code >> 8, code & 0xFF
            if not 0xA1 <= lo <= 0xFE:
                continue
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
        lines.append(letter + ":" + "".join(chars))
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "pinyin" / "initials.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, sum(len(l) - 2 for l in lines), "characters")

if __name__ == "__main__":
    main()
