#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Doudi {

class Database;
class SiteKey;
struct Household;

// Keyed hashes of ID numbers (BLAKE2b-128 with a city key): the city sends each township the
// hashes of the other townships' active members, so that intake warns of a person already helped
// elsewhere while offline, without any township seeing another's people. The key is stored sealed
// under the site key: with it, a copied file would give away every hashed ID number.
class IdNumberHashes final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::IdNumberHashes)

public:
    static QByteArray hash(const QByteArray& key, const QString& idNumber);

    // At the city: the hashes of the active members (of households with help) of every township
    // but `township`, with the key, as the package carries them.
    static Result<QJsonObject> forTownship(Database& city, const QString& township);
    // At a township: replaces what the last package brought.
    static Status replace(Database& township, const QJsonObject& hashes);
    // At a township: the townships where a person with this ID number is an active member.
    static Result<QStringList> townshipsOf(Database& township, const QString& idNumber);
    // Inside the caller's transaction: a key an older database kept in the clear, sealed.
    static Status sealStoredKey(Database& database, const SiteKey& siteKey);
    // For intake: one line per member of `household` helped in another township (ID number masked).
    static Result<QStringList> warningsFor(Database& township, const Household& household);

private:
    IdNumberHashes() = delete;
};

} // namespace Doudi
