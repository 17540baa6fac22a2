#include "Evaluator.h"

#include "domain/HouseholdValidator.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "rules/DeterminationJson.h"

#include <QRegularExpression>

#include <algorithm>
#include <type_traits>

namespace Doudi {

namespace {

QString money(qint64 fen)
{
    return Money::fromFen(fen).format();
}

// What the rules need to know of one member on the first day of the month (spec §3).
struct MemberFacts
{
    int age = 0;
    bool severeDisability = false;
    bool noLabourCapacity = false;
    bool anyDisability = false;
    QStringList categories;
    int incrementPct = 0;
};

bool isSevere(const Disability& d)
{
    if (d.isNone())
        return false;
    return d.grade <= 2 ||
           (d.grade == 3 && (d.type == DisabilityType::Intellectual || d.type == DisabilityType::Mental));
}

bool hasNoLabourCapacity(const Policy& policy, const Member& m, int age)
{
    if (age >= policy.tekun.noLabourAgeFrom || age < policy.tekun.noLabourAgeBelow)
        return true;
    const Disability& d = m.disability;
    switch (d.type) {
    case DisabilityType::Physical:
        return d.grade <= 2;
    case DisabilityType::Intellectual:
    case DisabilityType::Mental:
        return d.grade <= 3;
    case DisabilityType::Visual:
        return d.grade == 1;
    default:
        return false;
    }
}

QString categoryLabel(const QString& category, const Policy& policy)
{
    if (category == QLatin1String("serious_illness"))
        return Evaluator::tr("seriously ill");
    if (category == QLatin1String("severe_disability"))
        return Evaluator::tr("severely disabled");
    if (category == QLatin1String("elderly"))
        return Evaluator::tr("aged %1 or over").arg(policy.elderlyAge);
    return Evaluator::tr("under %1").arg(policy.minorAge);
}

// One evaluation: the facts, the arithmetic and its explanation, in the order of the spec.
class Run
{
public:
    Run(const Policy& policy, const Household& household, const QString& month, QDate firstDay, bool trace)
        : p(policy)
        , h(household)
        , m_trace(trace)
        , m_firstDay(firstDay)
    {
        d.policyId = policy.id;
        d.month = month;
        d.householdSize = int(household.members.size());
        S = policy.standardFen(household.residence);
        N = household.members.size();
        line = 12 * S * N;
        d.standardFen = S;
    }

    Determination evaluate()
    {
        memberFacts();
        explainWith(QStringLiteral("standard"), [&] {
            return Evaluator::tr("%1 dibao standard: %2 per person a month; the line for %3 people is %4 a year")
                .arg(Vocabulary::residenceLabel(h.residence), money(S))
                .arg(N)
                .arg(money(line));
        });
        income();
        property();
        classify();
        d.totalFen = d.baseFen + d.incrementsFen + d.careFen;
        if (d.totalFen > 0)
            explainWith(QStringLiteral("benefit.total"),
                        [&] { return Evaluator::tr("Monthly amount in all: %1").arg(money(d.totalFen)); });
        score();
        return std::move(d);
    }

private:
    // Lazily formatted: the text is only built when a trace is wanted.
    template <typename Text>
    void explainWith(const QString& rule, Text text)
    {
        // A QString, not a QStringBuilder that would point into the lambda's spent temporaries.
        static_assert(std::is_same_v<decltype(text()), QString>, "an explanation must return QString");
        if (m_trace)
            d.trace.append({rule, text()});
    }

    QString whose(const std::optional<int>& member) const
    {
        return member ? h.members.at(*member).name : Evaluator::tr("whole household");
    }

    void memberFacts()
    {
        facts.reserve(N);
        for (qsizetype i = 0; i < N; ++i) {
            const Member& m = h.members[i];
            MemberFacts f;
            f.age = ageOn(m.effectiveBirthDate(), m_firstDay);
            f.severeDisability = isSevere(m.disability);
            f.anyDisability = !m.disability.isNone();
            f.noLabourCapacity = hasNoLabourCapacity(p, m, f.age);
            QList<int> pcts;
            if (m.seriousIllness) {
                f.categories.append(QStringLiteral("serious_illness"));
                pcts.append(p.incrementSeriousIllnessPct);
            }
            if (f.severeDisability) {
                f.categories.append(QStringLiteral("severe_disability"));
                pcts.append(p.incrementSevereDisabilityPct);
            }
            if (f.age >= p.elderlyAge) {
                f.categories.append(QStringLiteral("elderly"));
                pcts.append(p.incrementElderlyPct);
            }
            if (f.age < p.minorAge) {
                f.categories.append(QStringLiteral("minor"));
                pcts.append(p.incrementMinorPct);
            }
            for (int pct : pcts)
                f.incrementPct = p.incrementsSum ? f.incrementPct + pct : std::max(f.incrementPct, pct);
            facts.append(f);
            d.members.append({int(i), f.categories, f.incrementPct, 0});
        }
    }

