#include "SiteKeys.h"

#include "Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
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

Result<SiteKeys> SiteKeys::ensure(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT sign_public, sign_secret, box_public, box_secret FROM site_keys WHERE id = 1")))
        return Error::failed(tr("Cannot read the site's keys: %1").arg(q.lastError().text()));
    if (q.next())
        return SiteKeys{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                        q.value(3).toByteArray()};
    q.finish();
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    const SiteKeys keys = generate();
    q.prepare(QStringLiteral("INSERT INTO site_keys (id, sign_public, sign_secret, box_public, box_secret, created_at) "
                             "VALUES (1, ?, ?, ?, ?, ?)"));
    q.addBindValue(keys.signPublic);
    q.addBindValue(keys.signSecret);
    q.addBindValue(keys.boxPublic);
    q.addBindValue(keys.boxSecret);
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error::failed(tr("Cannot store the site's keys: %1").arg(q.lastError().text()));
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

} // namespace Doudi
