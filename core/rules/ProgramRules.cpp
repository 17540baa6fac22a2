#include "ProgramRules.h"

#include "domain/IdNumber.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "rules/Evaluator.h"

#include <algorithm>

namespace Doudi {

namespace {

const QString kOrphanAllowance = QStringLiteral("orphan_allowance");
const QString kDisabilityLiving = QStringLiteral("disability_living");
const QString kDisabilityCare = QStringLiteral("disability_care");
const QString kFuneralWaiver = QStringLiteral("funeral_waiver");
const QString kPriceSubsidy = QStringLiteral("price_subsidy");

QString money(qint64 fen)
{
    return Money::fromFen(fen).format();
}

bool isGone(ParentState s)
{
    return s == ParentState::Dead || s == ParentState::DeclaredMissing;
}

// The set X of §3: a parent alive but unable to bring the child up.
bool cannotSupport(ParentState s)
{
    return s == ParentState::LostContact || s == ParentState::Detained || s == ParentState::SeverelyDisabled ||
           s == ParentState::SeriouslyIll;
}

// What §3 knows of one member in the month.
struct MemberFacts
{
    bool orphan = false;
    bool deFactoUnsupported = false;
    bool dibao = false; // covered by 低保
    bool tekun = false; // covered by 特困
    qint64 orphanFen = 0;
};

class Run
{
public:
    Run(const Policy& policy, const Household& household, const Determination& determination, QDate firstDay,
        bool trace)
        : m_policy(policy)
        , m_programs(policy.programs)
        , m_household(household)
        , m_determination(determination)
        , m_firstDay(firstDay)
        , m_lastDay(firstDay.addMonths(1).addDays(-1))
        , m_trace(trace)
    {}

    void run(const std::optional<PriceIndex>& priceIndex, Entitlements& out)
    {
        m_out = &out;
        const qsizetype n = m_household.members.size();
        QList<MemberFacts> facts(n);
        cover(facts);
        const std::optional<qint64> pricePerPerson = priceSubsidyPerPerson(priceIndex);
        for (qsizetype i = 0; i < n; ++i) {
            MemberFacts& f = facts[i];
            const Member& m = m_household.members[i];
            const int index = int(i);
            orphanAllowance(index, m, f);
            disabilityLiving(index, m, f);
            disabilityCare(index, m, f);
            funeralWaiver(index, m, f);
            if (pricePerPerson && coveredBy(m_programs.priceSubsidy->covered, f))
                add(kPriceSubsidy, index, *pricePerPerson, true, [&] {
                    return ProgramRules::tr("%1: temporary price subsidy %2, once").arg(m.name, money(*pricePerPerson));
                });
        }
        for (const Entitlement& e : std::as_const(out.items))
            (e.oneOff ? out.oneOffTotalFen : out.monthlyTotalFen) += e.amountFen;
    }

private:
    // Who the dibao and 特困 cover (§3), and which children are orphans or without care.
    void cover(QList<MemberFacts>& facts) const
    {
        const Classification c = m_determination.classification;
        for (qsizetype i = 0; i < facts.size(); ++i) {
            facts[i].dibao = c == Classification::Dibao || c == Classification::DibaoGradualExit;
            facts[i].tekun = c == Classification::Tekun;
        }
        if (c == Classification::DibaoSinglePerson) {
            for (const MemberBenefit& b : m_determination.members) {
                if (b.index >= 0 && b.index < facts.size() && b.singlePersonFen > 0)
                    facts[b.index].dibao = true;
            }
        }
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const Member& m = m_household.members[i];
            if (ageOn(m.effectiveBirthDate(), m_firstDay) >= ProgramRules::kChildAge)
                continue;
            const ParentState father = m.parents.father;
            const ParentState mother = m.parents.mother;
            facts[i].orphan = ProgramRules::isOrphan(m.parents);
            facts[i].deFactoUnsupported = !facts[i].orphan && ((cannotSupport(father) && cannotSupport(mother)) ||
                                                               (isGone(father) && cannotSupport(mother)) ||
                                                               (cannotSupport(father) && isGone(mother)));
        }
    }

    static bool coveredBy(const QStringList& covered, const MemberFacts& f)
    {
        return (f.dibao && covered.contains(QLatin1String("dibao"))) ||
               (f.tekun && covered.contains(QLatin1String("tekun"))) ||
               (f.orphanFen > 0 && covered.contains(QLatin1String("orphan")));
    }

