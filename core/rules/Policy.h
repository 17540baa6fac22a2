#pragma once

#include "domain/Household.h"
#include "rules/ProgramsPolicy.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Doudi {

// One band of a scoring indicator: `le` takes the first band whose threshold is ≥ the value,
// `ge` the first whose threshold is ≤ it.
struct ScoringBand
{
    qint64 threshold = 0;
    int points = 0;
};

struct ScoringIndicator
{
    QString id;
    QString measure; // income_ratio_pct, financial_months, residences, …
    QString op;      // le, ge, direct
    QList<ScoringBand> bands;
    int elsePoints = 0;
    int max = 0; // for direct
};

struct ScoringTier
{
    int min = 0;
    QString tier;
};

struct GradualExitStep
{
    int fromMonth = 1;
    int pct = 100;
};

// A `doudi-policy/1` document (spec/rules.md §2.1): every number the rules use, with its
// effective date and document number. Money in fen, rates in integer percent.
struct Policy
{
    QString id;
    QString title;
    QString document;
    QString region;
    QDate effectiveFrom;

    qint64 standardRuralFen = 0;
    qint64 standardUrbanFen = 0;
    qint64 minGapPerPersonFen = 0;
    int lowIncomeMultiplierPct = 200;
    qint64 prevYearDisposableRuralFen = 0;
    qint64 prevYearDisposableUrbanFen = 0;

    int incrementSeriousIllnessPct = 0;
    int incrementSevereDisabilityPct = 0;
    int incrementElderlyPct = 0;
    int incrementMinorPct = 0;
    bool incrementsSum = false; // "sum" stacking; else "max"
    int elderlyAge = 70;
    int minorAge = 18;
    QStringList incomeExemptTypes;

    struct Tekun
    {
        int basicMultiplierPct = 130;
        qint64 careSelfCareFen = 0;
        qint64 carePartialFen = 0;
        qint64 careFullFen = 0;
        QStringList extraExemptTypes;
        int noLabourAgeFrom = 60;
        int noLabourAgeBelow = 16;
    } tekun;

    struct Property
    {
        int financialAssetsMonths = 24;
        QStringList vehicleExemptKinds;
        qint64 vehicleExemptValueFen = 0;
        int maxResidences = 1;
    } property;

    struct GradualExit
    {
        int months = 18;
        int monthsDisabled = 24;
        QList<GradualExitStep> schedule;
    } gradualExit;

    // The township reserve fund's limits (domain.md, the reserve fund). Optional in the document;
    // these defaults apply when it has no `reserve_fund` section.
    struct ReserveFund
    {
        int townshipLimitStandards = 3; // a payment the township approves: ≤ 3 × the monthly standard
        int capStandards = 10;          // above 10 × the standard only with a collective decision (一事一议)
        int paperworkWorkingDays = 5;   // paperwork after an emergency payment
        int lowBalancePct = 20;         // a balance below 20 % of the year's quota warns
    } reserveFund;

    struct Scoring
    {
        QString version;
        QList<ScoringIndicator> indicators;
        QList<ScoringTier> tiers;
    } scoring;

    ProgramsPolicy programs;

    // The document as it was read, kept so that a stored policy is exactly what was imported.
    QJsonObject source;

    qint64 standardFen(Residence r) const { return r == Residence::Urban ? standardUrbanFen : standardRuralFen; }
    qint64 prevYearDisposableFen(Residence r) const
    {
        return r == Residence::Urban ? prevYearDisposableUrbanFen : prevYearDisposableRuralFen;
    }
};

} // namespace Doudi
