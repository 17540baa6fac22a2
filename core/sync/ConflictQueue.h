#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Doudi {

class Database;

// A record changed on both sides since the last exchange, with both versions.
struct SyncConflict
{
    qint64 id = 0;
    QString peer;
    qint64 sequence = 0; // the package that brought the incoming version
    QString table;       // decisions, policies (at a township); cases (at the city)
    QString key;
    QByteArray local;    // JSON
    QByteArray incoming; // JSON
    QString author;      // who made the incoming version
    QString at;
    QString resolution; // empty while open; local or incoming
    QString resolvedBy;
};

// The queue of conflicts a person decides (issue: sync, "nothing is silently lost"). Keeping the
// incoming version applies it then (a city decision on a case changed here since it was
// submitted; at the city, a township's changed case withdraws the decision not yet delivered).
class ConflictQueue final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ConflictQueue)

public:
    explicit ConflictQueue(Database& database);

    // Queues a conflict unless the same incoming version of the record was queued before (a record
    // is repeated in every package until acknowledged): true when it is new.
    Result<bool> add(const SyncConflict& conflict);
    Result<QList<SyncConflict>> list(bool openOnly) const;
    Result<int> openCount() const;
    Status resolve(const Session& session, qint64 id, const QString& keep);

private:
    Database& m_database;
};

} // namespace Doudi
