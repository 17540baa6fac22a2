#pragma once

#include "Result.h"
#include "report/Roster.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// 近亲属备案登记表: the applications of near relatives of case workers and village officials
// accepted this year up to the month's end, with the city's home visit each needs before approval
// and the decision.
class RelativesRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RelativesRoster)

public:
    static Result<Roster> build(Database& database, const Session& session, const QDate& month,
                                const QString& villageCode);

private:
    RelativesRoster() = delete;
};

} // namespace Doudi
