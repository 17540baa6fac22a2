#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Doudi {

class Database;

// A case a township submitted for the city's decision, as the township's last package left it.
struct AwaitingCase
{
    QString township;
    QString caseId;
    QString householdId;
    QString type;
    QString headName;
    qint64 version = 0;
    QString submittedOn;
    QString decision; // approve or refuse once decided here, not yet delivered
};

// The city's decisions on submitted cases (审核确认): made at the city on the township's records,
// carried back in the township's next packages, applied there as the case's decision step.
class CityDecisions final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CityDecisions)

public:
    // At the city.
    static Status decide(Database& city, const Session& session, const QString& caseId, bool approve,
                         const QString& reason, const QDate& on);
    static Status withdraw(Database& city, const Session& session, const QString& caseId);
    static Result<QList<AwaitingCase>> awaiting(Database& city);

    // At a township: whether the decision was applied already (packages repeat it until the township
    // acknowledges one), and applying it as the city's step on the case.
    static Result<bool> appliedAtTownship(Database& township, const QString& cityCode, const QJsonObject& decision);
    static Status applyAtTownship(Database& township, const QString& cityCode, const QJsonObject& decision);

private:
    CityDecisions() = delete;
};

} // namespace Doudi
