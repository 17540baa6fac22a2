#include "SyncExporter.h"

#include "Clock.h"
#include "FaultPoint.h"
#include "backup/Backups.h"
#include "referrals/HelpResources.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/FileSync.h"
#include "store/PolicyRepository.h"
#include "store/PrivateFile.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/AuditAnchor.h"
#include "sync/IdNumberHashes.h"
#include "sync/PackageBody.h"
#include "sync/PackageOutbox.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/SyncTables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        SyncExporter::tr("Cannot read the records to send: %1").arg(StorageError::describe(q.lastError())));
}

// The change log's watermark of the package the city acknowledged: what it has.
Result<std::optional<qint64>> acknowledgedWatermark(Database& database, const Peer& city)
{
    if (city.lastAcknowledged <= 0)
        return std::optional<qint64>();
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT last_change FROM sync_packages WHERE peer = ? AND direction = 'sent' AND sequence = ?"));
    q.addBindValue(city.code);
    q.addBindValue(city.lastAcknowledged);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status addTownshipRecords(Database& database, const Peer& city, bool full, PackageBody* body, qint64* lastChange,
                          const SyncExporter::Progress& progress)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM sync_changes")) || !q.next())
        return databaseError(q);
    *lastChange = q.value(0).toLongLong();
    std::optional<qint64> since;
    if (!full) {
        const auto watermark = acknowledgedWatermark(database, city);
        if (!watermark)
            return watermark.error();
        since = *watermark;
    }
    body->meta.insert(QStringLiteral("since"), since ? city.lastAcknowledged : 0);
    body->meta.insert(QStringLiteral("full"), !since.has_value());
    body->meta.insert(QStringLiteral("rebaseline"), full);
    const auto& tables = SyncTables::townshipOwned();
    int done = 0;
    for (const SyncedTable& t : tables) {
        if (since) {
            q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 IN (SELECT row_key FROM sync_changes WHERE tbl = ? "
                                     "AND id > ? AND id <= ?) ORDER BY %2")
                          .arg(t.name, t.key));
            q.addBindValue(t.name);
            q.addBindValue(*since);
            q.addBindValue(*lastChange);
        } else {
            q.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(t.name, t.key));
        }
        if (!q.exec())
            return databaseError(q);
        const int keyColumn = q.record().indexOf(t.key);
        const QList<QByteArray> columns = SyncTables::columnNames(q);
        while (q.next())
            body->records.append({t.name, q.value(keyColumn).toString(), SyncTables::rowJson(q, columns)});
        if (since) {
            // Rows that are gone (a soft delete travels as a changed row; this is for the rest).
            q.prepare(QStringLiteral("SELECT DISTINCT c.row_key FROM sync_changes c WHERE c.tbl = ? AND c.id > ? "
                                     "AND c.id <= ? AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.%2 = c.row_key)")
                          .arg(t.name, t.key));
            q.addBindValue(t.name);
            q.addBindValue(*since);
            q.addBindValue(*lastChange);
            if (!q.exec())
                return databaseError(q);
            while (q.next())
                body->records.append({t.name, q.value(0).toString(), {}});
        }
        if (progress)
            progress(++done, int(tables.size()) + 1);
    }
    return success();
}

