#pragma once

#include <QString>

namespace Doudi {

// What hand-typed spreadsheet text needs before it can be read: full-width digits, letters and
// spaces (１２３, Ｘ, U+3000) as an IME types them, and the spaces clerks pad names with.
class SheetText final
{
public:
    // Full-width ASCII forms and the ideographic space turned into plain ASCII.
    static QString halfWidth(const QString& text);
    // halfWidth() without any whitespace at all: names, numbers and headers.
    static QString compact(const QString& text);

private:
    SheetText() = delete;
};

} // namespace Doudi
