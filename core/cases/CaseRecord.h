#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Doudi {

struct CaseStep
{
    int seq = 0;
    QString action;
    QString fromState;
    QString toState;
    QDate onDate;
    QString note;
    QString userName;
};

// A home visit (入户调查): at least two investigators, what they found, who of the family was
// there, and that the family signed the record. Kept with the case as a step.
struct HomeVisit
{
    QDate date;
    QStringList investigators;
    QString findings; // housing, assets seen, health, living conditions
    QString present;  // who of the family was present
    bool familySigned = false;
    bool byCity = false; // the city's own visit (required for near-relative cases)
};

// A statutory time limit of a case: which step, by when, and whether it was met.
struct CaseDeadline
{
    QString step; // start_investigation, notice_end, decision, overall
    QDate due;
    bool met = false;
    // Counted on plain weekdays through a year with no holiday calendar: the date may move.
    bool estimated = false;

    bool overdueOn(const QDate& today) const { return !met && today > due; }
};

// A gradual exit (低保渐退) a review began: from which month, for how many, to which month.
struct GradualExitPlan
{
    QString start; // YYYY-MM
    int months = 0;
    QString end; // YYYY-MM, the last month paid
};

// A case of a household's file with its history and time limits.
struct CaseRecord
{
    QString id;
    QString householdId;
    QString villageCode; // the household's
    QString type;
    QString state;
    QDate openedOn;
    bool delegated = false;    // decisions delegated to the township (权限下放): 20 working days
    bool nearRelative = false; // 近亲属备案: a city home visit before approval
    QString extensionReason;   // a recorded reason allows 45 working days
    qint64 amountFen = -1;     // the monthly amount an approval fixed (-1: none yet)
    QString paymentFrom;       // YYYY-MM: the month after the approval
    QString decisionReason;    // a refusal's written reason
    QStringList documents;     // the materials handed in (CaseWorkflow::documents codes)
    QList<CaseStep> steps;
    QList<CaseDeadline> deadlines;

    bool overdueOn(const QDate& today) const
    {
        for (const CaseDeadline& d : deadlines) {
            if (d.overdueOn(today))
                return true;
        }
        return false;
    }
    // The first time limit not yet met; null when all are.
    const CaseDeadline* nextDeadline() const
    {
        for (const CaseDeadline& d : deadlines) {
            if (!d.met)
                return &d;
        }
        return nullptr;
    }
};

} // namespace Doudi
