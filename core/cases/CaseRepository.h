#pragma once

#include "Result.h"
#include "cases/CaseRecord.h"
#include "cases/ReviewPlanner.h"
#include "cases/WorkCalendar.h"
#include "rules/Determination.h"
#include "security/Session.h"
#include "store/DeterminationRepository.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Doudi {

class AuditLog;
class Database;

// Cases and their steps. Each step is checked against the type's transition table, the role,
// separation of duties and the near-relative rule, dated no earlier than the step before, and
// written with its audit entry in one transaction.
// Where one year's working-day calendar came from: "built-in" (the State Council's notice shipped
// with Doudi), "import" (an administrator) or "city" (the bureau's package).
struct CalendarYearSource
{
    int year = 0;
    QString source;
    QString at; // when it was imported (empty for built-in)
    QString by;
    int holidays = 0;
    int workdays = 0;
};

class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CaseRepository)
    Q_DISABLE_COPY_MOVE(CaseRepository)

public:
    CaseRepository(Database& database, Session session);
    ~CaseRepository();

    struct Opening
    {
        QString householdId;
        QString type;
        QDate date;
        bool delegated = false;
        bool nearRelative = false;
        QStringList documents = {}; // the materials handed in at acceptance
    };
    Result<QString> open(const Opening& opening);
    Status advance(const QString& caseId, const QString& action, const QDate& date, const QString& note);
    // A home visit, checked (two investigators or more, findings, the family's signature) and kept
    // as the case's step with its record.
    Status recordVisit(const QString& caseId, const HomeVisit& visit);
    // The materials handed in so far (later ones come in after the 一次性告知).
    Status setDocuments(const QString& caseId, const QStringList& documents);

    Result<CaseRecord> find(const QString& caseId);
    // Cases in a state (any when empty); only those overdue on `today` when asked.
    Result<QList<CaseRecord>> list(const QString& state, bool overdueOnly, const QDate& today);
    // For a case in gradual exit: its months under the policy in force when it began (24 with a
    // disabled member, else 18 by default).
    Result<std::optional<GradualExitPlan>> gradualExit(const CaseRecord& record);
    // The cases of one household's file, oldest first.
    Result<QList<CaseRecord>> forHousehold(const QString& householdId);
    // The reviews of paying households due by `until` (ReviewPlanner), from cases already listed.
    Result<QList<ReviewDue>> reviewsDue(const QList<CaseRecord>& cases, const QDate& until);

    // `source` is "import" (an administrator) or "city" (a package).
    Status importCalendar(const WorkCalendar::Year& year, const QString& source = QStringLiteral("import"));
    static Status recordCalendarSource(Database& database, int year, const QString& source, const QString& by);
    // The built-in years with those imported or sent by the city over them.
    Result<WorkCalendar> calendar() const;
    // Each year known and where it came from, oldest first (`calendar list`).
    Result<QList<CalendarYearSource>> calendarYears() const;
    // The time limits of a case under a calendar (domain.md: the case workflow).
    static QList<CaseDeadline> deadlines(const CaseRecord& record, const WorkCalendar& calendar);

private:
    // What the household receives from the month after the decision (approved_amounts): the amount
    // of the determination it was decided on, a gradual exit's schedule, or nothing once help ends.
    Status recordApprovedAmount(const CaseRecord& c, const QString& action, const QDate& date,
                                const std::optional<StoredDetermination>& basis, const QString& note);
    Status recordAssistance(const CaseRecord& c, const QString& action, const std::optional<Classification>& decided,
                            qint64 amount, const QString& paymentFrom);
    Result<QList<CaseRecord>> select(const QString& where, const QVariantList& binds);

    Database& m_database;
    Session m_session;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace Doudi