    void orphanAllowance(int index, const Member& m, MemberFacts& f)
    {
        if (!m_programs.orphanAllowance || (!f.orphan && !f.deFactoUnsupported))
            return;
        const auto& rule = *m_programs.orphanAllowance;
        const qint64 allowance = rule.monthlyFen(f.orphan ? m.careSetting : rule.deFactoSetting);
        const QString who =
            f.orphan ? ProgramRules::tr("an orphan") : ProgramRules::tr("a child without de-facto care");
        qint64 fen = allowance;
        using W = ProgramsPolicy::OrphanAllowance::WithDibao;
        if ((f.dibao || f.tekun) && rule.withDibao == W::Excluded) {
            fen = 0;
            explain(kOrphanAllowance, [&] {
                return ProgramRules::tr(
                           "%1 (%2) is covered by the dibao or 特困: this policy pays no allowance beside it")
                    .arg(m.name, who);
            });
        } else if ((f.dibao || f.tekun) && rule.withDibao == W::Difference) {
            const qint64 total = m_determination.totalFen;
            const qint64 members = std::max<qint64>(1, m_household.members.size());
            const qint64 share = f.tekun ? total : total / members;
            fen = std::max<qint64>(0, allowance - share);
            if (fen < allowance) {
                reason(QStringLiteral("orphan.reduced_by_dibao"));
                explain(QStringLiteral("orphan.reduced_by_dibao"), [&] {
                    return ProgramRules::tr("%1 (%2): allowance %3 less the child's share of the assistance %4")
                        .arg(m.name, who, money(allowance), money(share));
                });
            }
        }
        f.orphanFen = fen;
        add(kOrphanAllowance, index, fen, false, [&] {
            return ProgramRules::tr("%1 (%2): basic living allowance %3 a month").arg(m.name, who, money(fen));
        });
    }

    void disabilityLiving(int index, const Member& m, const MemberFacts& f)
    {
        if (!m_programs.disabilityLiving || m.disability.isNone())
            return;
        const auto& rule = *m_programs.disabilityLiving;
        if (f.tekun && rule.excludeTekun) {
            refuse(QStringLiteral("disability_living.tekun"), m);
            return;
        }
        const bool covered = (f.dibao && rule.covered.contains(QLatin1String("dibao"))) ||
                             (m_determination.lowIncome && rule.covered.contains(QLatin1String("low_income"))) ||
                             f.tekun;
        if (!covered)
            return;
        if (f.orphanFen > 0) {
            refuse(QStringLiteral("disability_living.orphan"), m);
            return;
        }
        const qint64 fen = rule.monthlyFenByGrade.value(m.disability.grade);
        add(kDisabilityLiving, index, fen, false, [&] {
            return ProgramRules::tr("%1 (disability of grade %2): living subsidy for people with disabilities in "
                                    "need %3 a month")
                .arg(m.name)
                .arg(m.disability.grade)
                .arg(money(fen));
        });
    }

    void disabilityCare(int index, const Member& m, const MemberFacts& f)
    {
        if (!m_programs.disabilityCare || m.disability.isNone())
            return;
        const auto& rule = *m_programs.disabilityCare;
        const bool mindOrMental =
            m.disability.type == DisabilityType::Intellectual || m.disability.type == DisabilityType::Mental;
        const bool severe = rule.grades.contains(m.disability.grade) ||
                            (mindOrMental && rule.gradesIntellectualMental.contains(m.disability.grade));
        if (!severe || m.adlFailed < rule.minAdlFailed)
            return;
        if (f.tekun && m_determination.careFen > 0 && rule.excludeTekunCare) {
            refuse(QStringLiteral("disability_care.tekun_care"), m);
            return;
        }
        const qint64 fen = rule.monthlyFenByGrade.value(m.disability.grade);
        add(kDisabilityCare, index, fen, false, [&] {
            return ProgramRules::tr("%1 (disability of grade %2, needs long-term care): care subsidy for people with "
                                    "severe disabilities %3 a month")
                .arg(m.name)
                .arg(m.disability.grade)
                .arg(money(fen));
        });
    }

    void funeralWaiver(int index, const Member& m, const MemberFacts& f)
    {
        if (!m_programs.funeralWaiver || !m.diedOn || *m.diedOn < m_firstDay || *m.diedOn > m_lastDay)
            return;
        if (!coveredBy(m_programs.funeralWaiver->covered, f))
            return;
        const qint64 fen = m_programs.funeralWaiver->amountFen;
        add(kFuneralWaiver, index, fen, true, [&] {
            return ProgramRules::tr("%1 died on %2: basic funeral services waived up to %3")
                .arg(m.name, m.diedOn->toString(Qt::ISODate), money(fen));
        });
    }

