#pragma once

#include "Result.h"
#include "security/Session.h"
#include "sync/SyncPackage.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

namespace Doudi {

class Database;

// A package written: its header, what it carries, and its size on the stick.
struct ExportedPackage
{
    PackageHeader header;
    QMap<QString, int> counts;
    bool full = false;
    bool rebaseline = false; // replaces the city's view of this township (asked for, or after a restore)
    qint64 bytes = 0;
};

// Writes the next package to a peer (issue: sync, "What travels"). From a township to its city:
// every record changed since the package the city last acknowledged (everything, the first time
// or with `full`), tombstones for rows that are gone. From the city to a township: its policies,
// holiday calendar, the decisions on the township's cases not yet acknowledged, and the hashes of
// other townships' active members' ID numbers. The package is numbered, recorded and written
// (QSaveFile) in one transaction: when the file cannot be written, nothing is recorded.
class SyncExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SyncExporter)

public:
    using Progress = std::function<void(int done, int total)>;

    // `to` may be empty at a township (its city). `full` (a re-baseline) from a township only;
    // after a restore from a backup the next package is one without asking.
    static Result<ExportedPackage> write(Database& database, const Session& session, const QString& to, bool full,
                                         const QString& path, const Progress& progress = {});

private:
    SyncExporter() = delete;
};

} // namespace Doudi