    void income()
    {
        for (const IncomeItem& item : h.income) {
            if (p.incomeExemptTypes.contains(item.type)) {
                explainWith(QStringLiteral("income.exempt"), [&] {
                    return Evaluator::tr("%1 of %2 (%3) is not counted as household income")
                        .arg(Vocabulary::incomeTypeLabel(item.type), money(item.annualFen), whose(item.member));
                });
                continue;
            }
            A += item.annualFen;
        }
        for (const ExpenditureItem& e : h.expenditure) {
            E += e.annualFen;
            if (e.type == QLatin1String("medical_self_paid"))
                medical += e.annualFen;
        }
        assessed = h.flags.sustainedMedicalExpenditure ? std::max<qint64>(0, A - medical) : A;
        d.countedIncomeAnnualFen = A;
        d.assessedIncomeAnnualFen = assessed;
        d.perCapitaMonthlyIncomeFen = assessed / (12 * N);
        d.lowIncome = line <= assessed && assessed * 100 < line * p.lowIncomeMultiplierPct;
        explainWith(QStringLiteral("income.counted"),
                    [&] { return Evaluator::tr("Counted household income: %1 a year").arg(money(A)); });
        if (h.flags.sustainedMedicalExpenditure && medical > 0)
            explainWith(QStringLiteral("income.deduction"), [&] {
                return Evaluator::tr("Sustained heavy medical expenditure: self-paid medical costs of %1 are "
                                     "deducted, so the assessed income is %2 a year")
                    .arg(money(medical), money(assessed));
            });
    }

    void property()
    {
        const qint64 financialLimit = qint64(p.property.financialAssetsMonths) * S * N;
        if (h.assets.financialFen > financialLimit) {
            d.reasons.append(QStringLiteral("property.financial"));
            explainWith(QStringLiteral("property.financial"), [&] {
                return Evaluator::tr("Financial assets of %1 exceed the limit of %2 (%3 months of the standard "
                                     "for %4 people)")
                    .arg(money(h.assets.financialFen), money(financialLimit))
                    .arg(p.property.financialAssetsMonths)
                    .arg(N);
            });
        }
        for (const Vehicle& v : h.assets.vehicles) {
            if (!p.property.vehicleExemptKinds.contains(v.kind) && v.valueFen > p.property.vehicleExemptValueFen) {
                if (!d.reasons.contains(QStringLiteral("property.vehicle")))
                    d.reasons.append(QStringLiteral("property.vehicle"));
                explainWith(QStringLiteral("property.vehicle"), [&] {
                    return Evaluator::tr("A vehicle (%1) worth %2 exceeds the exempt value of %3")
                        .arg(Vocabulary::vehicleKindLabel(v.kind), money(v.valueFen),
                             money(p.property.vehicleExemptValueFen));
                });
            }
        }
        const auto homes = std::count_if(h.assets.dwellings.cbegin(), h.assets.dwellings.cend(),
                                         [](const Dwelling& dw) { return !dw.dangerous; });
        if (homes > p.property.maxResidences) {
            d.reasons.append(QStringLiteral("property.residence"));
            explainWith(QStringLiteral("property.residence"), [&] {
                return Evaluator::tr("%1 residences that are not dangerous houses; at most %2 are allowed")
                    .arg(homes)
                    .arg(p.property.maxResidences);
            });
        }
        if (h.assets.businessRegistration) {
            d.reasons.append(QStringLiteral("property.business"));
            explainWith(QStringLiteral("property.business"),
                        [&] { return Evaluator::tr("A member has a business registration"); });
        }
        d.propertyOk = d.reasons.isEmpty();
    }

    // A' < line × pct / 100, exactly.
    bool assessedBelow(qint64 pct) const { return assessed * 100 < line * pct; }

