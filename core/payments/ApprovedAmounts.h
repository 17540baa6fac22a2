#pragma once

#include "Result.h"
#include "payments/ApprovedAmount.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Doudi {

class AuditLog;
class Database;
class SqlStatements;
struct Determination;
struct Household;
struct Policy;

// What each household receives a month is the amount a person decided (domain.md, the month's
// payment): the rules propose, an approval, a review, a change, a termination or an approved
// re-evaluation decides. Decisions are rows that never change; a later decision replaces an
// earlier one from its first month on.
class ApprovedAmounts final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ApprovedAmounts)
    Q_DISABLE_COPY_MOVE(ApprovedAmounts)

public:
    // A decision about to be recorded: whose, where it comes from, from which month, and its steps
    // (the `fromMonth`, classification and amounts of each; the rest is filled in).
    struct Decision
    {
        QString householdId;
        QString source = QStringLiteral("case"); // case, reevaluation, record
        QString caseId;
        QString determinationId;
        QString effectiveFrom; // YYYY-MM
        QDate decidedOn;
        QString note;
        QList<ApprovedAmount> steps;
    };

    ApprovedAmounts(Database& database, Session session);
    ~ApprovedAmounts();

    // The steps a determination gives from `effectiveFrom` on: its amount, or for a gradual exit
    // the schedule's rates still to come and its end; nothing for a household the rules do not pay.
    static QList<ApprovedAmount> stepsFor(const Policy& policy, const Household& household,
                                          const Determination& determination, const QString& effectiveFrom);
    // A gradual exit (低保渐退) begun in `start`: each rate of the policy's schedule applied to the last
    // full monthly amount, then nothing once the period is over. Rates begun before `effectiveFrom`
    // give way to the one in force then.
    static QList<ApprovedAmount> gradualExitSteps(const Policy& policy, const Household& household, qint64 lastFullFen,
                                                  const QString& start, const QString& effectiveFrom);
    // What a household's record says it receives, for an office taking Doudi over (its Excel roster,
    // the demo): a gradual exit's schedule from its start, else the recorded monthly amount, else for
    // 特困 the rules' amount; nothing when none of these says. `policy` may be null (none yet).
    static QList<ApprovedAmount> recordedSteps(const Policy* policy, const Household& household,
                                               const QString& fromMonth);
    // The help ends from `month` on.
    static ApprovedAmount nothingFrom(const QString& month);

    // Inside the caller's transaction, which has checked that the session may decide; audited.
    // Returns the decision's id.
    Result<QString> recordWithin(const Decision& decision);

    // Each decided household's step in force in `month` (YYYY-MM), paying or not.
    Result<QHash<QString, ApprovedAmount>> inEffect(const QString& month);
    Result<std::optional<ApprovedAmount>> inEffect(const QString& householdId, const QString& month);
    // Every step of every decision of a household, oldest decision first.
    Result<QList<ApprovedAmount>> history(const QString& householdId);

private:
    Result<QList<ApprovedAmount>> select(const QString& where, const QVariantList& binds);

    Database& m_database;
    Session m_session;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SqlStatements> m_statements;
};

} // namespace Doudi
