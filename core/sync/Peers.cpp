#include "Peers.h"

#include "Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/SiteKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

const QString kColumns = QStringLiteral(
    "code, name, kind, sign_public, box_public, fingerprint, last_sent, last_received, last_acknowledged, flagged, "
    "audit_seq, audit_hash");

Peer peerFrom(const QSqlQuery& q)
{
    Peer p;
    p.code = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.signPublic = q.value(3).toByteArray();
    p.boxPublic = q.value(4).toByteArray();
    p.fingerprint = q.value(5).toString();
    p.lastSent = q.value(6).toLongLong();
    p.lastReceived = q.value(7).toLongLong();
    p.lastAcknowledged = q.value(8).toLongLong();
    p.flagged = q.value(9).toString();
    p.auditSeq = q.value(10).toLongLong();
    p.auditHash = q.value(11).toString();
    return p;
}

Status execute(QSqlQuery& q)
{
    if (!q.exec())
        return Error::failed(Peers::tr("Cannot record the peer site: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

} // namespace

Result<std::optional<Peer>> Peers::find(Database& database, const QString& code)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM peers WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    if (!q.exec())
        return Error::failed(tr("Cannot read the peer sites: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<Peer>();
    return std::optional<Peer>(peerFrom(q));
}

Result<QList<Peer>> Peers::all(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM peers ORDER BY code").arg(kColumns)))
        return Error::failed(tr("Cannot read the peer sites: %1").arg(StorageError::describe(q.lastError())));
    QList<Peer> out;
    while (q.next())
        out.append(peerFrom(q));
    return out;
}

Status Peers::record(Database& database, const Session& session, const QString& code, const QString& name,
                     const QString& kind, const QByteArray& signPublic, const QByteArray& boxPublic)
{
    const bool withKeys = !signPublic.isEmpty();
    const QString fingerprint = withKeys ? SiteKeys::fingerprintOf(signPublic, boxPublic) : QStringLiteral("");
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QVariant noBytes{QMetaType(QMetaType::QByteArray)};
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO peers (code, name, kind, sign_public, box_public, fingerprint, trusted_at, trusted_by, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
        "name = excluded.name, sign_public = coalesce(excluded.sign_public, sign_public), "
        "box_public = coalesce(excluded.box_public, box_public), fingerprint = CASE WHEN excluded.fingerprint = '' "
        "THEN fingerprint ELSE excluded.fingerprint END, trusted_at = coalesce(excluded.trusted_at, trusted_at), "
        "trusted_by = CASE WHEN excluded.trusted_by = '' THEN trusted_by ELSE excluded.trusted_by END"));
    for (const QVariant& v :
         {QVariant(code), QVariant(name), QVariant(kind), withKeys ? QVariant(signPublic) : noBytes,
          withKeys ? QVariant(boxPublic) : noBytes, QVariant(fingerprint),
          withKeys ? QVariant(at) : QVariant(QMetaType(QMetaType::QString)),
          QVariant(withKeys ? session.userName() : QStringLiteral("")), QVariant(at), QVariant(session.userName())})
        q.addBindValue(v);
    if (Status s = execute(q); !s)
        return s;
    return AuditLog(database).append(session.userName(), QStringLiteral("insert"), QStringLiteral("peers"), code, {},
                                     QJsonObject{{QStringLiteral("name"), name},
                                                 {QStringLiteral("kind"), kind},
                                                 {QStringLiteral("fingerprint"), fingerprint}},
                                     QString());
}

Status Peers::setLastSent(Database& database, const QString& code, qint64 sequence)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE peers SET last_sent = ? WHERE code = ?"));
    q.addBindValue(sequence);
    q.addBindValue(code);
    return execute(q);
}

Status Peers::setReceived(Database& database, const QString& code, qint64 received, qint64 acknowledged)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE peers SET last_received = ?, last_acknowledged = max(last_acknowledged, ?), "
                             "flagged = '' WHERE code = ?"));
    q.addBindValue(received);
    q.addBindValue(acknowledged);
    q.addBindValue(code);
    return execute(q);
}

Status Peers::setFlag(Database& database, const QString& code, const QString& reason)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE peers SET flagged = ? WHERE code = ?"));
    q.addBindValue(reason);
    q.addBindValue(code);
    return execute(q);
}

Status Peers::recordPackage(Database& database, const ExchangedPackage& p)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_packages (peer, direction, sequence, full, last_change, digest, counts, "
                             "conflicts, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(p.peer), QVariant(p.direction), QVariant(p.sequence), QVariant(p.full ? 1 : 0),
          QVariant(p.lastChange), QVariant(p.digest),
          QVariant(QString::fromUtf8(QJsonDocument(p.counts).toJson(QJsonDocument::Compact))), QVariant(p.conflicts),
          QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(p.by)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the package: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Result<QList<Peers::ExchangedPackage>> Peers::history(Database& database, int limit)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT peer, direction, sequence, full, last_change, digest, counts, conflicts, by, at "
                             "FROM sync_packages ORDER BY at DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error::failed(tr("Cannot read the package history: %1").arg(StorageError::describe(q.lastError())));
    QList<ExchangedPackage> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt() == 1,
                    q.value(4).toLongLong(), q.value(5).toString(),
                    QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), q.value(7).toInt(),
                    q.value(8).toString(), QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs)});
    return out;
}

Result<QString> Peers::packageDigest(Database& database, const QString& peer, const QString& direction, qint64 sequence)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT digest FROM sync_packages WHERE peer = ? AND direction = ? AND sequence = ?"));
    q.addBindValue(peer);
    q.addBindValue(direction);
    q.addBindValue(sequence);
    if (!q.exec())
        return Error::failed(tr("Cannot read the package history: %1").arg(StorageError::describe(q.lastError())));
    return q.next() ? q.value(0).toString() : QString();
}

Status Peers::setAuditHead(Database& database, const QString& code, qint64 seq, const QString& hash)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE peers SET audit_seq = ?, audit_hash = ? WHERE code = ?"));
    q.addBindValue(seq);
    q.addBindValue(hash);
    q.addBindValue(code);
    return execute(q);
}

Status Peers::recordSkipped(Database& database, const Session& session, const QString& code, qint64 first, qint64 last,
                            qint64 coveredBy)
{
    Q_ASSERT_X(Transaction::isOpen(database.connection()), "Peers::recordSkipped", "inside the caller's transaction");
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_skipped (peer, sequence, covered_by, skipped_at, skipped_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (qint64 sequence = first; sequence <= last; ++sequence) {
        for (const QVariant& v :
             {QVariant(code), QVariant(sequence), QVariant(coveredBy), QVariant(at), QVariant(session.userName())})
            q.addBindValue(v);
        if (Status s = execute(q); !s)
            return s;
    }
    return AuditLog(database).append(session.userName(), QStringLiteral("skip"), QStringLiteral("sync_skipped"),
                                     QStringLiteral("%1/%2-%3").arg(code).arg(first).arg(last), {},
                                     QJsonObject{{QStringLiteral("covered_by"), coveredBy}}, QString());
}

Result<std::optional<Peers::Skipped>> Peers::skipped(Database& database, const QString& code, qint64 sequence)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT covered_by, skipped_at, skipped_by FROM sync_skipped WHERE peer = ? AND "
                             "sequence = ?"));
    q.addBindValue(code);
    q.addBindValue(sequence);
    if (!q.exec())
        return Error::failed(tr("Cannot read the peer sites: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<Skipped>();
    return std::optional<Skipped>(Skipped{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
}

} // namespace Doudi
