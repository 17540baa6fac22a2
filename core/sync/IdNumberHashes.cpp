#include "IdNumberHashes.h"

#include "domain/Household.h"
#include "security/KeySlots.h"
#include "security/SealedSecret.h"
#include "security/SiteKey.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace Doudi {

namespace {

constexpr int kHashBytes = 16;

const QByteArray kKeyContext = QByteArrayLiteral("doudi id_hash_key.key");

// The stored key, opened with the site key; empty when there is none yet.
Result<QByteArray> storedKey(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT key, sealed_key FROM id_hash_key WHERE id = 1")))
        return Error::failed(
            IdNumberHashes::tr("Cannot read the ID hash key: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return QByteArray();
    return SealedSecret::open(database, q.value(0), q.value(1), kKeyContext);
}

Status storeKey(Database& database, const QByteArray& key)
{
    const auto siteKey = KeySlots::sealingKey(database);
    if (!siteKey)
        return siteKey.error();
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO id_hash_key (id, key, sealed_key) VALUES (1, X'', ?)"));
    q.addBindValue((*siteKey)->seal(key, kKeyContext));
    if (!q.exec())
        return Error::failed(
            IdNumberHashes::tr("Cannot store the ID hash key: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Result<QByteArray> cityKey(Database& city)
{
    const auto stored = storedKey(city);
    if (!stored || !stored->isEmpty())
        return stored;
    QByteArray key(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    if (Status s = storeKey(city, key); !s)
        return s.error();
    return key;
}

} // namespace

QByteArray IdNumberHashes::hash(const QByteArray& key, const QString& idNumber)
{
    const QByteArray id = idNumber.trimmed().toUpper().toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kHashBytes,
                       reinterpret_cast<const unsigned char*>(id.constData()), size_t(id.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()));
    return out;
}

Result<QJsonObject> IdNumberHashes::forTownship(Database& city, const QString& township)
{
    const auto key = cityKey(city);
    if (!key)
        return key.error();
    QSqlQuery q(city.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT m.township, m.id_number FROM city_members m JOIN city_households h ON "
        "h.township = m.township AND h.row_key = m.household_id WHERE m.township <> ? AND h.status <> 'none'"));
    q.addBindValue(township);
    if (!q.exec())
        return Error::failed(tr("Cannot read the townships' members: %1").arg(StorageError::describe(q.lastError())));
    QMap<QString, QByteArray> hashes;
    while (q.next())
        hashes[q.value(0).toString()] += hash(*key, q.value(1).toString());
    QJsonArray entries;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        entries.append(QJsonArray{it.key(), QString::fromLatin1(it.value().toBase64())});
    return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key->toHex())},
                       {QStringLiteral("townships"), entries}};
}

Status IdNumberHashes::replace(Database& township, const QJsonObject& hashes)
{
    Q_ASSERT_X(Transaction::isOpen(township.connection()), "IdNumberHashes::replace",
               "inside the caller's transaction");
    const QByteArray key = QByteArray::fromHex(hashes.value(QStringLiteral("key")).toString().toLatin1());
    if (key.size() != crypto_generichash_KEYBYTES)
        return Error::invalid(QStringLiteral("id_hashes.key"), tr("is not a hash key"));
    QSqlQuery q(township.connection());
    if (!q.exec(QStringLiteral("DELETE FROM member_id_hashes")))
        return Error::failed(tr("Cannot replace the ID hashes: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = storeKey(township, key); !s)
        return s;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO member_id_hashes (hash, township) VALUES (?, ?)"));
    for (const QJsonValue& v : hashes.value(QStringLiteral("townships")).toArray()) {
        const QJsonArray entry = v.toArray();
        const QString code = entry.at(0).toString();
        const QByteArray all = QByteArray::fromBase64(entry.at(1).toString().toLatin1());
        if (code.isEmpty() || all.size() % kHashBytes != 0)
            return Error::invalid(QStringLiteral("id_hashes.townships"), tr("a township's hashes are damaged"));
        for (qsizetype at = 0; at < all.size(); at += kHashBytes) {
            q.addBindValue(all.mid(at, kHashBytes));
            q.addBindValue(code);
            if (!q.exec())
                return Error::failed(tr("Cannot replace the ID hashes: %1").arg(StorageError::describe(q.lastError())));
        }
    }
    return success();
}

Result<QStringList> IdNumberHashes::townshipsOf(Database& township, const QString& idNumber)
{
    const auto key = storedKey(township);
    if (!key)
        return key.error();
    if (key->isEmpty())
        return QStringList(); // no package from the city yet: nothing to compare with
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("SELECT township FROM member_id_hashes WHERE hash = ?"));
    q.addBindValue(hash(*key, idNumber));
    if (!q.exec())
        return Error::failed(tr("Cannot read the ID hashes: %1").arg(StorageError::describe(q.lastError())));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Status IdNumberHashes::sealStoredKey(Database& database, const SiteKey& siteKey)
{
    return SealedSecret::sealClear(database, siteKey, QStringLiteral("id_hash_key"), QStringLiteral("key"),
                                   QStringLiteral("sealed_key"), kKeyContext);
}

Result<QStringList> IdNumberHashes::warningsFor(Database& township, const Household& household)
{
    QStringList out;
    for (const Member& m : household.members) {
        const auto elsewhere = townshipsOf(township, m.idNumber.toString());
        if (!elsewhere)
            return elsewhere.error();
        if (!elsewhere->isEmpty())
            out.append(tr("%1 (%2) is a member of a household helped in %3.")
                           .arg(m.name, m.idNumber.masked(), elsewhere->join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace Doudi
