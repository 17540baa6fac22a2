#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace Doudi {

// What a failed statement tells the person at the desk. A disk that is full, a database file
// that cannot be written, a disk that fails or a file that another program holds become one plain
// sentence that says nothing was saved and what to do (SQLite has then rolled the change back);
// anything else keeps SQLite's own words, for whoever is called to look.
class StorageError final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::StorageError)

public:
    static QString describe(const QSqlError& error);

    // SQLite's primary result code of `error`, or 0 when it has none.
    static int sqliteCode(const QSqlError& error);
    // The file itself is damaged or foreign — not a disk or a folder that refuses.
    static bool isDamage(const QSqlError& error);

private:
    StorageError() = delete;
};

} // namespace Doudi
