#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Doudi {

// One SQLite connection to a Doudi database file. Opening checks before it writes: a file that is
// not SQLite, not Doudi's, damaged, or of a newer schema is refused and left untouched. An older
// schema is copied aside, then migrated one numbered step at a time, each step one transaction.
// Qt's rule is one connection per thread: a worker opens its own Database on the same file.
class SiteKey;

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode
    {
        MustExist,
        CreateIfMissing,
        MustNotExist,
        // A second connection, for a thread, to a database this process has opened already: it must
        // exist, and the whole-file integrity scan the first opening made (a quarter of a second on a
        // 20,000-household township) is not made again for every background count.
        Worker,
        // The desk's opening: it must exist, and the whole-file scan (a second on a big township) is
        // made at once only when the last session did not end cleanly — a write-ahead log left beside
        // the file. Otherwise the desk makes it on a thread once its list is shown (checkWholeFile).
        Desk
    };

    // `PRAGMA application_id` of every Doudi database: "DOUD".
    static constexpr int kApplicationId = 0x444F5544;
    // SQLite's page cache of each connection, in KiB (cache_size takes a negative number for KiB).
    static constexpr int kCacheKiB = 32768;

    // `migrationsDir` holds the numbered scripts; tests pass their own to exercise an upgrade.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode,
                                                  const QString& migrationsDir = defaultMigrationsDir());
    ~Database();

    static QString defaultMigrationsDir() { return QStringLiteral(":/migrations"); }
    static int latestSchemaVersion(const QString& migrationsDir = defaultMigrationsDir());
    // SQLite's quick_check over the whole file, on a read-only connection of its own (a thread may
    // call it): fails with the message of a damaged database.
    static Status checkWholeFile(const QString& path);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    // The copy taken before the last migration, or empty when none was needed.
    const QString& backupPath() const { return m_backupPath; }
    // Whether opening scanned the whole file (every mode but Worker, and Desk after an unclean stop).
    bool wholeFileChecked() const { return m_wholeFileChecked; }

    // The site key of whoever logged in on this connection (see KeySlots): null when nobody did,
    // and after the desk locked or the person logged out.
    const SiteKey* siteKey() const { return m_siteKey.get(); }
    void setSiteKey(std::unique_ptr<SiteKey> key);
    // Wipes it from memory.
    void forgetSiteKey();

private:
    Database(QString path, QString connectionName, QString migrationsDir);

    static Status inspectExisting(const QString& path, int latestVersion, int* version, bool scan);
    Status configure(OpenMode mode);
    // A column Doudi derives from names with a table of its own, and how to rebuild it.
    struct DerivedNames
    {
        QString select; // each row's id, the name, the derived text now
        QString update; // sets the derived text (first) of the row (second)
        QString (*derive)(const QString& name);
        QString changeLogTable; // the table whose change-log entries rebuilding adds, or empty
    };
    Status refreshNameTables();
    // Runs `rebuild` once, in one transaction, when the version kept under `settingKey` is not
    // `version` (another process may have done it meanwhile), and keeps the version.
    Status refreshDerived(const QString& settingKey, const QString& version, const std::function<Status()>& rebuild);
    Status rebuildDerivedNames(const DerivedNames& derived);
    Status migrate(int fromVersion);
    Status applyMigration(int version, const QString& script);

    QString m_path;
    QString m_connectionName;
    QString m_migrationsDir;
    QString m_backupPath;
    bool m_wholeFileChecked = false;
    std::unique_ptr<SiteKey> m_siteKey;
};

} // namespace Doudi
