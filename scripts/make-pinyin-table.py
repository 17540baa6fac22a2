#!/usr/bin/env python3
"""Writes resources/pinyin/initials.txt from the Unicode Han database (Debian's unicode-data:
/usr/share/unicode/Unihan_Readings.txt.bz2), so that a clerk finds 李婷 by typing "lt".

Every modern reading a character has counts (kMandarin first, the most usual reading in the
mainland, then the 现代汉语词典 and 通用规范汉字字典 readings, kXHC1983 and kTGHZ2013), so a
polyphonic character matches each of its initials: 单 is d, s and c. kHanyuPinyin (汉语大字典)
also lists classical readings (王 yù): it is used only for a character none of the others read. A name's first character is read as a surname first where the
surname reading differs (单 shan, 解 xie, 查 zha …). Only the Basic Multilingual Plane: names are
written with it. Run it again when Unicode's data changes; the table is committed.

    <initials>:<characters>    the characters whose readings begin with these letters, most usual first
    =<initials>:<characters>   the same for a character read as a surname
"""
import bz2
import collections
import pathlib
import sys
import unicodedata

SOURCE = pathlib.Path("/usr/share/unicode/Unihan_Readings.txt.bz2")
FIELDS = ["kMandarin", "kXHC1983", "kTGHZ2013", "kHanyuPinyin"]
MODERN = FIELDS[:3]

# Surnames read otherwise than their most usual reading (百家姓 and the common lists).
SURNAMES = {
    "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou", "乐": "yue", "翟": "zhai", "曾": "zeng",
    "朴": "piao", "盖": "ge", "缪": "miao", "尉": "yu", "覃": "qin", "召": "shao", "秘": "bi", "冼": "xian",
    "员": "yun", "繁": "po", "句": "gou", "能": "nai", "种": "chong", "华": "hua", "任": "ren", "洗": "xian",
    "折": "she", "佴": "nai", "令": "ling", "那": "na", "都": "du", "万": "wan", "长": "chang", "沈": "shen",
}


def initial(reading):
    """The first letter of a pinyin syllable, without its tone mark (ǎ → a, ń → n)."""
    for ch in unicodedata.normalize("NFD", reading.strip().lower()):
        if "a" <= ch <= "z":
            return ch
    return None


def readings(field, value):
    if field in ("kMandarin",):
        return value.split()
    out = []
    for entry in value.split():
        out.extend(entry.split(":", 1)[-1].split(","))
    return out


def main():
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    found = collections.defaultdict(dict)  # char → field → readings
    with bz2.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field not in FIELDS:
                continue
            point = int(code[2:], 16)
            if point > 0xFFFF:
                continue
            found[chr(point)][field] = readings(field, value)
    general = collections.defaultdict(list)
    for ch in sorted(found):
        letters = []
        modern = any(field in found[ch] for field in MODERN)
        for field in MODERN if modern else FIELDS:
            for r in found[ch].get(field, []):
                letter = initial(r)
                if letter and letter not in letters:
                    letters.append(letter)
        if letters:
            general["".join(letters)].append(ch)
    surname = collections.defaultdict(list)
    for ch, reading in SURNAMES.items():
        first = initial(reading)
        usual = next(k for k, chars in general.items() if ch in chars)
        if usual[0] != first:
            surname[first + usual.replace(first, "")].append(ch)
    lines = [key + ":" + "".join(chars) for key, chars in sorted(general.items())]
    lines += ["=" + key + ":" + "".join(chars) for key, chars in sorted(surname.items())]
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "pinyin" / "initials.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, sum(len(v) for v in general.values()), "characters,",
          sum(1 for k in general if len(k) > 1), "initial sets,", sum(len(v) for v in surname.values()), "surnames")


if __name__ == "__main__":
    main()
