#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Doudi {

// What the rules decided (spec/rules.md §5): the first classification that applies wins.
enum class Classification
{
    Tekun,
    Dibao,
    DibaoGradualExit,
    DibaoSinglePerson,
    LowIncome,
    ExpenditureType,
    NotEligible
};

struct MemberBenefit
{
    int index = 0;
    QStringList categories; // serious_illness, severe_disability, elderly, minor
    int incrementPct = 0;
    qint64 singlePersonFen = 0;
};

struct GradualExitProgress
{
    int monthsTotal = 0;
    int monthIndex = 0;
    int pct = 0;
    QString start; // YYYY-MM
};

struct ScoreItem
{
    QString id;
    qint64 value = 0;
    int points = 0;
};

struct Score
{
    QString version;
    int total = 0;
    QString tier;
    bool inconsistent = false;
    QList<ScoreItem> items;
};

// One line of the explanation: the rule it comes from and words a clerk can read aloud.
struct TraceLine
{
    QString rule;
    QString text;
};

// A `doudi-determination/1` (spec/rules.md §7). Amounts in fen.
struct Determination
{
    QString policyId;
    QString month;
    Classification classification = Classification::NotEligible;
    int householdSize = 0;
    qint64 standardFen = 0;
    qint64 countedIncomeAnnualFen = 0;
    qint64 assessedIncomeAnnualFen = 0;
    qint64 perCapitaMonthlyIncomeFen = 0;
    bool lowIncome = false;
    bool propertyOk = true;
    bool viaExpenditureDeduction = false;
    qint64 baseFen = 0;
    qint64 incrementsFen = 0;
    qint64 careFen = 0;
    qint64 totalFen = 0;
    QList<MemberBenefit> members;
    std::optional<GradualExitProgress> gradualExit;
    Score score;
    QStringList reasons;
    QList<TraceLine> trace;
};

} // namespace Doudi
