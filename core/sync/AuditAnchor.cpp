#include "AuditAnchor.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "sync/PackageBody.h"
#include "sync/Peers.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Doudi {

namespace {

AuditEntry entryFrom(const QJsonObject& o)
{
    AuditEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.at = o.value(QStringLiteral("at")).toString();
    e.userName = o.value(QStringLiteral("user_name")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.table = o.value(QStringLiteral("table_name")).toString();
    e.recordId = o.value(QStringLiteral("record_id")).toString();
    e.oldValues = o.value(QStringLiteral("old_values")).toString();
    e.newValues = o.value(QStringLiteral("new_values")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.digest = o.value(QStringLiteral("digest")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    return e;
}

// A sequence number as the JSON carries it: a whole number from 1 to 2^31−1, or 0.
qint64 sequenceOf(const QJsonValue& v)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 2147483647.0 || std::floor(d) != d)
        return -1;
    return qint64(d);
}

// The head the package names; seq −1 when it names none that can be read.
AuditHead claimedHead(const PackageBody& body)
{
    const QJsonObject named = body.meta.value(QStringLiteral("audit_head")).toObject();
    AuditHead claimed{sequenceOf(named.value(QStringLiteral("seq"))), named.value(QStringLiteral("hash")).toString()};
    if ((claimed.seq > 0) == claimed.hash.isEmpty())
        claimed.seq = -1;
    return claimed;
}

Error noHead(const Peer& township)
{
    return Error::failed(AuditAnchor::tr("The package from %1 does not name where its audit trail ends: it was made by "
                                         "an older Doudi or changed. Update Doudi at the township and export again.")
                             .arg(township.name));
}

Error rewritten(const Peer& township, qint64 seq)
{
    return Error::failed(AuditAnchor::tr("The audit trail of %1 was rewritten or cut at the township: entry %2 does "
                                         "not continue the trail received from it before. Its packages are refused "
                                         "until the bureau has looked into it and accepted a full re-baseline.")
                             .arg(township.name)
                             .arg(seq));
}

} // namespace

QJsonObject AuditHead::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

Result<AuditHead> AuditAnchor::headOf(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Error::failed(tr("Cannot read the audit trail: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return AuditHead();
    return AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
}

Status AuditAnchor::matchesHeld(Database& city, const Peer& township, const PackageBody& body, bool rebaseline)
{
    const AuditHead claimed = claimedHead(body);
    if (claimed.seq < 0)
        return noHead(township);
    if (rebaseline)
        return success();
    if (claimed.seq < township.auditSeq)
        return rewritten(township, claimed.seq + 1);
    QSqlQuery held(city.connection());
    held.prepare(QStringLiteral("SELECT json_extract(data, '$.hash') FROM city_records WHERE township = ? AND "
                                "tbl = 'audit_log' AND row_key = ? AND deleted = 0"));
    for (const PackageRecord& r : body.records) {
        if (r.table != QLatin1String("audit_log") || r.key.toLongLong() > township.auditSeq)
            continue;
        held.addBindValue(township.code);
        held.addBindValue(r.key);
        if (!held.exec())
            return Error::failed(tr("Cannot read the audit trail: %1").arg(StorageError::describe(held.lastError())));
        const QString heldHash = held.next() ? held.value(0).toString() : QString();
        held.finish();
        if (r.isTombstone() ||
            heldHash != QJsonDocument::fromJson(r.json).object().value(QStringLiteral("hash")).toString())
            return rewritten(township, r.key.toLongLong());
    }
    return success();
}

Result<AuditHead> AuditAnchor::follow(const Peer& township, const PackageBody& body, bool rebaseline)
{
    const AuditHead claimed = claimedHead(body);
    if (claimed.seq < 0)
        return noHead(township);
    const AuditHead held = rebaseline ? AuditHead() : AuditHead{township.auditSeq, township.auditHash};
    // The new entries in order, each hashing as it says (those at or below the held head were
    // compared with the city's copies by matchesHeld).
    QMap<qint64, AuditEntry> entries;
    for (const PackageRecord& r : body.records) {
        if (r.table != QLatin1String("audit_log"))
            continue;
        const qint64 seq = r.key.toLongLong();
        if (r.isTombstone() || seq <= 0)
            return rewritten(township, seq);
        if (seq <= held.seq)
            continue;
        AuditEntry e = entryFrom(QJsonDocument::fromJson(r.json).object());
        if (e.seq != seq || AuditLog::chainHash(e) != e.hash)
            return rewritten(township, seq);
        entries.insert(seq, std::move(e));
    }
    AuditHead at = held;
    for (const AuditEntry& e : std::as_const(entries)) {
        if (e.seq != at.seq + 1 || e.prevHash != (at.hash.isEmpty() ? AuditLog::kGenesisHash : at.hash))
            return rewritten(township, e.seq);
        at = {e.seq, e.hash};
    }
    if (at != claimed)
        return rewritten(township, at.seq + 1);
    return at;
}

} // namespace Doudi
