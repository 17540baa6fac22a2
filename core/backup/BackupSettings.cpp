#include "BackupSettings.h"

#include "Clock.h"
#include "security/KeySlots.h"
#include "security/SealedSecret.h"
#include "security/Session.h"
#include "security/SiteKey.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

const QByteArray kKeyContext = QByteArrayLiteral("doudi backup_settings.key");

Status checkFolder(const QString& folder)
{
    if (folder.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("folder"), BackupSettings::tr("choose the folder backups are written to"));
    return success();
}

} // namespace

Result<std::optional<BackupSetup>> BackupSettings::load(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT folder, salt, opslimit, memlimit, key, set_at, set_by, sealed_key "
                               "FROM backup_settings WHERE id = 1")))
        return Error::failed(tr("Cannot read the backup settings: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<BackupSetup>();
    const auto stored = SealedSecret::open(database, q.value(4), q.value(7), kKeyContext);
    if (!stored)
        return stored.error();
    auto key = BackupKey::fromStored(*stored, q.value(1).toByteArray(), quint64(q.value(2).toLongLong()),
                                     quint64(q.value(3).toLongLong()));
    if (!key)
        return key.error();
    return std::optional<BackupSetup>(BackupSetup{
        q.value(0).toString(), *key, QDateTime::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString()});
}

Status BackupSettings::save(Database& database, const Session& session, const QString& folder,
                            const QString& passphrase)
{
    if (Status s = session.require(Action::ChangeSettings); !s)
        return s;
    if (Status s = checkFolder(folder); !s)
        return s;
    const auto key = BackupKey::derive(passphrase);
    if (!key)
        return key.error();
    const auto siteKey = KeySlots::sealingKey(database);
    if (!siteKey)
        return siteKey.error();
    const auto before = load(database);
    if (!before)
        return before.error();
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO backup_settings (id, folder, salt, opslimit, memlimit, key, "
                             "sealed_key, set_at, set_by) VALUES (1, ?, ?, ?, ?, X'', ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(QDir::cleanPath(folder.trimmed())), QVariant(key->salt()), QVariant(qint64(key->opsLimit())),
          QVariant(qint64(key->memLimit())), QVariant((*siteKey)->seal(key->key(), kKeyContext)),
          QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODate)), QVariant(session.userName())})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot save the backup settings: %1").arg(StorageError::describe(q.lastError())));
    const QJsonObject old = *before ? QJsonObject{{QStringLiteral("folder"), (*before)->folder}} : QJsonObject();
    if (Status s =
            AuditLog(database).append(session.userName(), *before ? QStringLiteral("update") : QStringLiteral("insert"),
                                      QStringLiteral("backup_settings"), QStringLiteral("1"), old,
                                      QJsonObject{{QStringLiteral("folder"), QDir::cleanPath(folder.trimmed())},
                                                  {QStringLiteral("passphrase"), QStringLiteral("(new)")}},
                                      QString());
        !s)
        return s;
    return transaction.commit();
}

Status BackupSettings::sealStoredKey(Database& database, const SiteKey& siteKey)
{
    return SealedSecret::sealClear(database, siteKey, QStringLiteral("backup_settings"), QStringLiteral("key"),
                                   QStringLiteral("sealed_key"), kKeyContext);
}

Status BackupSettings::moveTo(Database& database, const Session& session, const QString& folder)
{
    if (Status s = session.require(Action::ChangeSettings); !s)
        return s;
    if (Status s = checkFolder(folder); !s)
        return s;
    const auto before = load(database);
    if (!before)
        return before.error();
    if (!*before)
        return Error::failed(tr("Set the backup passphrase first."));
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE backup_settings SET folder = ?, set_at = ?, set_by = ? WHERE id = 1"));
    q.addBindValue(QDir::cleanPath(folder.trimmed()));
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(session.userName());
    if (!q.exec())
        return Error::failed(tr("Cannot save the backup settings: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = AuditLog(database).append(
            session.userName(), QStringLiteral("update"), QStringLiteral("backup_settings"), QStringLiteral("1"),
            QJsonObject{{QStringLiteral("folder"), (*before)->folder}},
            QJsonObject{{QStringLiteral("folder"), QDir::cleanPath(folder.trimmed())}}, QString());
        !s)
        return s;
    return transaction.commit();
}

} // namespace Doudi
