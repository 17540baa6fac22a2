#include "PolicyJson.h"

#include "domain/JsonReader.h"
#include "domain/SafeQuote.h"
#include "domain/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Doudi {

namespace {

// Small readers over JsonReader for the shapes a policy has, each recording its own problems.
class PolicyReader
{
public:
    JsonReader r;

    std::optional<QJsonObject> object(const QJsonObject& o, const QString& base, const char* key)
    {
        return r.object(o, base, QLatin1String(key), true);
    }
    qint64 amount(const QJsonObject& o, const QString& base, const char* key, qint64 fallback = 0)
    {
        return r.nonNegative(o, base, QLatin1String(key), true).value_or(fallback);
    }
    qint64 positive(const QJsonObject& o, const QString& base, const char* key, qint64 fallback)
    {
        const auto n = r.nonNegative(o, base, QLatin1String(key), true);
        if (n && *n == 0) {
            r.addProblem(JsonReader::join(base, QLatin1String(key)), PolicyJson::tr("must be greater than zero"));
            return fallback;
        }
        return n.value_or(fallback);
    }
    int count(const QJsonObject& o, const QString& base, const char* key, int fallback = 0)
    {
        return int(r.nonNegative(o, base, QLatin1String(key), true).value_or(fallback));
    }
    QStringList words(const QJsonObject& o, const QString& base, const char* key)
    {
        return r.stringList(o, base, QLatin1String(key), true).value_or(QStringList());
    }
    // A {"rural": …, "urban": …} pair of amounts.
    void byResidence(const QJsonObject& o, const char* key, qint64* rural, qint64* urban, bool mustBePositive)
    {
        const auto pair = object(o, QString(), key);
        if (!pair)
            return;
        const QString base = QLatin1String(key);
        *rural = mustBePositive ? positive(*pair, base, "rural", 1) : amount(*pair, base, "rural");
        *urban = mustBePositive ? positive(*pair, base, "urban", 1) : amount(*pair, base, "urban");
    }
};

void readIncrements(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    if (const auto inc = p.object(o, QString(), "increment_pct")) {
        const QString base = QStringLiteral("increment_pct");
        policy.incrementSeriousIllnessPct = p.count(*inc, base, "serious_illness");
        policy.incrementSevereDisabilityPct = p.count(*inc, base, "severe_disability");
        policy.incrementElderlyPct = p.count(*inc, base, "elderly");
        policy.incrementMinorPct = p.count(*inc, base, "minor");
    }
    if (const auto stacking = p.r.string(o, QString(), QStringLiteral("increment_stacking"), true)) {
        if (*stacking == QLatin1String("sum"))
            policy.incrementsSum = true;
        else if (*stacking != QLatin1String("max"))
            p.r.addProblem(QStringLiteral("increment_stacking"), PolicyJson::tr("must be max or sum"));
    }
    policy.elderlyAge = p.count(o, QString(), "elderly_age", 70);
    policy.minorAge = p.count(o, QString(), "minor_age", 18);
    policy.incomeExemptTypes = p.words(o, QString(), "income_exempt_types");
}

void readTekun(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    const auto tekun = p.object(o, QString(), "tekun");
    if (!tekun)
        return;
    const QString base = QStringLiteral("tekun");
    policy.tekun.basicMultiplierPct = p.count(*tekun, base, "basic_multiplier_pct", 130);
    if (const auto care = p.object(*tekun, base, "care_fen")) {
        const QString careBase = QStringLiteral("tekun.care_fen");
        policy.tekun.careSelfCareFen = p.amount(*care, careBase, "self_care");
        policy.tekun.carePartialFen = p.amount(*care, careBase, "partial");
        policy.tekun.careFullFen = p.amount(*care, careBase, "full");
    }
    policy.tekun.extraExemptTypes = p.words(*tekun, base, "extra_exempt_types");
    policy.tekun.noLabourAgeFrom = p.count(*tekun, base, "no_labour_age_from", 60);
    policy.tekun.noLabourAgeBelow = p.count(*tekun, base, "no_labour_age_below", 16);
}

void readProperty(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    const auto property = p.object(o, QString(), "property");
    if (!property)
        return;
    const QString base = QStringLiteral("property");
    policy.property.financialAssetsMonths = p.count(*property, base, "financial_assets_months", 24);
    policy.property.vehicleExemptKinds = p.words(*property, base, "vehicle_exempt_kinds");
    policy.property.vehicleExemptValueFen = p.amount(*property, base, "vehicle_exempt_value_fen");
    policy.property.maxResidences = p.count(*property, base, "max_residences", 1);
}

void readGradualExit(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    const auto exit = p.object(o, QString(), "gradual_exit");
    if (!exit)
        return;
    const QString base = QStringLiteral("gradual_exit");
    policy.gradualExit.months = int(p.positive(*exit, base, "months", 18));
    policy.gradualExit.monthsDisabled = int(p.positive(*exit, base, "months_disabled", 24));
    const auto schedule = p.r.array(*exit, base, QStringLiteral("schedule"), true);
    if (!schedule)
        return;
    const QString listPath = QStringLiteral("gradual_exit.schedule");
    if (schedule->isEmpty()) {
        p.r.addProblem(listPath, PolicyJson::tr("needs at least one step"));
        return;
    }
    int previous = 0;
    for (qsizetype i = 0; i < schedule->size(); ++i) {
        const auto step = p.r.objectAt(*schedule, listPath, i);
        if (!step)
            continue;
        const QString path = JsonReader::index(listPath, i);
        GradualExitStep s;
        s.fromMonth = int(p.positive(*step, path, "from_month", 1));
        s.pct = p.count(*step, path, "pct", 100);
        if (i == 0 && s.fromMonth != 1)
            p.r.addProblem(JsonReader::join(path, QStringLiteral("from_month")),
                           PolicyJson::tr("the schedule must start at month 1"));
        else if (i > 0 && s.fromMonth <= previous)
            p.r.addProblem(JsonReader::join(path, QStringLiteral("from_month")),
                           PolicyJson::tr("must come after month %1 of the step before").arg(previous));
        if (s.pct > 100)
            p.r.addProblem(JsonReader::join(path, QStringLiteral("pct")),
                           PolicyJson::tr("must be 0 to 100, not %1").arg(s.pct));
        previous = s.fromMonth;
        policy.gradualExit.schedule.append(s);
    }
}

void readReserveFund(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    const auto fund = p.r.object(o, QString(), QStringLiteral("reserve_fund"), false);
    if (!fund)
        return;
    const QString base = QStringLiteral("reserve_fund");
    Policy::ReserveFund& limits = policy.reserveFund;
    // Each key is optional: what the section leaves out keeps its default.
    const auto read = [&](const char* key, int* value, bool mustBePositive) {
        const auto n = p.r.nonNegative(*fund, base, QLatin1String(key), false);
        if (n && mustBePositive && *n == 0)
            p.r.addProblem(JsonReader::join(base, QLatin1String(key)), PolicyJson::tr("must be greater than zero"));
        else if (n)
            *value = int(*n);
    };
    read("township_limit_standards", &limits.townshipLimitStandards, true);
    read("cap_standards", &limits.capStandards, true);
    read("paperwork_working_days", &limits.paperworkWorkingDays, false);
    read("low_balance_pct", &limits.lowBalancePct, false);
    if (limits.capStandards < limits.townshipLimitStandards)
        p.r.addProblem(
            JsonReader::join(base, QStringLiteral("cap_standards")),
            PolicyJson::tr("must not be below township_limit_standards (%1)").arg(limits.townshipLimitStandards));
    if (limits.lowBalancePct > 100)
        p.r.addProblem(JsonReader::join(base, QStringLiteral("low_balance_pct")),
                       PolicyJson::tr("must be 0 to 100, not %1").arg(limits.lowBalancePct));
}

// A disability grade, 1 (the most severe) to 4.
bool isGrade(qint64 grade)
{
    return grade >= 1 && grade <= 4;
}

// {"1": fen, "2": fen, …}: the monthly amount of each disability grade the program pays.
QMap<int, qint64> readByGrade(PolicyReader& p, const QJsonObject& o, const QString& base, const char* key)
{
    QMap<int, qint64> out;
    const auto grades = p.object(o, base, key);
    if (!grades)
        return out;
    const QString path = JsonReader::join(base, QLatin1String(key));
    for (auto it = grades->constBegin(); it != grades->constEnd(); ++it) {
        bool ok = false;
        const int grade = it.key().toInt(&ok);
        if (!ok || !isGrade(grade)) {
            p.r.addProblem(JsonReader::join(path, SafeQuote::of(it.key())), PolicyJson::tr("a grade is 1 to 4"));
            continue;
        }
        if (const auto fen = p.r.nonNegative(*grades, path, it.key(), true))
            out.insert(grade, *fen);
    }
    return out;
}

QList<int> readGrades(PolicyReader& p, const QJsonObject& o, const QString& base, const char* key)
{
    QList<int> out;
    const auto list = p.r.array(o, base, QLatin1String(key), true);
    if (!list)
        return out;
    const QString path = JsonReader::join(base, QLatin1String(key));
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue v = list->at(i);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || !isGrade(v.toInteger()))
            p.r.addProblem(JsonReader::index(path, i), PolicyJson::tr("a grade is a whole number 1 to 4"));
        else
            out.append(int(v.toInteger()));
    }
    return out;
}