Status addCityRecords(Database& database, const Session& session, const Peer& township, qint64 sequence,
                      PackageBody* body)
{
    body->meta.insert(QStringLiteral("since"), township.lastAcknowledged);
    body->meta.insert(QStringLiteral("full"), false);
    body->meta.insert(QStringLiteral("rebaseline"), false);
    const auto policies = PolicyRepository(database, session).all();
    if (!policies)
        return policies.error();
    for (const StoredPolicy& p : *policies) {
        if (!p.isExample)
            body->records.append({QStringLiteral("policies"), p.policy.id,
                                  QJsonDocument(p.policy.source).toJson(QJsonDocument::Compact)});
    }
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM calendar_days ORDER BY day")))
        return databaseError(q);
    const QList<QByteArray> calendarColumns = SyncTables::columnNames(q);
    while (q.next())
        body->records.append(
            {QStringLiteral("calendar_days"), q.value(0).toString(), SyncTables::rowJson(q, calendarColumns)});
    // The bureau's published price indices, every month recorded: the townships' price subsidy
    // is paid on them (spec/programs.md §4.5).
    if (!q.exec(QStringLiteral("SELECT * FROM price_indices ORDER BY month")))
        return databaseError(q);
    const QList<QByteArray> indexColumns = SyncTables::columnNames(q);
    while (q.next())
        body->records.append(
            {QStringLiteral("price_indices"), q.value(0).toString(), SyncTables::rowJson(q, indexColumns)});
    // The bureau's entries of the resource library, every one: a township takes them in whole.
    const auto resources = HelpResources::cityEntries(database);
    if (!resources)
        return resources.error();
    for (const QJsonObject& entry : *resources)
        body->records.append({QStringLiteral("help_resources"), entry.value(QStringLiteral("id")).toString(),
                              QJsonDocument(entry).toJson(QJsonDocument::Compact)});
    // Decisions, signals and allocations travel until the township acknowledges a package that
    // carried them; in the order they were made (a quota before the money advanced against it).
    for (const auto& [table, record] : {std::pair{QStringLiteral("city_decisions"), QStringLiteral("decisions")},
                                        std::pair{QStringLiteral("city_signals"), QStringLiteral("signals")},
                                        std::pair{QStringLiteral("city_allocations"), QStringLiteral("allocations")}}) {
        q.prepare(QStringLiteral("UPDATE %1 SET sent_in = ? WHERE township = ? AND sent_in IS NULL").arg(table));
        q.addBindValue(sequence);
        q.addBindValue(township.code);
        if (!q.exec())
            return databaseError(q);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE township = ? AND sent_in > ? ORDER BY rowid").arg(table));
        q.addBindValue(township.code);
        q.addBindValue(township.lastAcknowledged);
        if (!q.exec())
            return databaseError(q);
        const QList<QByteArray> columns = SyncTables::columnNames(q);
        while (q.next())
            body->records.append({record, q.value(0).toString(), SyncTables::rowJson(q, columns)});
    }
    const auto hashes = IdNumberHashes::forTownship(database, township.code);
    if (!hashes)
        return hashes.error();
    body->records.append(
        {QStringLiteral("id_hashes"), QStringLiteral("all"), QJsonDocument(*hashes).toJson(QJsonDocument::Compact)});
    return success();
}

} // namespace

