#pragma once

#include "Result.h"
#include "domain/IdNumber.h"
#include "rules/ProgramsPolicy.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Doudi {

class Database;
class WorkCalendar;

// One person on the 三留守 care register.
struct CarePerson
{
    QString id; // empty until registered
    QString villageCode;
    QString name;
    IdNumber idNumber;
    QString group;  // child (留守儿童), elderly (留守老人), woman (留守妇女)
    QString reason; // e.g. 家庭成员外出务工
    QString carer;  // who looks after them: the guardian, a relative, a neighbour
    QString carerPhone;
    bool livingAlone = false;
    QString risk = QStringLiteral("low"); // low, medium, high
    QDate registeredOn;
    QString registeredBy;
    QDate leftOn; // when the person left the register (a parent came home, grew up, moved, died)
    QString leftReason;

    // Worked out from the visits and the policy's plan (CareRegister::list).
    QDate lastVisit;
    int everyMonths = 0;
    QDate nextDue;

    bool onRegister() const { return !leftOn.isValid(); }
    bool overdueOn(const QDate& today) const { return onRegister() && nextDue.isValid() && nextDue < today; }
};

struct CareVisit
{
    QString id;
    QString personId;
    QDate visitedOn;
    QString visitedBy;
    QString findings;
    bool needsHelp = false; // the visit found something the township must act on
    QDateTime recordedAt;
};

// 农村“三留守”人员关爱服务 (care_people, care_visits; migration 032): the register a village keeps of
// its left-behind children, elderly and women, and the visits its cadres make. How often each is
// visited is the policy's plan (programs.care_visits); a visit falling due on a holiday or a weekend
// is due the next working day. Village cadres register and visit in their own village only.
class CareRegister final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CareRegister)

public:
    static constexpr int kSchema = 32;

    CareRegister(Database& database, const Session& session);

    // Puts a person on the register, every problem named by field (`id_number`, `group`, …); the
    // person comes back with their visit plan.
    Result<CarePerson> add(CarePerson person);
    Result<CareVisit> visit(const QString& personId, const QDate& on, const QString& findings, bool needsHelp);
    // Takes a person off the register, with the day and the reason; their visits stay.
    Status leave(const QString& personId, const QDate& on, const QString& reason);
    // The register of one village or of all the session may see, by village then name, each with its
    // last visit and next due day as of `today`. Those who left are listed when `includeLeft`.
    Result<QList<CarePerson>> list(const QDate& today, const QString& villageCode = QString(),
                                   bool includeLeft = false);
    Result<QList<CareVisit>> visits(const QString& personId);

    // How many months apart the plan visits this person, as of `today`.
    static int everyMonths(const ProgramsPolicy::CareVisits& plan, const CarePerson& person, const QDate& today);
    // The next visit's day: `every` months after the last visit (or the registration), moved on to
    // the next working day.
    static QDate nextDue(const WorkCalendar& calendar, const CarePerson& person, int every);

    static const QStringList& groups();
    static const QStringList& risks();
    static QString groupLabel(const QString& group);
    static QString riskLabel(const QString& risk);

    // Each record's digest as its audit entry records it, from the rows stored (the audit verifier's
    // check): table → id → digest.
    static Result<QHash<QString, QHash<QString, QString>>> storedDigests(Database& database);

private:
    Result<CarePerson> find(const QString& personId);
    // Each person's plan (how often, when next) from the policy in force `today` and the calendar.
    Status planVisits(QList<CarePerson>& people, const QDate& today);

    Database& m_database;
    const Session& m_session;
};

} // namespace Doudi
