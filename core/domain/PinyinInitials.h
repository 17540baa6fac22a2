#pragma once

#include <QString>

namespace Doudi {

// The pinyin initials of a Chinese name, so that typing "wxy" finds 王秀英 where no Chinese input
// method is at hand. Covers the 3,755 most common characters (GB 2312 level 1); another
// character is kept as it is, so a name still matches on the initials of its common characters.
class PinyinInitials final
{
public:
    // Lower-case initials: "王秀英" gives "wxy"; letters and digits pass through lower-cased.
    static QString of(const QString& name);
    // Whether a typed search term is meant as initials: letters only.
    static bool looksLikeInitials(const QString& term);

private:
    PinyinInitials() = delete;
};

} // namespace Doudi