Result<ExportedPackage> SyncExporter::write(Database& database, const Session& session, const QString& to, bool full,
                                            const QString& path, const Progress& progress)
{
    if (Status s = session.require(Action::ExchangePackages); !s)
        return s.error();
    const auto site = SiteRepository(database, session).site();
    if (!site)
        return site.error();
    const bool atCity = site->kind == QLatin1String("city");
    QString peerCode = to;
    if (peerCode.isEmpty() && !atCity) {
        const auto peers = Peers::all(database);
        if (!peers)
            return peers.error();
        for (const Peer& p : *peers) {
            if (p.kind == QLatin1String("city"))
                peerCode = p.code;
        }
        if (peerCode.isEmpty())
            return Error::failed(tr("This township is not enrolled with its city yet: import the city's enrolment "
                                    "package first."));
    }
    if (peerCode.isEmpty())
        return Error::invalid(QStringLiteral("to"), tr("name the township the package is for"));
    if (atCity && full)
        return Error::invalid(QStringLiteral("full"), tr("a full re-baseline is sent by a township, not by the city"));
    const auto found = Peers::find(database, peerCode);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::failed(tr("%1 is not a site this one exchanges packages with.").arg(peerCode));
    if (!(*found)->hasKeys())
        return Error::failed(tr("The township %1 has not sent its first package yet: its keys are not known, so "
                                "nothing can be sealed for it.")
                                 .arg((*found)->name));
    const auto keys = SiteKeys::ensure(database);
    if (!keys)
        return keys.error();
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    // A package recorded before a power cut but never put in its folder gives its number back.
    if (Status s = PackageOutbox::settle(database, session, peerCode); !s)
        return s.error();
    const auto settled = Peers::find(database, peerCode);
    if (!settled || !settled->has_value())
        return settled ? Error::failed(tr("%1 is not a site this one exchanges packages with.").arg(peerCode))
                       : settled.error();
    const Peer peer = **settled;
    // After a restore from a backup the city holds more of this township than its database does:
    // the next package replaces the city's view whole.
    bool rebaseline = full;
    if (!atCity && !full) {
        const auto pending = Backups::rebaselinePending(database);
        if (!pending)
            return pending.error();
        rebaseline = *pending;
    }
    PackageHeader header;
    header.sender = site->code;
    header.recipient = peer.code;
    header.sequence = peer.lastSent + 1;
    header.created = Clock::currentDateTimeUtc();
    header.senderFingerprint = keys->fingerprint();
    header.acknowledged = peer.lastReceived;
    header.senderSignPublic = keys->signPublic;
    header.senderBoxPublic = keys->boxPublic;
    const auto previous = Peers::packageDigest(database, peer.code, QStringLiteral("sent"), peer.lastSent);
    if (!previous)
        return previous.error();
    PackageBody body;
    body.meta.insert(QStringLiteral("database_uuid"), site->databaseUuid);
    body.meta.insert(QStringLiteral("previous"), *previous);
    // Where this site's audit trail ends, read in the transaction the records are read in: the city
    // checks that the trail it receives continues from the last head it holds (AuditAnchor).
    const auto auditHead = AuditAnchor::headOf(database);
    if (!auditHead)
        return auditHead.error();
    body.meta.insert(QStringLiteral("audit_head"), auditHead->toJson());
    qint64 lastChange = 0;
    if (Status s = atCity ? addCityRecords(database, session, peer, header.sequence, &body)
                          : addTownshipRecords(database, peer, rebaseline, &body, &lastChange, progress);
        !s)
        return s.error();
    const QByteArray plain = body.serialize();
    const QString digest = PackageBody::digestOf(plain);
    const QByteArray file = SyncPackage::seal(header, plain, *keys, peer.boxPublic);

    ExportedPackage out;
    out.header = header;
    out.counts = body.counts();
    out.full = body.meta.value(QStringLiteral("full")).toBool();
    out.rebaseline = rebaseline;
    out.bytes = file.size();
    const QJsonObject counts = PackageBody::countsJson(out.counts);
    if (rebaseline && !atCity) {
        if (Status s = Backups::markRebaselineSent(database, header.sequence); !s)
            return s.error();
    }
    if (Status s = Peers::recordPackage(database, {peer.code,
                                                   QStringLiteral("sent"),
                                                   header.sequence,
                                                   rebaseline,
                                                   lastChange,
                                                   digest,
                                                   counts,
                                                   0,
                                                   session.userName(),
                                                   {}});
        !s)
        return s.error();
    if (Status s = Peers::setLastSent(database, peer.code, header.sequence); !s)
        return s.error();
    if (Status s = AuditLog(database).append(
            session.userName(), QStringLiteral("export"), QStringLiteral("sync_packages"),
            QStringLiteral("%1/%2").arg(peer.code).arg(header.sequence), {},
            QJsonObject{{QStringLiteral("counts"), counts}, {QStringLiteral("full"), out.full}}, digest);
        !s)
        return s.error();
    if (Status s = PackageOutbox::hold(database, peer.code, header.sequence, path, file); !s)
        return s.error();
    // The database records the package before its file appears, so the city can never hold a package
    // this site does not know it sent. A power cut between the two leaves the package recorded and
    // never published: the next export settles it (PackageOutbox).
    QSaveFile saved(path);
    if (!saved.open(QIODevice::WriteOnly) || !saved.setPermissions(PrivateFile::kPermissions) ||
        saved.write(file) != file.size())
        return Error::failed(tr("Cannot write the package to %1: %2").arg(path, saved.errorString()));
    if (Status s = transaction.commit(); !s)
        return s.error();
    faultPoint("sync-export-committed");
    if (!saved.commit())
        return Error::failed(tr("The package is recorded but its file could not be written to %1 (%2); export "
                                "again to write it.")
                                 .arg(path, saved.errorString()));
    if (Status s = FileSync::syncFolderOf(path); !s)
        return s.error();
    faultPoint("sync-export-published");
    if (Status s = PackageOutbox::published(database, peer.code, header.sequence); !s)
        return s.error();
    if (progress)
        progress(1, 1);
    return out;
}

} // namespace Doudi
