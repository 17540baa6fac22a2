#include "Database.h"

#include "Clock.h"
#include "domain/PinyinInitials.h"
#include "domain/PinyinOrder.h"
#include "security/SiteKey.h"
#include "store/HouseholdSearchIndex.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {

// The numbered scripts, in order: 001_initial.sql is version 1.
QStringList migrationFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

// Splits a migration script into statements: at a `;` that ends a line, except inside a
// CREATE TRIGGER … END; body, whose inner statements end with `;` too.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("--")) || line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends = line.endsWith(QLatin1Char(';'));
        if (ends && (!inTrigger || line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString newConnectionName()
{
    return QStringLiteral("doudi-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Runs a pragma or a single-value query on a connection; an invalid QVariant on error.
QVariant scalar(const QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError();
        return {};
    }
    return q.value(0);
}

// A power cut while `init` or `demo` builds a database, or while a backup is restored, leaves its
// working copy beside the database: `.creating`, or `.restoring` — a decrypted backup, so people's
// records in a file nobody will open. One that nobody has written to for two minutes is left over,
// not in progress (a restore writes as it decrypts), and goes at the next opening.
void removeLeftoverWorkingCopies(const QString& path)
{
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-120);
    for (const QString& copy : QStringList{path + QStringLiteral(".creating"), path + QStringLiteral(".restoring")}) {
        const QFileInfo info(copy);
        if (!info.exists() || info.lastModified().toUTC() > stale)
            continue;
        for (const QString& file : QStringList{copy, copy + QStringLiteral("-wal"), copy + QStringLiteral("-shm")})
            QFile::remove(file);
    }
}

} // namespace

Database::Database(QString path, QString connectionName, QString migrationsDir)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_migrationsDir(std::move(migrationsDir))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion(const QString& migrationsDir)
{
    return int(migrationFiles(migrationsDir).size());
}

void Database::setSiteKey(std::unique_ptr<SiteKey> key)
{
    m_siteKey = std::move(key);
}

void Database::forgetSiteKey()
{
    m_siteKey.reset(); // sodium_free wipes it
}

int Database::schemaVersion() const
{
    return scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::inspectExisting(const QString& path, int latestVersion, int* version, bool scan)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read the database file %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return Error::failed(tr("%1 is not a Doudi database: it is not an SQLite file.").arg(path));

    // Look first, read-only: nothing is written to a file that turns out to be foreign or damaged.
    const QString name = newConnectionName();
    Status verdict = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlError error;
        if (!db.open()) {
            verdict =
                Error::failed(tr("Cannot open the database %1: %2").arg(path, StorageError::describe(db.lastError())));
        } else {
            const QVariant check =
                scan ? scalar(db, QStringLiteral("PRAGMA quick_check"), &error) : QVariant(QStringLiteral("ok"));
            const QVariant appId = scalar(db, QStringLiteral("PRAGMA application_id"));
            const QVariant userVersion = scalar(db, QStringLiteral("PRAGMA user_version"));
            // A folder that cannot be written (no room for the -shm file beside a WAL database) is
            // not damage: say what it is.
            if (!check.isValid() && StorageError::sqliteCode(error) != 0 && !StorageError::isDamage(error)) {
                verdict = Error::failed(tr("Cannot open the database %1: %2").arg(path, StorageError::describe(error)));
            } else if (!check.isValid() || check.toString() != QLatin1String("ok")) {
                verdict =
                    Error::failed(tr("The database %1 is damaged and was not opened, so nothing in it is changed. "
                                     "Restore it from a backup copy.")
                                      .arg(path));
            } else if (appId.toInt() != kApplicationId) {
                verdict = Error::failed(
                    tr("%1 is an SQLite file of another program, not a Doudi database; it was not changed.").arg(path));
            } else if (userVersion.toInt() > latestVersion) {
                verdict = Error::failed(tr("The database %1 was made by a newer version of Doudi (schema %2; this "
                                           "version knows up to %3). Update Doudi to open it.")
                                            .arg(path)
                                            .arg(userVersion.toInt())
                                            .arg(latestVersion));
            } else {
                *version = userVersion.toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Status Database::checkWholeFile(const QString& path)
{
    int version = 0;
    return inspectExisting(path, latestSchemaVersion(), &version, true);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, const QString& migrationsDir)
{
    const bool exists = QFileInfo::exists(path);
    if (exists && mode == OpenMode::MustNotExist)
        return Error::failed(tr("%1 already exists; choose another file name.").arg(path));
    if (!exists && mode != OpenMode::CreateIfMissing && mode != OpenMode::MustNotExist)
        return Error::failed(tr("The database %1 does not exist.").arg(path));

    // People's records are readable by the user who runs Doudi only: a new file is created private
    // (SQLite gives its -wal and -shm files the database's permissions), and an older one made
    // before that is made private at its next opening.
    constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    int version = 0;
    // SQLite removes the write-ahead log when the last connection closes: one left beside the file
    // means a session that stopped uncleanly (a power cut, a crash), or one still open.
    const QFileInfo leftoverLog(path + QStringLiteral("-wal"));
    const bool scan =
        mode == OpenMode::Desk ? leftoverLog.exists() && leftoverLog.size() > 0 : mode != OpenMode::Worker;
    if (exists) {
        if (Status inspected = inspectExisting(path, latestSchemaVersion(migrationsDir), &version, scan); !inspected)
            return inspected.error();
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFileInfo::exists(file) && (QFile::permissions(file) & ~kPrivate & ~QFileDevice::ReadUser &
                                            ~QFileDevice::WriteUser) != QFileDevice::Permissions())
                QFile::setPermissions(file, kPrivate);
        }
    } else {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::failed(tr("Cannot create the folder %1.").arg(info.absolutePath()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate))
            return Error::failed(tr("Cannot create the database %1: %2").arg(path, file.errorString()));
        file.close();
    }

    std::unique_ptr<Database> database(new Database(path, newConnectionName(), migrationsDir));
    database->m_wholeFileChecked = !exists || scan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            return Error::failed(
                tr("Cannot open the database %1: %2").arg(path, StorageError::describe(db.lastError())));
    }
    if (Status configured = database->configure(mode); !configured)
        return configured.error();
    if (!exists) {
        QSqlQuery q(database->connection());
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return Error::failed(tr("Cannot initialise the database: %1").arg(StorageError::describe(q.lastError())));
    }
    if (Status migrated = database->migrate(version); !migrated)
        return migrated.error();
    // (Not on the schemas of older versions that the upgrade tests open.)
    if (migrationsDir == defaultMigrationsDir()) {
        if (Status refreshed = database->refreshNameTables(); !refreshed)
            return refreshed.error();
    }
    if (exists)
        removeLeftoverWorkingCopies(path);
    return database;
}

// What Doudi derives from names with its pinyin tables — each member's search text, each
// household's sort key, the full-text index of names, initials and ID numbers — rebuilt once when a
// table changes (or the database was made by an older Doudi), in one transaction. A derived column
// is never sent to the city: what its rebuilding added to the change log is taken out again.
Status Database::refreshNameTables()
{
    const DerivedNames initials{QStringLiteral("SELECT id, name, name_initials FROM members"),
                                QStringLiteral("UPDATE members SET name_initials = ? WHERE id = ?"),
                                &PinyinInitials::searchText, QStringLiteral("members")};
    if (Status s = refreshDerived(QStringLiteral("pinyin_table"), PinyinInitials::tableVersion(),
                                  [&] { return rebuildDerivedNames(initials); });
        !s)
        return s;
    const DerivedNames order{QStringLiteral("SELECT o.household_id, h.head_name, o.head_name_key FROM "
                                            "household_order o JOIN households h ON h.id = o.household_id"),
                             QStringLiteral("UPDATE household_order SET head_name_key = ? WHERE household_id = ?"),
                             &PinyinOrder::sortKey, QString()};
    if (Status s = refreshDerived(QStringLiteral("pinyin_order"), PinyinOrder::tableVersion(),
                                  [&] { return rebuildDerivedNames(order); });
        !s)
        return s;
    return refreshDerived(QStringLiteral("household_search"), HouseholdSearchIndex::version(),
                          [this] { return HouseholdSearchIndex::rebuild(connection()); });
}

Status Database::refreshDerived(const QString& settingKey, const QString& version,
                                const std::function<Status()>& rebuild)
{
    const auto current = [this, &settingKey](QString* stored) {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(settingKey);
        if (!q.exec())
            return false;
        *stored = q.next() ? q.value(0).toString() : QString();
        return true;
    };
    QString stored;
    if (!current(&stored))
        return Error::failed(tr("Cannot read the database's settings."));
    if (stored == version)
        return success();
    Transaction transaction(connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (!current(&stored))
        return Error::failed(tr("Cannot read the database's settings."));
    if (stored == version) // another process did it meanwhile
        return success();
    if (Status s = rebuild(); !s)
        return s;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(settingKey);
    q.addBindValue(version);
    if (!q.exec())
        return Error::failed(tr("Cannot rebuild the name search: %1").arg(StorageError::describe(q.lastError())));
    return transaction.commit();
}

Status Database::rebuildDerivedNames(const DerivedNames& derived)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM sync_changes")) || !q.next())
        return Error::failed(tr("Cannot rebuild the name search: %1").arg(StorageError::describe(q.lastError())));
    const qint64 changesBefore = q.value(0).toLongLong();
    QList<std::pair<QString, QString>> rebuilt; // row id → derived text
    if (!q.exec(derived.select))
        return Error::failed(tr("Cannot rebuild the name search: %1").arg(StorageError::describe(q.lastError())));
    while (q.next()) {
        const QString text = derived.derive(q.value(1).toString().trimmed());
        if (text != q.value(2).toString())
            rebuilt.append({q.value(0).toString(), text});
    }
    q.finish();
    QSqlQuery update(connection());
    update.prepare(derived.update);
    for (const auto& [id, text] : rebuilt) {
        update.addBindValue(text);
        update.addBindValue(id);
        if (!update.exec())
            return Error::failed(
                tr("Cannot rebuild the name search: %1").arg(StorageError::describe(update.lastError())));
    }
    if (!derived.changeLogTable.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM sync_changes WHERE id > ? AND tbl = ?"));
        q.addBindValue(changesBefore);
        q.addBindValue(derived.changeLogTable);
        if (!q.exec())
            return Error::failed(tr("Cannot rebuild the name search: %1").arg(StorageError::describe(q.lastError())));
    }
    return success();
}

Status Database::configure(OpenMode mode)
{
    const QSqlDatabase db = connection();
    QSqlQuery q(db);
    // WAL keeps readers and one writer apart; FULL sync: a committed payment survives a power cut.
    // A page cache of 32 MB (SQLite's default is 2 MB) holds the indexes a big import inserts into
    // at random (signals, audit); it is taken only as pages are read. A connection made for one
    // command or one task reads through a memory map of up to 1 GB: a big import or report touches
    // pages all over the file, and each would otherwise be a read call copying it (SQLite still
    // writes with write calls, and the map is of pages the system caches anyway); the map goes when
    // the connection closes. The desk's own connection lives as long as the desk: it reads through
    // its page cache, so that what it holds stays within the cache however much the clerk searched
    // (a mapped page read once stays in the desk's memory). Temporary storage in memory: inside a
    // transaction, each statement that may fail halfway keeps the pages it changes in a statement
    // journal, which SQLite otherwise moves to a temporary file once it passes 64 KB, and which
    // then stays a file to the end of the transaction: every later insert wrote its pages there,
    // 2.3 million write calls for 20,000 demo households (17.8 s, of which 6 were those writes).
    // It holds only what one statement or savepoint changed.
    const QString mmap = mode == OpenMode::Desk ? QStringLiteral("0") : QStringLiteral("1073741824");
    for (const QString& pragma :
         QStringList{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                     QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA busy_timeout = 5000"),
                     QStringLiteral("PRAGMA mmap_size = ") + mmap, QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (!q.exec(pragma))
            return Error::failed(tr("Cannot configure the database: %1").arg(StorageError::describe(q.lastError())));
    }
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB)))
        return Error::failed(tr("Cannot configure the database: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Status Database::migrate(int fromVersion)
{
    const QStringList files = migrationFiles(m_migrationsDir);
    if (fromVersion >= files.size())
        return success();

    if (fromVersion > 0) {
        // A consistent copy (WAL content included) before anything changes.
        m_backupPath = m_path + QStringLiteral(".v%1-%2.bak")
                                    .arg(fromVersion)
                                    .arg(Clock::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QFile::remove(m_backupPath);
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(m_backupPath);
        if (!q.exec())
            return Error::failed(tr("Cannot make a backup copy before upgrading the database: %1")
                                     .arg(StorageError::describe(q.lastError())));
    }

    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        QFile file(m_migrationsDir + QLatin1Char('/') + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(tr("Migration %1 is missing from this build.").arg(version));
        if (Status applied = applyMigration(version, QString::fromUtf8(file.readAll())); !applied)
            return applied;
    }
    return success();
}

Status Database::applyMigration(int version, const QString& script)
{
    Transaction transaction(connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery q(connection());
    for (const QString& statement : splitStatements(script)) {
        if (!q.exec(statement))
            return Error::failed(tr("Upgrading the database to schema %1 failed: %2")
                                     .arg(version)
                                     .arg(StorageError::describe(q.lastError())));
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Error::failed(tr("Upgrading the database to schema %1 failed: %2")
                                 .arg(version)
                                 .arg(StorageError::describe(q.lastError())));
    return transaction.commit();
}

} // namespace Doudi
