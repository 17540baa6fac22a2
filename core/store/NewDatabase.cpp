#include "NewDatabase.h"

#include "FaultPoint.h"
#include "store/Database.h"
#include "store/FileSync.h"
#include "store/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {

qint64 count(QSqlDatabase& db, const QString& sql, bool* ok)
{
    QSqlQuery q(db);
    *ok = q.exec(sql) && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

} // namespace

void NewDatabase::removeWithJournals(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Result<bool> NewDatabase::isUnfinished(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    if (info.size() == 0)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return false; // not a database, or not ours: never touched
    file.close();

    // Looked at read-only; nothing is written to a file that is kept.
    const QString name = QStringLiteral("doudi-inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<bool> verdict = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            verdict = Error::failed(
                tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), StorageError::describe(db.lastError())));
        } else {
            bool ok = false;
            const qint64 tables =
                count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), &ok);
            if (ok && tables == 0) {
                verdict = true;
            } else if (ok) {
                // Asked at every start of the desk: EXISTS stops at the first row, never counts them all.
                bool empty = false;
                const qint64 nothing = count(db,
                                             QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM site) AND NOT EXISTS "
                                                            "(SELECT 1 FROM households)"),
                                             &empty);
                verdict = empty && nothing == 1;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Status NewDatabase::create(const QString& path, const Fill& fill)
{
    if (QFileInfo::exists(path)) {
        const auto unfinished = isUnfinished(path);
        if (!unfinished)
            return unfinished.error();
        if (!*unfinished)
            return Error::failed(
                tr("%1 already exists; a new database never overwrites one.").arg(QDir::toNativeSeparators(path)));
        removeWithJournals(path); // left by a creation cut off part-way: nothing in it
    }
    const QString working = workingPath(path);
    removeWithJournals(working);
    Status built = success();
    {
        auto db = Database::open(working, Database::OpenMode::MustNotExist);
        if (!db)
            return db.error();
        built = fill(**db);
        if (built) {
            QSqlQuery q((*db)->connection());
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
                q.value(0).toString() != QLatin1String("ok"))
                built = Error::failed(tr("The new database did not pass its integrity check."));
            else if (!q.exec(QStringLiteral("SELECT count(*) FROM site")) || !q.next() || q.value(0).toInt() != 1)
                built = Error::failed(tr("The new database has no site."));
            // Everything into the database file itself, so the rename moves all of it.
            else if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() || q.value(0).toInt() != 0)
                built = Error::failed(
                    tr("Cannot finish writing the new database: %1").arg(StorageError::describe(q.lastError())));
        }
    }
    if (built) {
        faultPoint("new-database-built");
        built = FileSync::renameInto(working, path);
    }
    if (!built) {
        removeWithJournals(working);
        return built;
    }
    // The emptied log files of the working name are of no use to the renamed database.
    removeWithJournals(working);
    return success();
}

} // namespace Doudi