    void classify()
    {
        if (!d.propertyOk) {
            d.classification = Classification::NotEligible;
            explainWith(QStringLiteral("classify.not_eligible"),
                        [&] { return Evaluator::tr("The household's property exceeds the limits: not eligible"); });
            return;
        }
        if (tekun() || dibao() || gradualExit() || singlePerson())
            return;
        if (assessedBelow(p.lowIncomeMultiplierPct)) {
            d.classification = Classification::LowIncome;
            explainWith(QStringLiteral("classify.low_income"), [&] {
                return Evaluator::tr("Income of %1 a year is below %2 % of the line: a low-income household, "
                                     "monitored, with no cash benefit")
                    .arg(money(assessed))
                    .arg(p.lowIncomeMultiplierPct);
            });
            return;
        }
        const qint64 D = p.prevYearDisposableFen(h.residence);
        if (A * 100 >= line * p.lowIncomeMultiplierPct && A < D * N && A - E < line) {
            d.classification = Classification::ExpenditureType;
            explainWith(QStringLiteral("classify.expenditure_type"), [&] {
                return Evaluator::tr("Income of %1 a year is below the average disposable income for %2 people (%3), "
                                     "and after rigid expenditure of %4 it is below the line: expenditure-type "
                                     "hardship; consider temporary assistance")
                    .arg(money(A))
                    .arg(N)
                    .arg(money(D * N), money(E));
            });
            return;
        }
        d.classification = Classification::NotEligible;
        explainWith(QStringLiteral("classify.not_eligible"), [&] {
            return Evaluator::tr("Income of %1 a year is too high for assistance: not eligible").arg(money(assessed));
        });
    }

    bool tekun()
    {
        if (N != 1 || !facts[0].noLabourCapacity || h.flags.hasCapableSupporter)
            return false;
        qint64 own = 0;
        for (const IncomeItem& item : h.income) {
            if (!p.incomeExemptTypes.contains(item.type) && !p.tekun.extraExemptTypes.contains(item.type))
                own += item.annualFen;
        }
        if (own >= 12 * S)
            return false;
        d.classification = Classification::Tekun;
        const int adl = h.members[0].adlFailed;
        const QString level = adl == 0   ? Evaluator::tr("manages daily life")
                              : adl <= 3 ? Evaluator::tr("partly dependent")
                                         : Evaluator::tr("fully dependent");
        d.baseFen = Evaluator::ceilYuan(S * p.tekun.basicMultiplierPct, 100);
        d.careFen = adl == 0 ? p.tekun.careSelfCareFen : adl <= 3 ? p.tekun.carePartialFen : p.tekun.careFullFen;
        explainWith(QStringLiteral("classify.tekun"), [&] {
            return Evaluator::tr("%1 lives alone, has no labour capacity and no capable supporter, and own income of "
                                 "%2 a year is below %3: extreme poverty support")
                .arg(h.members[0].name, money(own), money(12 * S));
        });
        explainWith(QStringLiteral("benefit.tekun"), [&] {
            return Evaluator::tr("Basic living: %1 × %2 % = %3 a month; care allowance (%4, %5 activities not "
                                 "managed): %6")
                .arg(money(S))
                .arg(p.tekun.basicMultiplierPct)
                .arg(money(d.baseFen), level)
                .arg(adl)
                .arg(money(d.careFen));
        });
        return true;
    }

    bool dibao()
    {
        if (assessed >= line)
            return false;
        d.classification = Classification::Dibao;
        const qint64 gap = Evaluator::ceilYuan(line - assessed, 12);
        const qint64 floor = p.minGapPerPersonFen * N;
        d.baseFen = std::max(gap, floor);
        d.viaExpenditureDeduction = A >= line;
        explainWith(QStringLiteral("classify.dibao"), [&] {
            return Evaluator::tr("Assessed income of %1 a year is below the line of %2: dibao")
                .arg(money(assessed), money(line));
        });
        if (d.viaExpenditureDeduction)
            explainWith(QStringLiteral("income.deduction"), [&] {
                return Evaluator::tr("Only the deduction of medical costs brings the income below the line");
            });
        explainWith(QStringLiteral("benefit.base"), [&] {
            return Evaluator::tr("Gap: (%1 − %2) ÷ 12, rounded up to whole yuan, is %3; at least %4 per person: "
                                 "%5 a month")
                .arg(money(line), money(assessed), money(gap), money(p.minGapPerPersonFen), money(d.baseFen));
        });
        qint64 pctTimesS = 0;
        for (qsizetype i = 0; i < N; ++i) {
            if (facts[i].incrementPct == 0)
                continue;
            pctTimesS += facts[i].incrementPct * S;
            explainWith(QStringLiteral("benefit.increment"), [&] {
                QStringList why;
                for (const QString& c : facts[i].categories)
                    why.append(categoryLabel(c, p));
                return Evaluator::tr("%1 (%2): increment of %3 % of the standard")
                    .arg(h.members[i].name, why.join(Evaluator::tr(", ")))
                    .arg(facts[i].incrementPct);
            });
        }
        d.incrementsFen = Evaluator::ceilYuan(pctTimesS, 100);
        if (d.incrementsFen > 0)
            explainWith(QStringLiteral("benefit.increment"),
                        [&] { return Evaluator::tr("Increments in all: %1 a month").arg(money(d.incrementsFen)); });
        return true;
    }

