#include "SheetText.h"

namespace Doudi {

QString SheetText::halfWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            c = QLatin1Char(' ');
    }
    return out;
}

QString SheetText::compact(const QString& text)
{
    QString out = halfWidth(text);
    out.removeIf([](QChar c) { return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF); });
    return out;
}

} // namespace Doudi
