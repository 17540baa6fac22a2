#include "PolicyJson.h"

#include "domain/JsonReader.h"
#include "domain/SafeQuote.h"

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
