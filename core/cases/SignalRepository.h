#pragma once

#include "Result.h"
#include "cases/MonitoringSignal.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// Monitoring signals as tasks: imported all or nothing, each matched to the household its ID
// number belongs to, then moved to its close (visited, included, not eligible, referred).
class SignalRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SignalRepository)

public:
    SignalRepository(Database& database, Session session);

    struct ImportReport
    {
        int matched = 0;
        int unmatched = 0;
        int duplicates = 0; // already an open task (or twice in the file): not opened again
    };
    Result<ImportReport> import(QList<MonitoringSignal> incoming);
    Status move(const QString& signalId, const QString& status, const QString& note);
    // Open tasks (not yet included, found not eligible or referred), or all.
    Result<QList<MonitoringSignal>> list(bool openOnly);

private:
    Database& m_database;
    Session m_session;
};

} // namespace Doudi
