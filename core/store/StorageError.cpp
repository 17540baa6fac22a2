#include "StorageError.h"

namespace Doudi {

namespace {
// SQLite's primary result codes (sqlite3.h), which Qt's driver passes as the native error code.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoError = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCannotOpen = 14;
constexpr int kNotADatabase = 26;
} // namespace

int StorageError::sqliteCode(const QSqlError& error)
{
    bool ok = false;
    // An extended code (SQLITE_IOERR_WRITE is 778) carries its primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

bool StorageError::isDamage(const QSqlError& error)
{
    const int code = sqliteCode(error);
    return code == kCorrupt || code == kNotADatabase;
}

QString StorageError::describe(const QSqlError& error)
{
    switch (sqliteCode(error)) {
    case kFull:
        return tr("The disk is full, so nothing of this was saved. Free some space on the disk and try again.");
    case kReadOnly:
        return tr("The database file cannot be written (it is read-only, or on a disk that is), so nothing of "
                  "this was saved. Ask the administrator to make it writable.");
    case kIoError:
        return tr("The disk refused to write (it may be full, removed or failing), so nothing of this was saved. "
                  "Check the disk and try again.");
    case kBusy:
    case kLocked:
        return tr("Another program is writing to the database, so nothing of this was saved. Try again in a "
                  "moment.");
    case kCannotOpen:
        return tr("The database file cannot be opened: its folder may be missing, read-only or on a disk that was "
                  "removed.");
    case kCorrupt:
    case kNotADatabase:
        return tr("The database file is damaged or is not a Doudi database. Restore the latest backup.");
    default:
        return error.text();
    }
}

} // namespace Doudi