// Who a program covers: words out of `allowed`.
QStringList readCovered(PolicyReader& p, const QJsonObject& o, const QString& base, const QStringList& allowed)
{
    const QStringList covered = p.words(o, base, "covered");
    for (qsizetype i = 0; i < covered.size(); ++i) {
        if (!allowed.contains(covered[i]))
            p.r.addProblem(JsonReader::index(JsonReader::join(base, QStringLiteral("covered")), i),
                           PolicyJson::tr("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    }
    return covered;
}

bool readFlag(PolicyReader& p, const QJsonObject& o, const QString& base, const char* key, bool fallback)
{
    return p.r.boolean(o, base, QLatin1String(key), false).value_or(fallback);
}

void readOrphanAllowance(PolicyReader& p, const QJsonObject& programs, ProgramsPolicy& out)
{
    const auto o = p.r.object(programs, QStringLiteral("programs"), QStringLiteral("orphan_allowance"), false);
    if (!o)
        return;
    const QString base = QStringLiteral("programs.orphan_allowance");
    ProgramsPolicy::OrphanAllowance a;
    if (const auto monthly = p.object(*o, base, "monthly_fen")) {
        const QString path = base + QStringLiteral(".monthly_fen");
        a.familyFen = p.amount(*monthly, path, "family");
        a.institutionFen = p.amount(*monthly, path, "institution");
    }
    if (const auto setting = p.r.string(*o, base, QStringLiteral("de_facto_setting"), false)) {
        if (const auto s = Vocabulary::careSettingFromCode(*setting))
            a.deFactoSetting = *s;
        else
            p.r.addProblem(base + QStringLiteral(".de_facto_setting"), PolicyJson::tr("must be family or institution"));
    }
    if (const auto with = p.r.string(*o, base, QStringLiteral("with_dibao"), false)) {
        using W = ProgramsPolicy::OrphanAllowance::WithDibao;
        if (*with == QLatin1String("full"))
            a.withDibao = W::Full;
        else if (*with == QLatin1String("difference"))
            a.withDibao = W::Difference;
        else if (*with == QLatin1String("excluded"))
            a.withDibao = W::Excluded;
        else
            p.r.addProblem(base + QStringLiteral(".with_dibao"),
                           PolicyJson::tr("must be full, difference or excluded"));
    }
    out.orphanAllowance = a;
}

void readDisabilityPrograms(PolicyReader& p, const QJsonObject& programs, ProgramsPolicy& out)
{
    const QString section = QStringLiteral("programs");
    if (const auto o = p.r.object(programs, section, QStringLiteral("disability_living"), false)) {
        const QString base = QStringLiteral("programs.disability_living");
        ProgramsPolicy::DisabilityLiving d;
        d.monthlyFenByGrade = readByGrade(p, *o, base, "monthly_fen_by_grade");
        d.covered = readCovered(p, *o, base, {QStringLiteral("dibao"), QStringLiteral("low_income")});
        d.excludeTekun = readFlag(p, *o, base, "exclude_tekun", true);
        out.disabilityLiving = d;
    }
    if (const auto o = p.r.object(programs, section, QStringLiteral("disability_care"), false)) {
        const QString base = QStringLiteral("programs.disability_care");
        ProgramsPolicy::DisabilityCare d;
        d.monthlyFenByGrade = readByGrade(p, *o, base, "monthly_fen_by_grade");
        d.grades = readGrades(p, *o, base, "grades");
        d.gradesIntellectualMental = readGrades(p, *o, base, "grades_intellectual_mental");
        if (const auto adl = p.r.nonNegative(*o, base, QStringLiteral("min_adl_failed"), false)) {
            if (*adl > 6)
                p.r.addProblem(base + QStringLiteral(".min_adl_failed"),
                               PolicyJson::tr("must be 0 to 6, not %1").arg(*adl));
            else
                d.minAdlFailed = int(*adl);
        }
        d.excludeTekunCare = readFlag(p, *o, base, "exclude_tekun_care", true);
        out.disabilityCare = d;
    }
}

void readOneOffPrograms(PolicyReader& p, const QJsonObject& programs, ProgramsPolicy& out)
{
    const QString section = QStringLiteral("programs");
    const QStringList covers = {QStringLiteral("dibao"), QStringLiteral("tekun"), QStringLiteral("orphan")};
    if (const auto o = p.r.object(programs, section, QStringLiteral("funeral_waiver"), false)) {
        const QString base = QStringLiteral("programs.funeral_waiver");
        ProgramsPolicy::FuneralWaiver f;
        f.amountFen = p.amount(*o, base, "amount_fen");
        f.covered = readCovered(p, *o, base, covers);
        out.funeralWaiver = f;
    }
    if (const auto o = p.r.object(programs, section, QStringLiteral("price_subsidy"), false)) {
        const QString base = QStringLiteral("programs.price_subsidy");
        ProgramsPolicy::PriceSubsidy s;
        s.cpiTriggerPermille = int(p.positive(*o, base, "cpi_trigger_permille", 1));
        s.foodCpiTriggerPermille = int(p.positive(*o, base, "food_cpi_trigger_permille", 1));
        if (const auto amount = p.r.string(*o, base, QStringLiteral("amount"), true)) {
            if (*amount == QLatin1String("fixed"))
                s.fixedAmount = true;
            else if (*amount != QLatin1String("standard_times_cpi"))
                p.r.addProblem(base + QStringLiteral(".amount"), PolicyJson::tr("must be standard_times_cpi or fixed"));
        }
        s.fixedFen = p.r.nonNegative(*o, base, QStringLiteral("fixed_fen"), s.fixedAmount).value_or(0);
        s.covered = readCovered(p, *o, base, covers);
        out.priceSubsidy = s;
    }
}

// The programs beyond the dibao (spec/programs.md §4); a policy without the section pays none.
void readPrograms(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    const auto programs = p.r.object(o, QString(), QStringLiteral("programs"), false);
    if (!programs)
        return;
    readOrphanAllowance(p, *programs, policy.programs);
    readDisabilityPrograms(p, *programs, policy.programs);
    readOneOffPrograms(p, *programs, policy.programs);
    if (const auto care = p.r.object(*programs, QStringLiteral("programs"), QStringLiteral("care_visits"), false)) {
        const QString base = QStringLiteral("programs.care_visits");
        ProgramsPolicy::CareVisits& c = policy.programs.careVisits;
        c.elderlyAloneAge = int(p.positive(*care, base, "elderly_alone_age", c.elderlyAloneAge));
        c.elderlyAloneEveryMonths =
            int(p.positive(*care, base, "elderly_alone_every_months", c.elderlyAloneEveryMonths));
        c.highRiskEveryMonths = int(p.positive(*care, base, "high_risk_every_months", c.highRiskEveryMonths));
        c.othersEveryMonths = int(p.positive(*care, base, "others_every_months", c.othersEveryMonths));
    }
}

void readIndicator(PolicyReader& p, const QJsonObject& item, const QString& path, Policy& policy)
{
    ScoringIndicator indicator;
    indicator.id = p.r.string(item, path, QStringLiteral("id"), true).value_or(QString());
    indicator.measure = p.r.string(item, path, QStringLiteral("measure"), true).value_or(QString());
    if (!indicator.measure.isEmpty() && !PolicyJson::measures().contains(indicator.measure))
        p.r.addProblem(JsonReader::join(path, QStringLiteral("measure")),
                       PolicyJson::tr("unknown measure “%1”; known: %2")
                           .arg(SafeQuote::of(indicator.measure), PolicyJson::measures().join(QStringLiteral(", "))));
    indicator.op = p.r.string(item, path, QStringLiteral("op"), true).value_or(QString());
    if (indicator.op == QLatin1String("direct")) {
        indicator.max = int(p.r.integer(item, path, QStringLiteral("max"), true).value_or(0));
    } else if (indicator.op == QLatin1String("le") || indicator.op == QLatin1String("ge")) {
        indicator.elsePoints = int(p.r.integer(item, path, QStringLiteral("else"), false).value_or(0));
        const auto bands = p.r.array(item, path, QStringLiteral("bands"), true);
        const QString bandsPath = JsonReader::join(path, QStringLiteral("bands"));
        for (qsizetype b = 0; bands && b < bands->size(); ++b) {
            const QJsonArray pair = bands->at(b).toArray();
            if (!bands->at(b).isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
                p.r.addProblem(JsonReader::index(bandsPath, b),
                               PolicyJson::tr("must be a pair of whole numbers [threshold, points]"));
                continue;
            }
            indicator.bands.append({pair.at(0).toInteger(), int(pair.at(1).toInteger())});
        }
    } else if (!indicator.op.isEmpty()) {
        p.r.addProblem(JsonReader::join(path, QStringLiteral("op")),
                       PolicyJson::tr("unknown op “%1”; known: le, ge, direct").arg(SafeQuote::of(indicator.op)));
    }
    policy.scoring.indicators.append(indicator);
}

void readScoring(PolicyReader& p, const QJsonObject& o, Policy& policy)
{
    const auto scoring = p.object(o, QString(), "scoring");
    if (!scoring)
        return;
    const QString base = QStringLiteral("scoring");
    policy.scoring.version = p.r.string(*scoring, base, QStringLiteral("version"), true).value_or(QString());
    if (const auto indicators = p.r.array(*scoring, base, QStringLiteral("indicators"), true)) {
        const QString listPath = QStringLiteral("scoring.indicators");
        for (qsizetype i = 0; i < indicators->size(); ++i) {
            if (const auto item = p.r.objectAt(*indicators, listPath, i))
                readIndicator(p, *item, JsonReader::index(listPath, i), policy);
        }
    }
    if (const auto tiers = p.r.array(*scoring, base, QStringLiteral("tiers"), true)) {
        const QString listPath = QStringLiteral("scoring.tiers");
        bool everyScoreHasATier = false;
        for (qsizetype i = 0; i < tiers->size(); ++i) {
            const auto item = p.r.objectAt(*tiers, listPath, i);
            if (!item)
                continue;
            const QString path = JsonReader::index(listPath, i);
            ScoringTier tier;
            tier.min = int(p.r.integer(*item, path, QStringLiteral("min"), true).value_or(0));
            tier.tier = p.r.string(*item, path, QStringLiteral("tier"), true).value_or(QString());
            everyScoreHasATier = everyScoreHasATier || tier.min <= 0;
            policy.scoring.tiers.append(tier);
        }
        if (!everyScoreHasATier)
            p.r.addProblem(listPath, PolicyJson::tr("needs a tier with min 0 or less, so that every score has a tier"));
    }
}

} // namespace

const QStringList& PolicyJson::measures()
{
    static const QStringList known = {QStringLiteral("income_ratio_pct"),  QStringLiteral("financial_months"),
                                      QStringLiteral("residences"),        QStringLiteral("dependant_ratio_pct"),
                                      QStringLiteral("special_structure"), QStringLiteral("health_points"),
                                      QStringLiteral("able_workers"),      QStringLiteral("rigid_ratio_pct")};
    return known;
}

Result<Policy> PolicyJson::fromJson(const QJsonObject& o)
{
    PolicyReader p;
    Policy policy;
    policy.source = o;
    if (const auto format = p.r.string(o, QString(), QStringLiteral("format"), true); format && *format != kFormat)
        p.r.addProblem(QStringLiteral("format"), tr("must be %1").arg(kFormat));
    policy.id = p.r.string(o, QString(), QStringLiteral("id"), true).value_or(QString());
    if (policy.id.trimmed().isEmpty() && o.contains(QStringLiteral("id")))
        p.r.addProblem(QStringLiteral("id"), tr("is empty"));
    policy.title = p.r.string(o, QString(), QStringLiteral("title"), false).value_or(QString());
    policy.document = p.r.string(o, QString(), QStringLiteral("document"), false).value_or(QString());
    policy.region = p.r.string(o, QString(), QStringLiteral("region"), false).value_or(QString());
    if (const auto from = p.r.string(o, QString(), QStringLiteral("effective_from"), true)) {
        policy.effectiveFrom = QDate::fromString(*from, Qt::ISODate);
        if (!policy.effectiveFrom.isValid() || from->size() != 10)
            p.r.addProblem(QStringLiteral("effective_from"), tr("must be a real date written YYYY-MM-DD"));
    }
    p.byResidence(o, "dibao_standard_fen", &policy.standardRuralFen, &policy.standardUrbanFen, true);
    policy.minGapPerPersonFen = p.amount(o, QString(), "min_gap_per_person_fen");
    policy.lowIncomeMultiplierPct = int(p.positive(o, QString(), "low_income_multiplier_pct", 200));
    p.byResidence(o, "prev_year_disposable_income_fen", &policy.prevYearDisposableRuralFen,
                  &policy.prevYearDisposableUrbanFen, false);
    readIncrements(p, o, policy);
    readTekun(p, o, policy);
    readProperty(p, o, policy);
    readGradualExit(p, o, policy);
    readScoring(p, o, policy);
    readReserveFund(p, o, policy);
    readPrograms(p, o, policy);
    if (p.r.hasProblems())
        return p.r.error();
    return policy;
}

Result<Policy> PolicyJson::read(const QByteArray& json)
{
    const auto doc = JsonReader::parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::invalid(QString(), tr("a policy must be a JSON object"));
    return fromJson(doc->object());
}

} // namespace Doudi
