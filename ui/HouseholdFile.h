#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// 家庭档案: a household's whole file on paper, as saved — the household and its members, incomes,
// expenditures and assets, every determination, every case with its steps, what was decided it
// receives each month and each month's payment, and reserve fund payments (the last two for those
// who may see the money). ID numbers and birth dates print masked unless the person printing
// revealed them on the form (audited); bank accounts print masked. The print is audited.
class HouseholdFile final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::HouseholdFile)

public:
    static Result<QString> html(Database& database, const Session& session, const QString& householdId,
                                bool idNumbersRevealed);

private:
    HouseholdFile() = delete;
};

} // namespace Doudi
