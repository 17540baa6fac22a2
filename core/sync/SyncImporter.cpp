#include "SyncImporter.h"

#include "Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/AuditAnchor.h"
#include "sync/CityIntake.h"
#include "sync/PackageBody.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/TownshipIntake.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <thread>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(SyncImporter::tr("Cannot record the package: %1").arg(StorageError::describe(q.lastError())));
}

// A sender whose package contradicts what we hold from it is flagged (in a transaction of its
// own: the package itself changes nothing) and refused with `message`.
Error refuseAndFlag(Database& database, const Peer& peer, const QString& why, bool preview, const QString& message)
{
    if (!preview) {
        Transaction transaction(database.connection());
        if (transaction.begin() && Peers::setFlag(database, peer.code, why))
            (void)transaction.commit();
    }
    return Error::failed(message);
}

Error refuseAsClone(Database& database, const Peer& peer, qint64 sequence, bool preview)
{
    return refuseAndFlag(
        database, peer,
        SyncImporter::tr("package %1 differs from what was imported from this site before").arg(sequence), preview,
        SyncImporter::tr("Package %1 from %2 is not the one imported under that number before: its database was "
                         "copied to another PC or restored from a backup. Its packages are refused until a full "
                         "re-baseline is accepted (sync export --full there, sync import --full here).")
            .arg(sequence)
            .arg(peer.name));
}

// The package names another package before it than the one imported here under that number.
Error refuseAsDiverged(Database& database, const Peer& peer, qint64 sequence, bool preview)
{
    return refuseAndFlag(
        database, peer,
        SyncImporter::tr("package %1 does not follow package %2 imported from this site")
            .arg(sequence)
            .arg(sequence - 1),
        preview,
        SyncImporter::tr("Package %1 from %2 does not follow package %3 imported here: it was written after another "
                         "package %3 than the one received (its database was copied or restored). Its packages are "
                         "refused until a full re-baseline is accepted (sync export --full there, sync import --full "
                         "here).")
            .arg(sequence)
            .arg(peer.name)
            .arg(sequence - 1));
}

Status hold(Database& database, const Session& session, const Peer& peer, qint64 sequence, const QByteArray& file)
{
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_held (peer, sequence, file, received_at, received_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(peer.code), QVariant(sequence), QVariant(file),
          QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(session.userName())})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    return transaction.commit();
}

Status record(Database& database, const Session& session, const Peer& peer, const PackageHeader& header,
              const QString& digest, const ImportOutcome& outcome, bool rebaseline)
{
    const QJsonObject counts = PackageBody::countsJson(outcome.counts);
    QSqlQuery q(database.connection());
    if (rebaseline) {
        // What came before the re-baseline no longer describes the sender's database.
        q.prepare(QStringLiteral("DELETE FROM sync_packages WHERE peer = ? AND direction = 'received'"));
        q.addBindValue(peer.code);
        if (!q.exec())
            return databaseError(q);
        q.prepare(QStringLiteral("DELETE FROM sync_held WHERE peer = ?"));
        q.addBindValue(peer.code);
        if (!q.exec())
            return databaseError(q);
    }
    if (Status s = Peers::recordPackage(database, {peer.code,
                                                   QStringLiteral("received"),
                                                   header.sequence,
                                                   rebaseline,
                                                   0,
                                                   digest,
                                                   counts,
                                                   outcome.conflicts,
                                                   session.userName(),
                                                   {}});
        !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM sync_held WHERE peer = ? AND sequence <= ?"));
    q.addBindValue(peer.code);
    q.addBindValue(header.sequence);
    if (!q.exec())
        return databaseError(q);
    if (Status s = Peers::setReceived(database, peer.code, header.sequence, header.acknowledged); !s)
        return s;
    return AuditLog(database).append(session.userName(), QStringLiteral("import"), QStringLiteral("sync_packages"),
                                     QStringLiteral("%1/%2").arg(peer.code).arg(header.sequence), {},
                                     QJsonObject{{QStringLiteral("counts"), counts},
                                                 {QStringLiteral("conflicts"), outcome.conflicts},
                                                 {QStringLiteral("rebaseline"), rebaseline}},
                                     digest);
}

Result<Peer> senderOf(Database& database, const Site& site, const PackageHeader& header)
{
    const auto found = Peers::find(database, header.sender);
    if (!found)
        return found.error();
    if (found->has_value())
        return **found;
    if (site.kind == QLatin1String("city")) {
        if (!header.sender.startsWith(site.code))
            return Error::failed(SyncImporter::tr("The package comes from %1, which is not a township of this city.")
                                     .arg(header.sender));
        return Error::failed(
            SyncImporter::tr("The township %1 is not enrolled here: enrol it first (sync enroll).").arg(header.sender));
    }
    return Error::failed(
        SyncImporter::tr("The package comes from %1, which is not this township's city.").arg(header.sender));
}

// The key to check the signature with: the one the sender enrolled with, or, for a township's first
// package, the one it carries once a person confirmed its fingerprint.
Result<QByteArray> signingKey(const Peer& peer, const PackageHeader& header, const QString& trust)
{
    const QString carried = header.senderSignPublic.isEmpty()
                                ? QString()
                                : SiteKeys::fingerprintOf(header.senderSignPublic, header.senderBoxPublic);
    if (peer.hasKeys()) {
        if (header.senderFingerprint != peer.fingerprint || (!carried.isEmpty() && carried != peer.fingerprint))
            return Error::failed(SyncImporter::tr("The package from %1 is signed with other keys than the ones it "
                                                  "enrolled with: it is refused. New keys are confirmed by the "
                                                  "bureau, never by a package.")
                                     .arg(peer.name));
        return peer.signPublic;
    }
    if (carried.isEmpty() || carried != header.senderFingerprint)
        return Error::failed(SyncImporter::tr("The package is damaged or was changed on the way: its sender's keys "
                                              "do not match its fingerprint."));
    if (trust.trimmed().isEmpty())
        return Error::failed(SyncImporter::tr("This is the first package from %1. Compare its key fingerprint %2 "
                                              "with the one the township reads out to you; if they match, import "
                                              "it again trusting it (--trust %2).")
                                 .arg(peer.name, carried));
    if (trust.trimmed().toLower() != carried)
        return Error::failed(SyncImporter::tr("The fingerprint you were given does not match this package's (%1): "
                                              "do not import it; ask the township.")
                                 .arg(carried));
    return header.senderSignPublic;
}

} // namespace

