#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
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

private:
    Peers() = delete;
};

} // namespace Doudi
