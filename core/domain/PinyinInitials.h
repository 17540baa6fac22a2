#pragma once

#include <QString>
#include <QStringList>

namespace Doudi {

// The pinyin initials of a Chinese name, so that typing "wxy" finds 王秀英 where no Chinese input
// method is at hand. The table comes from the Unicode Han database (scripts/make-pinyin-table.py):
// every character of the Basic Multilingual Plane with every reading it has, so 李婷 is "lt" and a
// polyphonic name matches each way it can be read (单 is d, s and c); a name's first character is
// read as a surname first (单 shan). A character without a reading is kept as it is.
class PinyinInitials final
{
public:
    // The usual lower-case initials: "王秀英" gives "wxy", "单丽" gives "sl"; letters and digits
    // pass through lower-cased.
    static QString of(const QString& name);
    // Every way the name's initials can be read, the usual one first, at most `limit` of them.
    static QStringList variants(const QString& name, int limit = 16);
    // What the store keeps for search: the variants separated by spaces ("sl dl cl"), so that a
    // typed run of letters, which holds no space, matches within one reading.
    static QString searchText(const QString& name);
    // Whether a typed search term is meant as initials: letters only.
    static bool looksLikeInitials(const QString& term);
    // Changes when the table does: stored search text made with another table is rebuilt.
    static QString tableVersion();

private:
    PinyinInitials() = delete;
};

} // namespace Doudi
