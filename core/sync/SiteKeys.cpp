#include "SiteKeys.h"

#include "Clock.h"
#include "security/KeySlots.h"
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

SiteKeys SiteKeys::generate()
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    SiteKeys keys;
    keys.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.signPublic.data()),
                        reinterpret_cast<unsigned char*>(keys.signSecret.data()));
    keys.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    keys.boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.boxPublic.data()),
                       reinterpret_cast<unsigned char*>(keys.boxSecret.data()));
    return keys;
}

QString SiteKeys::fingerprintOf(const QByteArray& signPublic, const QByteArray& boxPublic)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    const QByteArray both = signPublic + boxPublic;
    unsigned char hash[20];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(both.constData()), size_t(both.size()),
                       nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups.append(hex.mid(i, 8));
    return groups.join(QLatin1Char('-'));
}

namespace {
// What the sealed secrets are, as the additional data of their seal.
const QByteArray kSecretsContext = QByteArrayLiteral("doudi site_keys.secrets");
} // namespace

Result<SiteKeys> SiteKeys::ensure(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT sign_public, sign_secret, box_public, box_secret, sealed_secrets FROM site_keys WHERE id = 1")))
        return Error::failed(tr("Cannot read the site's keys: %1").arg(StorageError::describe(q.lastError())));
    if (q.next()) {
        SiteKeys keys{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                      q.value(3).toByteArray()};
        if (q.value(4).isNull())
            return keys; // an older database, until its first administrator login seals them
        const auto siteKey = KeySlots::openingKey(database);
        if (!siteKey)
            return siteKey.error();
        const auto secrets = (*siteKey)->open(q.value(4).toByteArray(), kSecretsContext);
        if (!secrets)
            return secrets.error();
        if (secrets->size() != crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES)
            return Error::failed(tr("The site's sealed keys are damaged."));
        keys.signSecret = secrets->left(crypto_sign_SECRETKEYBYTES);
        keys.boxSecret = secrets->mid(crypto_sign_SECRETKEYBYTES);
        return keys;
    }
    q.finish();
    const auto siteKey = KeySlots::sealingKey(database);
    if (!siteKey)
        return siteKey.error();
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    const SiteKeys keys = generate();
    q.prepare(QStringLiteral("INSERT INTO site_keys (id, sign_public, sign_secret, box_public, box_secret, "
                             "sealed_secrets, created_at) VALUES (1, ?, X'', ?, X'', ?, ?)"));
    q.addBindValue(keys.signPublic);
    q.addBindValue(keys.boxPublic);
    q.addBindValue((*siteKey)->seal(keys.signSecret + keys.boxSecret, kSecretsContext));
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error::failed(tr("Cannot store the site's keys: %1").arg(StorageError::describe(q.lastError())));
    // The trail keeps the public halves and the fingerprint, never a secret.
    const QJsonObject values{{QStringLiteral("sign_public"), QString::fromLatin1(keys.signPublic.toHex())},
                             {QStringLiteral("box_public"), QString::fromLatin1(keys.boxPublic.toHex())},
                             {QStringLiteral("fingerprint"), keys.fingerprint()}};
    if (Status s = AuditLog(database).append(QStringLiteral("doudi"), QStringLiteral("insert"),
                                             QStringLiteral("site_keys"), QStringLiteral("1"), {}, values, QString());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return keys;
}

Result<QString> SiteKeys::siteFingerprint(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT sign_public, box_public FROM site_keys WHERE id = 1")))
        return Error::failed(tr("Cannot read the site's keys: %1").arg(StorageError::describe(q.lastError())));
    if (q.next())
        return fingerprintOf(q.value(0).toByteArray(), q.value(1).toByteArray());
    q.finish();
    const auto made = ensure(database);
    if (!made)
        return made.error();
    return made->fingerprint();
}

Status SiteKeys::sealStored(Database& database, const SiteKey& siteKey)
{
    Q_ASSERT_X(Transaction::isOpen(database.connection()), "SiteKeys::sealStored", "inside the caller's transaction");
    QSqlQuery q(database.connection());
    if (!q.exec(
            QStringLiteral("SELECT sign_secret, box_secret FROM site_keys WHERE id = 1 AND sealed_secrets IS NULL")))
        return Error::failed(tr("Cannot read the site's keys: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return success();
    QByteArray secrets = q.value(0).toByteArray() + q.value(1).toByteArray();
    q.finish();
    q.prepare(
        QStringLiteral("UPDATE site_keys SET sealed_secrets = ?, sign_secret = X'', box_secret = X'' WHERE id = 1"));
    q.addBindValue(siteKey.seal(secrets, kSecretsContext));
    sodium_memzero(secrets.data(), size_t(secrets.size()));
    if (!q.exec())
        return Error::failed(tr("Cannot seal the site's keys: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

} // namespace Doudi
