#include "Backups.h"

#include "Clock.h"
#include "backup/BackupArchive.h"
#include "backup/BackupKey.h"
#include "security/Session.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace Doudi {

namespace {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QStringList kSqliteCompanions{QStringLiteral("-wal"), QStringLiteral("-shm")};

// Removes a file and what SQLite keeps beside it when it goes out of scope.
class TemporaryDatabaseFile final
{
    Q_DISABLE_COPY_MOVE(TemporaryDatabaseFile)

public:
    explicit TemporaryDatabaseFile(QString path)
        : m_path(std::move(path))
    {
        remove();
    }
    ~TemporaryDatabaseFile()
    {
        if (!m_kept)
            remove();
    }
    const QString& path() const { return m_path; }
    void keep() { m_kept = true; }
    void remove() const
    {
        QFile::remove(m_path);
        for (const QString& companion : kSqliteCompanions)
            QFile::remove(m_path + companion);
    }

private:
    QString m_path;
    bool m_kept = false;
};

// Renames a database file with its companions; false (and nothing renamed) when the main file
// could not be.
bool moveDatabaseFile(const QString& from, const QString& to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const QString& companion : kSqliteCompanions) {
        if (QFileInfo::exists(from + companion))
            QFile::rename(from + companion, to + companion);
    }
    return true;
}

QString integrityOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return StorageError::describe(q.lastError());
    return q.value(0).toString();
}

