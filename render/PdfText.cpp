#include "PdfText.h"

#include <QHash>
#include <QRawFont>

namespace Doudi {

namespace {

constexpr char16_t kRadicalsFirst = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
constexpr char16_t kRadicalsLast = 0x2FDF;

bool isRadical(uint code)
{
    return code >= kRadicalsFirst && code <= kRadicalsLast;
}

// Each radical the fonts draw with the glyph of an ideograph → that ideograph.
QHash<uint, uint> ideographsOfRadicals(const QList<QFont>& fonts)
{
    QString radicals;
    for (char16_t c = kRadicalsFirst; c <= kRadicalsLast; ++c)
        radicals.append(QChar(c));
    QString ideographs; // CJK Extension A and the unified ideographs
    for (char16_t c = 0x3400; c <= 0x4DBF; ++c)
        ideographs.append(QChar(c));
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));
    QHash<uint, uint> out;
    for (const QFont& font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        if (radicalGlyphs.size() != radicals.size() || ideographGlyphs.size() != ideographs.size())
            continue;
        QHash<quint32, uint> firstWithGlyph;
        for (qsizetype i = 0; i < ideographs.size(); ++i) {
            if (ideographGlyphs.at(i) != 0 && !firstWithGlyph.contains(ideographGlyphs.at(i)))
                firstWithGlyph.insert(ideographGlyphs.at(i), ideographs.at(i).unicode());
        }
        for (qsizetype i = 0; i < radicals.size(); ++i) {
            const auto it = firstWithGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && it != firstWithGlyph.cend() && !out.contains(radicals.at(i).unicode()))
                out.insert(radicals.at(i).unicode(), it.value());
        }
    }
    return out;
}

// Rewrites the destination codes of the lines between `begin` and `end` (bfrange: after two
// source codes; bfchar: after one), in place.
void rewriteBlocks(QByteArray& pdf, const QByteArray& begin, const QByteArray& end, int sourceCodes,
                   const QHash<uint, uint>& map)
{
    qsizetype from = 0;
    while ((from = pdf.indexOf(begin, from)) >= 0) {
        const qsizetype stop = pdf.indexOf(end, from);
        if (stop < 0)
            return;
        qsizetype line = pdf.indexOf('\n', from) + 1;
        while (line > 0 && line < stop) {
            const qsizetype newline = pdf.indexOf('\n', line);
            const qsizetype lineEnd = newline < 0 ? stop : std::min(newline, stop);
            int token = 0;
            for (qsizetype i = line; i < lineEnd; ++i) {
                if (pdf.at(i) != '<')
                    continue;
                const qsizetype close = pdf.indexOf('>', i);
                if (close < 0 || close > lineEnd)
                    break;
                if (token++ >= sourceCodes && close - i == 5) {
                    bool ok = false;
                    const uint code = pdf.mid(i + 1, 4).toUInt(&ok, 16);
                    if (const auto it = map.constFind(code); ok && isRadical(code) && it != map.cend())
                        pdf.replace(i + 1, 4, QByteArray::number(it.value(), 16).toUpper().rightJustified(4, '0'));
                }
                i = close;
            }
            line = lineEnd + 1;
        }
        from = stop;
    }
}

} // namespace

QByteArray PdfText::restoreIdeographs(QByteArray pdf, const QList<QFont>& fonts)
{
    if (!pdf.contains("beginbf"))
        return pdf;
    const QHash<uint, uint> map = ideographsOfRadicals(fonts);
    if (map.isEmpty())
        return pdf;
    rewriteBlocks(pdf, "beginbfrange", "endbfrange", 2, map);
    rewriteBlocks(pdf, "beginbfchar", "endbfchar", 1, map);
    return pdf;
}

} // namespace Doudi
