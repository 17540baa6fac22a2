#pragma once

#include "rules/Determination.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Doudi {

// One program's amount for one member (spec/programs.md §5).
struct Entitlement
{
    QString program; // orphan_allowance, disability_living, disability_care, funeral_waiver, price_subsidy
    int member = 0;  // the member's index in the household
    qint64 amountFen = 0;
    bool oneOff = false;

    bool operator==(const Entitlement&) const = default;
};

// A `doudi-entitlements/1`: what the township's other programs pay a household for a month.
struct Entitlements
{
    QString policyId;
    QString month;
    QList<Entitlement> items; // member order, then the programs' order; no amount of 0
    qint64 monthlyTotalFen = 0;
    qint64 oneOffTotalFen = 0;
    QStringList reasons; // codes of the exclusions and reductions, each once
    QList<TraceLine> trace;
};

} // namespace Doudi
