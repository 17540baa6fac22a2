#pragma once

#include "domain/Member.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Doudi {

// The `programs` section of a policy (spec/programs.md §4): the township's programs beyond the
// dibao, each optional. A program without its section pays nothing. Money in fen.
struct ProgramsPolicy
{
    // 孤儿、事实无人抚养儿童基本生活费 (§4.1).
    struct OrphanAllowance
    {
        enum class WithDibao
        {
            Full,       // the whole allowance beside the dibao
            Difference, // what the allowance exceeds the child's share of the dibao by
            Excluded    // nothing while the dibao or 特困 pays
        };
        qint64 familyFen = 0;
        qint64 institutionFen = 0;
        CareSetting deFactoSetting = CareSetting::Family;
        WithDibao withDibao = WithDibao::Difference;

        qint64 monthlyFen(CareSetting setting) const
        {
            return setting == CareSetting::Institution ? institutionFen : familyFen;
        }
    };

    // 困难残疾人生活补贴 (§4.2). `covered`: dibao, low_income.
    struct DisabilityLiving
    {
        QMap<int, qint64> monthlyFenByGrade;
        QStringList covered;
        bool excludeTekun = true;
    };

    // 重度残疾人护理补贴 (§4.3): not means-tested.
    struct DisabilityCare
    {
        QMap<int, qint64> monthlyFenByGrade;
        QList<int> grades;
        QList<int> gradesIntellectualMental;
        int minAdlFailed = 1;
        bool excludeTekunCare = true;
    };

    // 基本殡葬服务费用减免 (§4.4), once. `covered`: dibao, tekun, orphan.
    struct FuneralWaiver
    {
        qint64 amountFen = 0;
        QStringList covered;
    };

    // 价格临时补贴 (§4.5), once for a month whose price index triggers it. `covered`: dibao, tekun,
    // orphan.
    struct PriceSubsidy
    {
        int cpiTriggerPermille = 0;
        int foodCpiTriggerPermille = 0;
        bool fixedAmount = false; // else standard × CPI
        qint64 fixedFen = 0;
        QStringList covered;
    };

    // 农村“三留守”人员关爱服务: how often the people on the care register are visited, in months.
    // A policy without the section keeps this plan: monthly for the elderly living alone from 80
    // and for anyone at high risk, quarterly for the others.
    struct CareVisits
    {
        int elderlyAloneAge = 80;
        int elderlyAloneEveryMonths = 1;
        int highRiskEveryMonths = 1;
        int othersEveryMonths = 3;
    };

    std::optional<OrphanAllowance> orphanAllowance;
    std::optional<DisabilityLiving> disabilityLiving;
    std::optional<DisabilityCare> disabilityCare;
    std::optional<FuneralWaiver> funeralWaiver;
    std::optional<PriceSubsidy> priceSubsidy;
    CareVisits careVisits; // not a payment: isEmpty() does not count it

    bool isEmpty() const
    {
        return !orphanAllowance && !disabilityLiving && !disabilityCare && !funeralWaiver && !priceSubsidy;
    }
};

} // namespace Doudi