Result<ImportOutcome> SyncImporter::import(Database& database, const Session& session, const QByteArray& file,
                                           const ImportOptions& options)
{
    if (Status s = session.require(Action::ExchangePackages); !s)
        return s.error();
    const auto header = SyncPackage::peek(file);
    if (!header)
        return header.error();
    if (header->kind != QLatin1String("data"))
        return Error::failed(tr("This is an enrolment package: it is imported with the city's fingerprint (--trust)."));
    const auto site = SiteRepository(database, session).site();
    if (!site)
        return site.error();
    if (header->sequence < 1)
        return Error::failed(tr("The package is damaged or was changed on the way: it has no package number."));
    // The header's sender only chooses the key the signature is checked with; the recipient and
    // everything else are read after the signature verifies (SyncPackage::open).
    const auto peer = senderOf(database, *site, *header);
    if (!peer)
        return peer.error();
    const auto signKey = signingKey(*peer, *header, options.trust);
    if (!signKey)
        return signKey.error();
    const auto keys = SiteKeys::ensure(database);
    if (!keys)
        return keys.error();
    const auto plain = SyncPackage::open(file, *signKey, site->code, *keys);
    if (!plain)
        return plain.error();
    const auto body = PackageBody::parse(*plain);
    if (!body)
        return body.error();
    const QString digest = PackageBody::digestOf(*plain);

    ImportOutcome outcome;
    outcome.header = *header;
    outcome.senderName = peer->name;
    outcome.counts = body->counts();
    const qint64 sequence = header->sequence;
    const bool rebaseline = body->meta.value(QStringLiteral("rebaseline")).toBool();
    if (rebaseline && !options.acceptFull)
        return Error::failed(tr("This is a full re-baseline from %1: it replaces everything held from it. Import it "
                                "with --full to accept it.")
                                 .arg(peer->name));
    if (!peer->flagged.isEmpty() && !rebaseline)
        return Error::failed(tr("Packages from %1 are refused until a full re-baseline is accepted (%2).")
                                 .arg(peer->name, peer->flagged));
    if (!rebaseline) {
        if (sequence <= peer->lastReceived) {
            const auto before = Peers::packageDigest(database, peer->code, QStringLiteral("received"), sequence);
            if (!before)
                return before.error();
            if (!before->isEmpty() && *before != digest)
                return refuseAsClone(database, *peer, sequence, options.preview);
            if (before->isEmpty()) {
                const auto skipped = Peers::skipped(database, peer->code, sequence);
                if (!skipped)
                    return skipped.error();
                if (skipped->has_value())
                    return Error::failed(
                        tr("Package %1 from %2 was skipped on %3; its changes came with package %4. "
                           "Nothing was imported.")
                            .arg(sequence)
                            .arg(peer->name,
                                 QLocale().toString(
                                     QDateTime::fromString((*skipped)->at, Qt::ISODateWithMs).toLocalTime().date(),
                                     QLocale::ShortFormat))
                            .arg((*skipped)->coveredBy));
            }
            outcome.status = QStringLiteral("already_imported");
            return outcome;
        }
        const bool covers = body->meta.value(QStringLiteral("since")).toInteger() <= peer->lastReceived;
        if (sequence > peer->lastReceived + 1 && !(options.skipMissing && covers)) {
            outcome.status = QStringLiteral("held");
            outcome.missing = peer->lastReceived + 1;
            if (!options.preview) {
                if (Status s = hold(database, session, *peer, sequence, file); !s)
                    return s.error();
            }
            return outcome;
        }
        if (sequence == peer->lastReceived + 1) {
            const auto previous = Peers::packageDigest(database, peer->code, QStringLiteral("received"), sequence - 1);
            if (!previous)
                return previous.error();
            if (!previous->isEmpty() && body->meta.value(QStringLiteral("previous")).toString() != *previous)
                return refuseAsDiverged(database, *peer, sequence, options.preview);
        }
    }

    // At the city: the township's audit trail continues from the head held from it. The entries it
    // already holds are compared here; the new ones are rehashed and linked on a second core while
    // the records are stored, and the transaction commits only when they hold.
    const bool atCity = site->kind == QLatin1String("city");
    const QString rewritten = tr("its audit trail was rewritten or cut (package %1)").arg(sequence);
    if (atCity) {
        if (Status s = AuditAnchor::matchesHeld(database, *peer, *body, rebaseline); !s)
            return refuseAndFlag(database, *peer, rewritten, options.preview, s.error().toString());
    }
    std::optional<Result<AuditHead>> followed;
    std::jthread anchor;
    if (atCity)
        anchor = std::jthread([&] { followed.emplace(AuditAnchor::follow(*peer, *body, rebaseline)); });

    std::optional<Error> trailRefused;
    // A township's full package at the city writes some 300 MB of pages in one transaction. With
    // the usual cache (32 MB) SQLite spills them to the WAL as it fills and writes many again as the
    // transaction goes on (701 MB written for a 20,000-household package); with 256 MB, 627 MB.
    QSqlQuery cache(database.connection());
    if (atCity)
        cache.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const auto usualCache = qScopeGuard([&] {
        if (atCity)
            cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(Database::kCacheKiB));
    });
    const Status applied = [&]() -> Status {
        Transaction transaction(database.connection());
        if (Status s = transaction.begin(); !s)
            return s;
        if (sequence > peer->lastReceived + 1 && !rebaseline) {
            if (Status s =
                    Peers::recordSkipped(database, session, peer->code, peer->lastReceived + 1, sequence - 1, sequence);
                !s)
                return s;
        }
        if (!peer->hasKeys()) {
            if (Status s = Peers::record(database, session, peer->code, peer->name, peer->kind,
                                         header->senderSignPublic, header->senderBoxPublic);
                !s)
                return s;
        }
        const qint64 acknowledged = std::max(peer->lastAcknowledged, header->acknowledged);
        if (Status s = atCity ? CityIntake::apply(database, *peer, sequence, acknowledged, *body, rebaseline,
                                                  &outcome.conflicts)
                              : TownshipIntake::apply(database, *peer, sequence, *body, &outcome.conflicts);
            !s)
            return s;
        if (atCity) {
            anchor.join();
            if (!*followed) {
                trailRefused = followed->error();
                return success(); // rolled back; the township is flagged below
            }
            if (Status s = Peers::setAuditHead(database, peer->code, (*followed)->seq, (*followed)->hash); !s)
                return s;
        }
        if (Status s = record(database, session, *peer, *header, digest, outcome, rebaseline); !s)
            return s;
        outcome.status = QStringLiteral("applied");
        if (options.preview)
            return success(); // rolled back as the transaction goes out of scope
        return transaction.commit();
    }();
    if (trailRefused)
        return refuseAndFlag(database, *peer, rewritten, options.preview, trailRefused->toString());
    if (!applied)
        return applied.error();
    if (options.preview)
        return outcome;

    // Packages that waited for this one.
    for (qint64 next = sequence + 1;; ++next) {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT file FROM sync_held WHERE peer = ? AND sequence = ?"));
        q.addBindValue(peer->code);
        q.addBindValue(next);
        if (!q.exec())
            return databaseError(q);
        if (!q.next())
            break;
        const QByteArray heldFile = q.value(0).toByteArray();
        q.finish();
        // This package is in; one that waited and is refused now stays in the inbox, and importing it
        // again says why.
        const auto released = import(database, session, heldFile, {});
        if (!released)
            break;
        outcome.released.append(next);
        outcome.conflicts += released->conflicts;
    }
    return outcome;
}

Result<QList<SyncImporter::Held>> SyncImporter::held(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT peer, sequence, received_at FROM sync_held ORDER BY peer, sequence")))
        return databaseError(q);
    QList<Held> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

} // namespace Doudi