    bool gradualExit()
    {
        if ((h.status != HouseholdStatus::Dibao && h.status != HouseholdStatus::GradualExit) ||
            !assessedBelow(p.lowIncomeMultiplierPct))
            return false;
        const bool disabled =
            std::any_of(facts.cbegin(), facts.cend(), [](const MemberFacts& f) { return f.anyDisability; });
        const int period = disabled ? p.gradualExit.monthsDisabled : p.gradualExit.months;
        const QString start = h.exitStarted.isEmpty() ? d.month : h.exitStarted;
        const QDate startDay = Evaluator::firstDayOfMonth(start);
        const int index = (m_firstDay.year() - startDay.year()) * 12 + (m_firstDay.month() - startDay.month()) + 1;
        if (index > period) {
            d.reasons.append(QStringLiteral("gradual_exit.ended"));
            explainWith(QStringLiteral("gradual_exit.ended"), [&] {
                return Evaluator::tr("The gradual exit that began in %1 ended after %2 months").arg(start).arg(period);
            });
            return false;
        }
        int pct = 0;
        for (const GradualExitStep& step : p.gradualExit.schedule) {
            if (step.fromMonth <= index)
                pct = step.pct;
        }
        d.classification = Classification::DibaoGradualExit;
        d.baseFen = Evaluator::ceilYuan(h.monthlyBenefitFen * pct, 100);
        d.gradualExit = GradualExitProgress{period, index, pct, start};
        explainWith(QStringLiteral("classify.gradual_exit"), [&] {
            return Evaluator::tr("Income of %1 a year is above the line but below %2 % of it, and the household "
                                 "receives dibao: gradual exit")
                .arg(money(assessed))
                .arg(p.lowIncomeMultiplierPct);
        });
        explainWith(QStringLiteral("benefit.gradual_exit"), [&] {
            return Evaluator::tr("Month %1 of %2 of the gradual exit that began in %3: %4 % of %5 is %6 a month")
                .arg(index)
                .arg(period)
                .arg(start)
                .arg(pct)
                .arg(money(h.monthlyBenefitFen), money(d.baseFen));
        });
        return true;
    }

    bool singlePerson()
    {
        if (!assessedBelow(p.lowIncomeMultiplierPct))
            return false;
        bool any = false;
        for (qsizetype i = 0; i < N; ++i) {
            const Member& m = h.members[i];
            if (!facts[i].severeDisability && !m.seriousIllness)
                continue;
            qint64 own = 0;
            for (const IncomeItem& item : h.income) {
                if (item.member && *item.member == i && !p.incomeExemptTypes.contains(item.type))
                    own += item.annualFen;
            }
            if (own >= 12 * S)
                continue;
            const qint64 base = std::max(Evaluator::ceilYuan(12 * S - own, 12), p.minGapPerPersonFen);
            const qint64 increment = Evaluator::ceilYuan(facts[i].incrementPct * S, 100);
            d.baseFen += base;
            d.incrementsFen += increment;
            d.members[i].singlePersonFen = base + increment;
            any = true;
            explainWith(QStringLiteral("classify.single_person"), [&] {
                return Evaluator::tr("%1 (%2) has own income of %3 a year, below %4: enrolled in dibao alone, %5 "
                                     "plus an increment of %6 a month")
                    .arg(m.name,
                         categoryLabel(facts[i].severeDisability ? QStringLiteral("severe_disability")
                                                                 : QStringLiteral("serious_illness"),
                                       p),
                         money(own), money(12 * S), money(base), money(increment));
            });
        }
        if (any)
            d.classification = Classification::DibaoSinglePerson;
        return any;
    }

