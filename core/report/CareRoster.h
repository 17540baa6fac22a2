#pragma once

#include "care/CareRegister.h"
#include "report/Roster.h"

#include <QCoreApplication>
#include <QHash>

namespace Doudi {

// 农村留守人员关爱服务登记册: the care register as the township files it and the bureau checks it, a
// section per village (each on a page of its own), a line per person with the reason, the carer,
// the risk, the last visit and the next one due (逾期 where it is overdue); ID numbers masked. Then
// the township's count by village and by group.
class CareRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CareRoster)

public:
    // `asOf`: the day the visits are judged overdue on.
    static Roster build(const QList<CarePerson>& people, const QHash<QString, QString>& villageNames,
                        const QString& township, const QDate& asOf);

private:
    CareRoster() = delete;
};

} // namespace Doudi
