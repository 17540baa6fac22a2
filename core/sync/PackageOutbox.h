#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// The packages recorded as sent whose files are not yet known to be in their folder
// (sync_unpublished). Exporting records a package and commits first, and only then puts the file
// in place, so the city can never hold a package the township does not know it sent. A power cut
// between the two leaves a package recorded but never published: the next export to that peer
// withdraws it and sends its number again with everything it carried (settle).
class PackageOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PackageOutbox)

public:
    // Inside the export's transaction, before its number is chosen: a package whose file is in
    // place, whole, is taken as published; one whose file is missing or different is withdrawn
    // (its history line removed, the peer's last sent number and a pending re-baseline set back,
    // audited).
    static Status settle(Database& database, const Session& session, const QString& peer);
    // Inside the export's transaction: the package about to be written to `path`.
    static Status hold(Database& database, const QString& peer, qint64 sequence, const QString& path,
                       const QByteArray& file);
    // After the file is in place: the package is published.
    static Status published(Database& database, const QString& peer, qint64 sequence);

    static QString digestOf(const QByteArray& file);

private:
    PackageOutbox() = delete;
};

} // namespace Doudi
