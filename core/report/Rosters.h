#pragma once

#include "Result.h"
#include "report/Roster.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>

namespace Doudi {

class Database;

// The rosters Doudi prints and exports (issue: rosters), built as data for a month and, where a
// roster is per village, for one village or all; and the audit entry of each print or export.
class Rosters final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Rosters)

public:
    static QStringList kinds(); // notice, payment, supplement, stats, fund, relatives, price, disability, orphan, care
    static QString kindLabel(const QString& kind);

    static Result<Roster> build(Database& database, const Session& session, const QString& kind, const QDate& month,
                                const QString& villageCode = QString());
    // `how` is print or export; `target` the file or printer it went to.
    static Status recordOutput(Database& database, const Session& session, const Roster& roster, const QString& how,
                               const QString& target);

private:
    Rosters() = delete;
};

} // namespace Doudi
