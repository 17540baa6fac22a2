#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Doudi {

class Database;

// A site this one exchanges packages with, and where the exchange stands.
struct Peer
{
    QString code;
    QString name;
    QString kind; // township or city
    QByteArray signPublic;
    QByteArray boxPublic;
    QString fingerprint;
    qint64 lastSent = 0;
    qint64 lastReceived = 0;
    qint64 lastAcknowledged = 0; // the highest of ours it has told us it received
    QString flagged;             // why its packages are refused until a full re-baseline
    // At the city: the township's audit head of the last package accepted from it (hash empty:
    // none yet, the trail starts from the genesis).
    qint64 auditSeq = 0;
    QString auditHash;

    bool hasKeys() const { return !signPublic.isEmpty(); }
};

// The peers table: a township's city, a city's townships.
class Peers final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Peers)

public:
    static Result<std::optional<Peer>> find(Database& database, const QString& code);
    static Result<QList<Peer>> all(Database& database);
    // Adds or renames a peer; its keys only when given (a township enrolled by the city has none
    // until its first package). Audited.
    static Status record(Database& database, const Session& session, const QString& code, const QString& name,
                         const QString& kind, const QByteArray& signPublic, const QByteArray& boxPublic);
    // Where the exchange stands after a package was written, imported or refused as a clone.
    static Status setLastSent(Database& database, const QString& code, qint64 sequence);
    static Status setReceived(Database& database, const QString& code, qint64 received, qint64 acknowledged);
    static Status setFlag(Database& database, const QString& code, const QString& reason);
    static Status setAuditHead(Database& database, const QString& code, qint64 seq, const QString& hash);
    // `sync import --skip-missing` went past packages first..last of `code`, covered by `coveredBy`.
    static Status recordSkipped(Database& database, const Session& session, const QString& code, qint64 first,
                                qint64 last, qint64 coveredBy);
    struct Skipped
    {
        qint64 coveredBy = 0;
        QString at;
        QString by;
    };
    static Result<std::optional<Skipped>> skipped(Database& database, const QString& code, qint64 sequence);

    // The package history both ways (sync_packages): `direction` is sent or received.
    struct ExchangedPackage
    {
        QString peer;
        QString direction;
        qint64 sequence = 0;
        bool full = false;
        qint64 lastChange = 0; // sent: the change-log position it carried everything up to
        QString digest;
        QJsonObject counts;
        int conflicts = 0;
        QString by;
        QDateTime at; // as recorded (recordPackage writes the time it is called)
    };
    static Status recordPackage(Database& database, const ExchangedPackage& package);
    // The newest `limit` packages of the history, newest first.
    static Result<QList<ExchangedPackage>> history(Database& database, int limit);
    // The digest of a package in the history; empty when there is none under that number.
    static Result<QString> packageDigest(Database& database, const QString& peer, const QString& direction,
                                         qint64 sequence);

private:
    Peers() = delete;
};

} // namespace Doudi
