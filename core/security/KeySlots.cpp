#include "KeySlots.h"

#include "Clock.h"
#include "security/Aead.h"
#include "security/PasswordKey.h"
#include "security/SiteKey.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace Doudi {

namespace {

// What a slot's sealed site key is bound to: this format and this user, so that a slot copied onto
// another user's row does not open.
QByteArray slotContext(const QString& userId)
{
    return QByteArrayLiteral("doudi-key-slot/1 ") + userId.toUtf8();
}

QString slotDigest(const QString& userId, const QByteArray& salt, qint64 opsLimit, qint64 memLimit,
                   const QByteArray& wrapped)
{
    return AuditLog::digest(userId.toUtf8() + '\n' + salt.toHex() + '\n' + QByteArray::number(opsLimit) + '\n' +
                            QByteArray::number(memLimit) + '\n' + wrapped.toHex());
}

Result<qint64> countOf(Database& database, const QString& sql)
{
    QSqlQuery q(database.connection());
    if (!q.exec(sql) || !q.next())
        return Error::failed(KeySlots::tr("Cannot read the key slots: %1").arg(StorageError::describe(q.lastError())));
    return q.value(0).toLongLong();
}

} // namespace

Status KeySlots::give(Database& database, const SiteKey& key, const QString& userId, const PasswordKey& passwordKey,
                      const QString& actor)
{
    Q_ASSERT_X(Transaction::isOpen(database.connection()), "KeySlots::give", "inside the caller's transaction");
    QByteArray secret(reinterpret_cast<const char*>(key.bytes()), SiteKey::kSize);
    const QByteArray wrapped =
        Aead::seal(reinterpret_cast<const unsigned char*>(passwordKey.key().constData()), secret, slotContext(userId));
    sodium_memzero(secret.data(), size_t(secret.size()));
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO site_key_slots (user_id, salt, ops_limit, mem_limit, wrapped, "
                             "made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(passwordKey.salt());
    q.addBindValue(qint64(passwordKey.opsLimit()));
    q.addBindValue(qint64(passwordKey.memLimit()));
    q.addBindValue(wrapped);
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    if (!q.exec())
        return Error::failed(tr("Cannot store the key slot: %1").arg(StorageError::describe(q.lastError())));
    // The trail keeps that a slot was made and its digest, so a slot swapped outside Doudi shows.
    const QJsonObject values{{QStringLiteral("ops_limit"), qint64(passwordKey.opsLimit())},
                             {QStringLiteral("mem_limit"), qint64(passwordKey.memLimit())}};
    return AuditLog(database).append(actor, QStringLiteral("key_slot"), QStringLiteral("site_key_slots"), userId, {},
                                     values,
                                     slotDigest(userId, passwordKey.salt(), qint64(passwordKey.opsLimit()),
                                                qint64(passwordKey.memLimit()), wrapped));
}

Status KeySlots::remove(Database& database, const QString& userId, const QString& actor)
{
    Q_ASSERT_X(Transaction::isOpen(database.connection()), "KeySlots::remove", "inside the caller's transaction");
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("DELETE FROM site_key_slots WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Error::failed(tr("Cannot remove the key slot: %1").arg(StorageError::describe(q.lastError())));
    if (q.numRowsAffected() == 0)
        return success();
    return AuditLog(database).append(actor, QStringLiteral("delete"), QStringLiteral("site_key_slots"), userId, {}, {},
                                     QString());
}

Result<KeySlots::Opening> KeySlots::open(Database& database, const QString& userId, const QString& password)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT salt, ops_limit, mem_limit, wrapped FROM site_key_slots WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the key slots: %1").arg(StorageError::describe(q.lastError())));
    Opening opening;
    if (!q.next())
        return opening;
    opening.hasSlot = true;
    const auto passwordKey = PasswordKey::derive(password, q.value(0).toByteArray(), quint64(q.value(1).toLongLong()),
                                                 quint64(q.value(2).toLongLong()));
    if (!passwordKey)
        return passwordKey.error();
    auto unwrapped = Aead::open(reinterpret_cast<const unsigned char*>(passwordKey->key().constData()),
                                q.value(3).toByteArray(), slotContext(userId));
    if (!unwrapped || unwrapped->size() != SiteKey::kSize)
        return opening; // not this password
    opening.key = SiteKey::fromBytes(reinterpret_cast<const unsigned char*>(unwrapped->constData()));
    sodium_memzero(unwrapped->data(), size_t(unwrapped->size()));
    opening.weakerThanToday = passwordKey->weakerThanToday();
    return opening;
}

Result<qint64> KeySlots::count(Database& database)
{
    return countOf(database, QStringLiteral("SELECT count(*) FROM site_key_slots"));
}

Result<bool> KeySlots::has(Database& database, const QString& userId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM site_key_slots WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the key slots: %1").arg(StorageError::describe(q.lastError())));
    return q.next();
}

Result<QHash<QString, QString>> KeySlots::digests(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT user_id, salt, ops_limit, mem_limit, wrapped FROM site_key_slots")))
        return Error::failed(tr("Cannot read the key slots: %1").arg(StorageError::describe(q.lastError())));
    QHash<QString, QString> digests;
    while (q.next()) {
        const QString userId = q.value(0).toString();
        digests.insert(userId, slotDigest(userId, q.value(1).toByteArray(), q.value(2).toLongLong(),
                                          q.value(3).toLongLong(), q.value(4).toByteArray()));
    }
    return digests;
}

Result<const SiteKey*> KeySlots::sealingKey(Database& database)
{
    if (database.siteKey())
        return database.siteKey();
    // A site being set up: nobody can have logged in yet. Once anyone exists, a new key here would
    // seal secrets that no slot could ever open again.
    const auto users = countOf(database, QStringLiteral("SELECT (SELECT count(*) FROM users) + "
                                                        "(SELECT count(*) FROM site_key_slots)"));
    if (!users)
        return users.error();
    if (*users > 0)
        return Error::failed(lockedMessage());
    database.setSiteKey(SiteKey::generate());
    return database.siteKey();
}

Result<const SiteKey*> KeySlots::openingKey(Database& database)
{
    if (database.siteKey())
        return database.siteKey();
    return Error::failed(lockedMessage());
}

QString KeySlots::lockedMessage()
{
    return tr("The site's keys are locked: only a user of this site who has logged in can sign, open or seal its "
              "secrets (on the command line: --user). An account made before the keys were protected gets its "
              "key when an administrator sets its password.");
}

} // namespace Doudi