// Runs `work` on a connection of its own to the file at `path` (`options`: Qt's SQLite connect
// options), closed and removed afterwards; a file that does not open is `refusal` and its reason.
Status onOwnConnection(const QString& path, const QString& options, const QString& refusal,
                       const std::function<Status(const QSqlDatabase&)>& work)
{
    const QString name = QStringLiteral("doudi-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status verdict = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        verdict = db.open() ? work(db) : Error::failed(refusal.arg(StorageError::describe(db.lastError())));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

// Checks the snapshot and reads what the backup's header says of it, read-only.
Status inspectSnapshot(const QString& path, BackupInfo* info)
{
    return onOwnConnection(
        path, QStringLiteral("QSQLITE_OPEN_READONLY"), Backups::tr("Cannot read the snapshot: %1"),
        [info](const QSqlDatabase& db) -> Status {
            if (const QString check = integrityOf(db); check != QLatin1String("ok"))
                return Error::failed(
                    Backups::tr("The database copy failed its integrity check (%1).").arg(check.left(80)));
            QSqlQuery q(db);
            const auto value = [&](const QString& sql) -> qint64 {
                return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
            };
            info->schemaVersion = int(value(QStringLiteral("PRAGMA user_version")));
            info->households = value(QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0"));
            info->members = value(QStringLiteral("SELECT count(*) FROM members WHERE deleted = 0"));
            info->lastPackage =
                value(QStringLiteral("SELECT coalesce(max(sequence), 0) FROM sync_packages WHERE direction = 'sent'"));
            return success();
        });
}

// VACUUM INTO on a connection of its own: the caller's may have a query in progress (a list the
// clerk is scrolling), which VACUUM refuses; the snapshot is consistent all the same (one read
// transaction of the WAL database).
Status takeSnapshot(const QString& databasePath, const QString& snapshotPath)
{
    const QString refusal = Backups::tr("Cannot take a snapshot of the database: %1");
    return onOwnConnection(databasePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), refusal,
                           [&](const QSqlDatabase& db) -> Status {
                               QSqlQuery q(db);
                               q.prepare(QStringLiteral("VACUUM INTO ?"));
                               q.addBindValue(snapshotPath);
                               if (!q.exec())
                                   return Error::failed(refusal.arg(StorageError::describe(q.lastError())));
                               return success();
                           });
}

// Newest first; of two made in the same second, the one named with a number (…-2) is the newer.
bool newerFirst(const BackupInfo& a, const BackupInfo& b)
{
    if (a.created != b.created)
        return a.created > b.created;
    if (a.fileName.size() != b.fileName.size())
        return a.fileName.size() > b.fileName.size();
    return a.fileName > b.fileName;
}

QString archiveName(const QString& folder, const QString& siteCode, const QDateTime& created)
{
    const QString stem =
        QStringLiteral("doudi-%1-%2").arg(siteCode, created.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = QDir(folder).filePath(stem + Backups::kSuffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(Backups::kSuffix));
    return path;
}

} // namespace

Result<BackupInfo> Backups::create(Database& database, const Session& session, const QString& folder,
                                   const BackupKey& key, const QString& reason)
{
    // A backup at close or at the day's start is the office's setting at work, whoever is at the desk.
    if (reason == kManual) {
        if (Status s = session.require(Action::ExportData); !s)
            return s.error();
    }
    if (!QFileInfo(folder).isDir())
        return Error::failed(tr("The backup folder %1 cannot be reached. Is the USB stick plugged in?")
                                 .arg(QDir::toNativeSeparators(folder)));
    const auto site = SiteRepository(database, session).site();
    if (!site)
        return site.error();

    // The snapshot stays beside the database (a private folder), never on the stick in clear.
    TemporaryDatabaseFile snapshot(database.path() + QStringLiteral(".snapshot-") +
                                   QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (Status s = takeSnapshot(database.path(), snapshot.path()); !s)
        return s.error();
    QFile::setPermissions(snapshot.path(), kPrivate);

    BackupInfo info;
    info.created = Clock::currentDateTimeUtc();
    info.createdBy = session.userName();
    info.createdByName = session.displayName();
    info.reason = reason;
    info.siteCode = site->code;
    info.siteName = site->name;
    info.databaseUuid = site->databaseUuid;
    info.bytes = QFileInfo(snapshot.path()).size();
    if (Status s = inspectSnapshot(snapshot.path(), &info); !s)
        return s.error();

    info.fileName = archiveName(folder, site->code, info.created);
    if (auto written = BackupArchive::write(info.fileName, info, key, snapshot.path()); !written)
        return written.error();
    if (Status s = AuditLog(database).record(session.userName(), QStringLiteral("backup"), QString(),
                                             QFileInfo(info.fileName).fileName(), reason);
        !s)
        return s.error();
    return info;
}

Result<BackupListing> Backups::list(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error::failed(tr("The backup folder %1 cannot be reached.").arg(QDir::toNativeSeparators(folder)));
    BackupListing listing;
    for (const QString& name : dir.entryList({QLatin1Char('*') + kSuffix}, QDir::Files)) {
        auto info = BackupArchive::readInfo(dir.filePath(name));
        if (info)
            listing.backups.append(*info);
        else
            listing.unreadable.append(dir.filePath(name));
    }
    std::sort(listing.backups.begin(), listing.backups.end(), newerFirst);
    return listing;
}

Result<BackupInfo> Backups::verify(const QString& archivePath, const QString& passphrase)
{
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::failed(tr("Cannot make a temporary folder: %1").arg(scratch.errorString()));
    TemporaryDatabaseFile plain(scratch.filePath(QStringLiteral("verify.sqlite")));
    auto backup = BackupArchive::decrypt(archivePath, passphrase, plain.path());
    if (!backup)
        return backup.error();
    BackupInfo inside;
    if (Status s = inspectSnapshot(plain.path(), &inside); !s)
        return s.error();
    if (inside.households != backup->households || inside.members != backup->members ||
        inside.schemaVersion != backup->schemaVersion)
        return Error::failed(tr("The backup %1 does not hold what its header says; try an older one.")
                                 .arg(QFileInfo(archivePath).fileName()));
    return backup;
}

QStringList Backups::prunable(const QList<BackupInfo>& backups)
{
    QList<BackupInfo> automatic;
    for (const BackupInfo& b : backups) {
        if (b.isAutomatic())
            automatic.append(b);
    }
    std::sort(automatic.begin(), automatic.end(), newerFirst);
    // Grandfather-father-son: newest first, the first backup of each new period is kept until
    // the periods of its kind are used up.
    QSet<QString> kept;
    const auto keepNewestPer = [&](int periods, const std::function<qint64(const QDate&)>& periodOf) {
        QSet<qint64> seen;
        for (const BackupInfo& b : automatic) {
            const qint64 period = periodOf(b.created.toLocalTime().date());
            if (seen.contains(period))
                continue;
            if (int(seen.size()) == periods)
                break;
            seen.insert(period);
            kept.insert(b.fileName);
        }
    };
    keepNewestPer(7, [](const QDate& d) { return d.toJulianDay(); });
    keepNewestPer(4, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(12, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QStringList out;
    for (const BackupInfo& b : automatic) {
        if (!kept.contains(b.fileName))
            out.append(b.fileName);
    }
    return out;
}

Result<int> Backups::prune(const QString& folder)
{
    const auto listing = list(folder);
    if (!listing)
        return listing.error();
    int removed = 0;
    for (const QString& file : prunable(listing->backups)) {
        if (QFile::remove(file))
            ++removed;
    }
    return removed;
}

Result<RestoreOutcome> Backups::restore(const QString& databasePath, const QString& archivePath,
                                        const QString& passphrase, const Authorize& authorize)
{
    TemporaryDatabaseFile restoring(databasePath + QStringLiteral(".restoring"));
    const QDir folder = QFileInfo(databasePath).absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
        return Error::failed(tr("Cannot create the folder %1.").arg(folder.absolutePath()));
    auto backup = BackupArchive::decrypt(archivePath, passphrase, restoring.path());
    if (!backup)
        return backup.error();

    RestoreOutcome outcome;
    outcome.backup = *backup;
    const bool replacing = QFileInfo::exists(databasePath);
    if (replacing)
        outcome.replacedFile = databasePath + QStringLiteral(".before-restore-") +
                               Clock::currentDateTimeUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    {
        auto restored = Database::open(restoring.path(), Database::OpenMode::MustExist);
        if (!restored)
            return restored.error();
        Database& db = **restored;
        // A migration keeps a copy of the older file; the backup itself is that copy.
        if (!db.backupPath().isEmpty())
            QFile::remove(db.backupPath());
        if (const QString check = integrityOf(db.connection()); check != QLatin1String("ok"))
            return Error::failed(
                tr("The database inside the backup failed its integrity check (%1); try an older backup.")
                    .arg(check.left(80)));
        const auto who = authorize(db, *backup);
        if (!who)
            return who.error();
        Transaction transaction(db.connection());
        if (Status s = transaction.begin(); !s)
            return s.error();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO restores (restored_at, restored_by, backup_file, backup_created_at, "
                                 "replaced_file) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(*who);
        q.addBindValue(QFileInfo(archivePath).fileName());
        q.addBindValue(backup->created.toUTC().toString(Qt::ISODate));
        q.addBindValue(QFileInfo(outcome.replacedFile).fileName());
        if (!q.exec())
            return Error::failed(tr("Cannot record the restore: %1").arg(StorageError::describe(q.lastError())));
        const QString id = q.lastInsertId().toString();
        if (Status s = AuditLog(db).append(
                *who, QStringLiteral("restore"), QStringLiteral("restores"), id, {},
                QJsonObject{{QStringLiteral("backup_file"), QFileInfo(archivePath).fileName()},
                            {QStringLiteral("backup_created_at"), backup->created.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("replaced_file"), QFileInfo(outcome.replacedFile).fileName()}},
                QString());
            !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }

    if (replacing && !moveDatabaseFile(databasePath, outcome.replacedFile))
        return Error::failed(
            tr("Cannot move the current database %1 aside; is Doudi still open on it? Nothing was replaced.")
                .arg(QDir::toNativeSeparators(databasePath)));
    if (!moveDatabaseFile(restoring.path(), databasePath)) {
        if (replacing)
            moveDatabaseFile(outcome.replacedFile, databasePath);
        return Error::failed(tr("Cannot put the restored database in place of %1; nothing was replaced.")
                                 .arg(QDir::toNativeSeparators(databasePath)));
    }
    restoring.keep();
    QFile::setPermissions(databasePath, kPrivate);
    return outcome;
}

Result<bool> Backups::rebaselinePending(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM restores WHERE rebaseline_sent IS NULL")) || !q.next())
        return Error::failed(tr("Cannot read the restores: %1").arg(StorageError::describe(q.lastError())));
    return q.value(0).toLongLong() > 0;
}

Status Backups::markRebaselineSent(Database& database, qint64 sequence)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE restores SET rebaseline_sent = ? WHERE rebaseline_sent IS NULL"));
    q.addBindValue(sequence);
    if (!q.exec())
        return Error::failed(tr("Cannot record the re-baseline: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

} // namespace Doudi
