#pragma once

#include "Result.h"
#include "security/Session.h"
#include "sync/SyncPackage.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace Doudi {

class Database;

struct ImportOptions
{
    QString trust;            // the fingerprint a person confirmed, for a sender's first package
    bool acceptFull = false;  // the city accepts a township's full re-baseline
    bool skipMissing = false; // a later package that repeats everything since ours is applied over a lost one
    bool preview = false;     // everything checked and applied, then rolled back: what would change
};

struct ImportOutcome
{
    QString status; // applied, already_imported, held
    PackageHeader header;
    QMap<QString, int> counts;
    int conflicts = 0;
    qint64 missing = 0;     // held: the package that must come first
    QList<qint64> released; // held packages applied after this one filled the gap
    QString senderName;
};

// Imports a data package (issue: sync, "Import rules"): the sender must be a known peer with the
// keys it enrolled with (a township's first package: the fingerprint a person confirmed), the
// package for this site, signed and sealed, before anything is read; then in sequence (an earlier
// one changes nothing, a later one waits in the inbox until the gap is filled), never a different
// package under a number already imported (a copied or restored database: the sender is flagged
// until the city accepts a full re-baseline), and applied in one transaction.
class SyncImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SyncImporter)

public:
    static Result<ImportOutcome> import(Database& database, const Session& session, const QByteArray& file,
                                        const ImportOptions& options);

    // Packages waiting in the inbox: sender and sequence.
    struct Held
    {
        QString peer;
        qint64 sequence = 0;
        QString receivedAt;
    };
    static Result<QList<Held>> held(Database& database);

private:
    SyncImporter() = delete;
};

} // namespace Doudi