    // Quantified assessment (spec §6): integer measures, bands, tiers.
    qint64 measure(const QString& id) const
    {
        if (id == QLatin1String("income_ratio_pct"))
            return 100 * assessed / line;
        if (id == QLatin1String("financial_months"))
            return h.assets.financialFen / (S * N);
        if (id == QLatin1String("residences"))
            return std::count_if(h.assets.dwellings.cbegin(), h.assets.dwellings.cend(),
                                 [](const Dwelling& dw) { return !dw.dangerous; });
        if (id == QLatin1String("dependant_ratio_pct")) {
            qint64 dependants = 0;
            for (qsizetype i = 0; i < N; ++i) {
                const MemberFacts& f = facts[i];
                if (f.age < 18 || f.age >= 60 || h.members[i].student || f.severeDisability)
                    ++dependants;
            }
            return 100 * dependants / N;
        }
        if (id == QLatin1String("special_structure")) {
            if (N == 1 && facts[0].age >= 60)
                return 1;
            const bool minor =
                std::any_of(facts.cbegin(), facts.cend(), [](const MemberFacts& f) { return f.age < 18; });
            const bool workingAge = std::any_of(facts.cbegin(), facts.cend(),
                                                [](const MemberFacts& f) { return f.age >= 18 && f.age <= 59; });
            return minor && !workingAge ? 1 : 0;
        }
        if (id == QLatin1String("health_points")) {
            qint64 points = 0;
            for (qsizetype i = 0; i < N; ++i) {
                const Member& m = h.members[i];
                points += m.seriousIllness ? 5 : 0;
                points += facts[i].severeDisability ? 5 : (facts[i].anyDisability ? 2 : 0);
                points += m.chronicIllness ? 2 : 0;
            }
            return points;
        }
        if (id == QLatin1String("able_workers")) {
            qint64 able = 0;
            for (qsizetype i = 0; i < N; ++i) {
                const Member& m = h.members[i];
                if (facts[i].age >= 18 && facts[i].age <= 59 && !facts[i].anyDisability && !m.seriousIllness &&
                    !m.student)
                    ++able;
            }
            return able;
        }
        if (id == QLatin1String("rigid_ratio_pct"))
            return A == 0 ? (E > 0 ? 100 : 0) : 100 * E / A;
        return 0;
    }

    static int points(const ScoringIndicator& indicator, qint64 value)
    {
        if (indicator.op == QLatin1String("direct"))
            return int(std::min<qint64>(value, indicator.max));
        for (const ScoringBand& band : indicator.bands) {
            if (indicator.op == QLatin1String("le") ? band.threshold >= value : band.threshold <= value)
                return band.points;
        }
        return indicator.elsePoints;
    }

    void score()
    {
        Score& s = d.score;
        s.version = p.scoring.version;
        for (const ScoringIndicator& indicator : p.scoring.indicators) {
            const qint64 value = measure(indicator.measure);
            const int pts = points(indicator, value);
            s.items.append({indicator.id, value, pts});
            s.total += pts;
        }
        for (const ScoringTier& tier : p.scoring.tiers) {
            if (tier.min <= s.total) {
                s.tier = tier.tier;
                break;
            }
        }
        s.inconsistent = d.classification == Classification::Dibao && s.tier == QLatin1String("C");
        explainWith(QStringLiteral("score"), [&] {
            return Evaluator::tr("Quantified assessment: %1 points, tier %2").arg(s.total).arg(s.tier);
        });
        if (s.inconsistent)
            explainWith(QStringLiteral("score.inconsistent"),
                        [&] { return Evaluator::tr("Dibao with a tier C score: a home visit should look again"); });
    }

    const Policy& p;
    const Household& h;
    bool m_trace;
    QDate m_firstDay;
    Determination d;
    QList<MemberFacts> facts;
    qint64 S = 0;
    qint64 N = 0;
    qint64 line = 0;
    qint64 A = 0;
    qint64 E = 0;
    qint64 medical = 0;
    qint64 assessed = 0;
};

} // namespace

qint64 Evaluator::ceilYuan(qint64 numerator, qint64 denominator)
{
    if (numerator <= 0 || denominator <= 0)
        return 0;
    const qint64 unit = 100 * denominator;
    return (numerator + unit - 1) / unit * 100;
}

QDate Evaluator::firstDayOfMonth(const QString& month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto match = pattern.match(month);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

Result<Determination> Evaluator::evaluate(const Policy& policy, const Household& household, const QString& month,
                                          Options options)
{
    const QDate firstDay = firstDayOfMonth(month);
    if (!firstDay.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    if (Status valid = HouseholdValidator::validate(household); !valid)
        return valid.error();
    if (policy.standardFen(household.residence) <= 0)
        return Error::invalid(QStringLiteral("dibao_standard_fen"), tr("must be greater than zero"));
    if (!household.exitStarted.isEmpty() && !firstDayOfMonth(household.exitStarted).isValid())
        return Error::invalid(QStringLiteral("current.exit_started"), tr("must be a month written YYYY-MM"));
    Run run(policy, household, month, firstDay, options.trace);
    return run.evaluate();
}

} // namespace Doudi
