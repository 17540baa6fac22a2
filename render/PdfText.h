#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>

namespace Doudi {

// Makes a PDF's text extract as the characters that were written. Noto Sans CJK draws 生 and the
// Kangxi radical ⽣ (U+2F63) with one glyph, and Qt's PDF writer names each glyph by the lowest code
// point that maps to it, so pdftotext and a search for 生活 or 12月 found radicals instead. The
// radicals in the ToUnicode maps are replaced by the ideograph that has the same glyph in the font
// that drew them; the codes have the same length, so no offset of the file moves.
class PdfText final
{
public:
    static QByteArray restoreIdeographs(QByteArray pdf, const QList<QFont>& fonts);

private:
    PdfText() = delete;
};

} // namespace Doudi
