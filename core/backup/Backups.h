#pragma once

#include "Result.h"
#include "backup/BackupInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Doudi {

class BackupKey;
class Database;
class Session;

// The backups of a folder, newest first, and the files in it that are not readable backups.
struct BackupListing
{
    QList<BackupInfo> backups;
    QStringList unreadable;
};

struct RestoreOutcome
{
    BackupInfo backup;
    QString replacedFile; // where the database that was replaced is kept, empty when there was none
};

// Backing up and restoring a Doudi database (issue 14): a consistent snapshot (VACUUM INTO) taken
// beside the database, checked with integrity_check, encrypted into one file in the chosen folder,
// the snapshot removed. A restore decrypts beside the database, checks and (when older) migrates
// it, records itself in it, keeps the replaced file and only then puts the backup in its place.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Backups)

public:
    static inline const QString kSuffix = QStringLiteral(".doudi-backup");
    // Reasons: a backup asked for, or made by the desktop at the day's first start or at close.
    static inline const QString kManual = QStringLiteral("manual");
    static inline const QString kDaily = QStringLiteral("daily");
    static inline const QString kAtClose = QStringLiteral("close");

    static Result<BackupInfo> create(Database& database, const Session& session, const QString& folder,
                                     const BackupKey& key, const QString& reason = kManual);
    static Result<BackupListing> list(const QString& folder);
    // Reads the backup whole with `passphrase` into a private temporary folder and checks the
    // database inside (integrity_check, the counts its header gives); nothing is kept.
    static Result<BackupInfo> verify(const QString& archivePath, const QString& passphrase);
    // The automatic backups to delete so that 7 daily, 4 weekly and 12 monthly remain: the newest of
    // each of the last 7 days that have one, of the last 4 weeks and of the last 12 months. Backups
    // made by hand are never deleted.
    static QStringList prunable(const QList<BackupInfo>& backups);
    static Result<int> prune(const QString& folder);

    // Reads the backup whole with `passphrase` and checks it; then `authorize` is given the restored
    // database (open, checked, migrated to this version) and returns who restores it, or refuses.
    // A database at `databasePath` is kept as `<path>.before-restore-<time>`, and must be closed.
    using Authorize = std::function<Result<QString>(Database& restored, const BackupInfo& backup)>;
    static Result<RestoreOutcome> restore(const QString& databasePath, const QString& archivePath,
                                          const QString& passphrase, const Authorize& authorize);

    // Whether a restore has not been followed yet by a full re-baseline to the city.
    static Result<bool> rebaselinePending(Database& database);
    // In the export's transaction: the package `sequence` carries it.
    static Status markRebaselineSent(Database& database, qint64 sequence);

private:
    Backups() = delete;
};

} // namespace Doudi