    // The amount each covered person receives when the month's index triggers the subsidy.
    std::optional<qint64> priceSubsidyPerPerson(const std::optional<PriceIndex>& index)
    {
        if (!m_programs.priceSubsidy || !index || index->month != m_determination.month)
            return std::nullopt;
        const auto& rule = *m_programs.priceSubsidy;
        if (!ProgramRules::priceSubsidyTriggered(m_programs, *index))
            return std::nullopt;
        const qint64 S = m_policy.standardFen(m_household.residence);
        const qint64 fen = rule.fixedAmount ? rule.fixedFen : Evaluator::ceilYuan(S * index->cpiYoyPermille, 1000);
        explain(kPriceSubsidy, [&] {
            return ProgramRules::tr("Prices rose %1 ‰ (food %2 ‰) on a year before: the price subsidy is due, %3 a "
                                    "person")
                .arg(index->cpiYoyPermille)
                .arg(index->foodCpiYoyPermille)
                .arg(money(fen));
        });
        return fen;
    }

    template <typename Text>
    void add(const QString& program, int member, qint64 fen, bool oneOff, Text text)
    {
        if (fen <= 0)
            return;
        m_out->items.append({program, member, fen, oneOff});
        explain(program, text);
    }

    void refuse(const QString& code, const Member& m)
    {
        reason(code);
        explain(code, [&]() -> QString { return m.name + ProgramRules::tr(": ") + ProgramRules::reasonLabel(code); });
    }

    void reason(const QString& code)
    {
        if (!m_out->reasons.contains(code))
            m_out->reasons.append(code);
    }

    // Lazily formatted: the text is only built when a trace is wanted.
    template <typename Text>
    void explain(const QString& rule, Text text)
    {
        // A QString, not a QStringBuilder that would point into the lambda's spent temporaries.
        static_assert(std::is_same_v<decltype(text()), QString>, "an explanation must return QString");
        if (m_trace)
            m_out->trace.append({rule, text()});
    }

    const Policy& m_policy;
    const ProgramsPolicy& m_programs;
    const Household& m_household;
    const Determination& m_determination;
    const QDate m_firstDay;
    const QDate m_lastDay;
    const bool m_trace;
    Entitlements* m_out = nullptr;
};

} // namespace

Result<Entitlements> ProgramRules::entitlements(const Policy& policy, const Household& household,
                                                const Determination& determination, const QString& month,
                                                const std::optional<PriceIndex>& priceIndex, Options options)
{
    const QDate firstDay = Evaluator::firstDayOfMonth(month);
    if (!firstDay.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    if (determination.month != month)
        return Error::invalid(QStringLiteral("month"),
                              tr("the determination is of %1, not %2").arg(determination.month.left(7), month));
    Entitlements out;
    out.policyId = policy.id;
    out.month = month;
    // Member by member, each member's programs in the order of §4: the order §5 asks for.
    Run(policy, household, determination, firstDay, options.trace).run(priceIndex, out);
    return out;
}

const QStringList& ProgramRules::programs()
{
    static const QStringList order{kOrphanAllowance, kDisabilityLiving, kDisabilityCare, kFuneralWaiver, kPriceSubsidy};
    return order;
}

const QStringList& ProgramRules::monthlyPrograms()
{
    static const QStringList monthly = [] {
        QStringList out = programs();
        out.removeAll(kFuneralWaiver);
        out.removeAll(kPriceSubsidy);
        return out;
    }();
    return monthly;
}

bool ProgramRules::isOrphan(const Parents& parents)
{
    return isGone(parents.father) && isGone(parents.mother);
}

bool ProgramRules::priceSubsidyTriggered(const ProgramsPolicy& programs, const PriceIndex& index)
{
    return programs.priceSubsidy && (index.cpiYoyPermille >= programs.priceSubsidy->cpiTriggerPermille ||
                                     index.foodCpiYoyPermille >= programs.priceSubsidy->foodCpiTriggerPermille);
}

QString ProgramRules::programLabel(const QString& program)
{
    if (program == kOrphanAllowance)
        return tr("Basic living allowance of orphans and children without care");
    if (program == kDisabilityLiving)
        return tr("Living subsidy for people with disabilities in need");
    if (program == kDisabilityCare)
        return tr("Care subsidy for people with severe disabilities");
    if (program == kFuneralWaiver)
        return tr("Basic funeral services waiver");
    if (program == kPriceSubsidy)
        return tr("Temporary price subsidy");
    return program;
}

QString ProgramRules::reasonLabel(const QString& code)
{
    if (code == QLatin1String("orphan.reduced_by_dibao"))
        return tr("the allowance is reduced by the child's share of the dibao or 特困 support");
    if (code == QLatin1String("disability_living.tekun"))
        return tr("supported as 特困, no living subsidy for people with disabilities in need");
    if (code == QLatin1String("disability_living.orphan"))
        return tr("receives the orphan's allowance, no living subsidy for people with disabilities in need");
    if (code == QLatin1String("disability_care.tekun_care"))
        return tr("receives the 特困 care fee, no care subsidy for people with severe disabilities");
    return code;
}

} // namespace Doudi
