#include "DeterminationJson.h"

#include "domain/CompactJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Doudi {

namespace {
constexpr Classification kAll[] = {Classification::Tekun,
                                   Classification::Dibao,
                                   Classification::DibaoGradualExit,
                                   Classification::DibaoSinglePerson,
                                   Classification::LowIncome,
                                   Classification::ExpenditureType,
                                   Classification::NotEligible};
}

QString DeterminationJson::classificationCode(Classification c)
{
    switch (c) {
    case Classification::Tekun:
        return QStringLiteral("tekun");
    case Classification::Dibao:
        return QStringLiteral("dibao");
    case Classification::DibaoGradualExit:
        return QStringLiteral("dibao_gradual_exit");
    case Classification::DibaoSinglePerson:
        return QStringLiteral("dibao_single_person");
    case Classification::LowIncome:
        return QStringLiteral("low_income");
    case Classification::ExpenditureType:
        return QStringLiteral("expenditure_type");
    case Classification::NotEligible:
        break;
    }
    return QStringLiteral("not_eligible");
}

std::optional<Classification> DeterminationJson::classificationFromCode(const QString& code)
{
    for (Classification c : kAll) {
        if (classificationCode(c) == code)
            return c;
    }
    return std::nullopt;
}

QString DeterminationJson::classificationLabel(Classification c)
{
    switch (c) {
    case Classification::Tekun:
        return tr("Extreme poverty support");
    case Classification::Dibao:
        return tr("Dibao");
    case Classification::DibaoGradualExit:
        return tr("Dibao, gradual exit");
    case Classification::DibaoSinglePerson:
        return tr("Dibao for a single person");
    case Classification::LowIncome:
        return tr("Low-income household");
    case Classification::ExpenditureType:
        return tr("Expenditure-type hardship");
    case Classification::NotEligible:
        break;
    }
    return tr("Not eligible");
}

QString DeterminationJson::categoryLabel(const QString& code)
{
    if (code == QLatin1String("serious_illness"))
        return tr("Seriously ill");
    if (code == QLatin1String("severe_disability"))
        return tr("Severely disabled");
    if (code == QLatin1String("elderly"))
        return tr("Elderly");
    if (code == QLatin1String("minor"))
        return tr("Minor");
    return code;
}

QString DeterminationJson::indicatorLabel(const QString& id)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("income_ratio"), QT_TR_NOOP("Income against the line (%)")},
        {QStringLiteral("financial_assets"), QT_TR_NOOP("Financial assets (months of the standard)")},
        {QStringLiteral("housing"), QT_TR_NOOP("Residences")},
        {QStringLiteral("dependants"), QT_TR_NOOP("Dependants (%)")},
        {QStringLiteral("special_structure"), QT_TR_NOOP("Special family structure")},
        {QStringLiteral("health"), QT_TR_NOOP("Health")},
        {QStringLiteral("labour"), QT_TR_NOOP("Able workers")},
        {QStringLiteral("rigid_expenditure"), QT_TR_NOOP("Rigid expenditure against income (%)")},
    };
    const auto it = labels.constFind(id);
    return it == labels.cend() ? id : tr(it.value());
}

QJsonObject DeterminationJson::toJson(const Determination& d, bool withTrace)
{
    QJsonArray members;
    for (const MemberBenefit& m : d.members)
        members.append(QJsonObject{{QStringLiteral("index"), m.index},
                                   {QStringLiteral("categories"), QJsonArray::fromStringList(m.categories)},
                                   {QStringLiteral("increment_pct"), m.incrementPct},
                                   {QStringLiteral("single_person_fen"), m.singlePersonFen}});
    QJsonArray items;
    for (const ScoreItem& i : d.score.items)
        items.append(QJsonObject{
            {QStringLiteral("id"), i.id}, {QStringLiteral("value"), i.value}, {QStringLiteral("points"), i.points}});

    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("policy_id"), d.policyId},
        {QStringLiteral("month"), d.month},
        {QStringLiteral("classification"), classificationCode(d.classification)},
        {QStringLiteral("household_size"), d.householdSize},
        {QStringLiteral("standard_fen"), d.standardFen},
        {QStringLiteral("counted_income_annual_fen"), d.countedIncomeAnnualFen},
        {QStringLiteral("assessed_income_annual_fen"), d.assessedIncomeAnnualFen},
        {QStringLiteral("per_capita_monthly_income_fen"), d.perCapitaMonthlyIncomeFen},
        {QStringLiteral("low_income"), d.lowIncome},
        {QStringLiteral("property_ok"), d.propertyOk},
        {QStringLiteral("via_expenditure_deduction"), d.viaExpenditureDeduction},
        {QStringLiteral("benefit"), QJsonObject{{QStringLiteral("base_fen"), d.baseFen},
                                                {QStringLiteral("increments_fen"), d.incrementsFen},
                                                {QStringLiteral("care_fen"), d.careFen},
                                                {QStringLiteral("total_fen"), d.totalFen},
                                                {QStringLiteral("members"), members}}},
        {QStringLiteral("gradual_exit"),
         d.gradualExit ? QJsonValue(QJsonObject{{QStringLiteral("months_total"), d.gradualExit->monthsTotal},
                                                {QStringLiteral("month_index"), d.gradualExit->monthIndex},
                                                {QStringLiteral("pct"), d.gradualExit->pct},
                                                {QStringLiteral("start"), d.gradualExit->start}})
                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("score"), QJsonObject{{QStringLiteral("version"), d.score.version},
                                              {QStringLiteral("total"), d.score.total},
                                              {QStringLiteral("tier"), d.score.tier},
                                              {QStringLiteral("inconsistent"), d.score.inconsistent},
                                              {QStringLiteral("items"), items}}},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)},
    };
    if (withTrace) {
        QJsonArray trace;
        for (const TraceLine& t : d.trace)
            trace.append(QJsonObject{{QStringLiteral("rule"), t.rule}, {QStringLiteral("text"), t.text}});
        o.insert(QStringLiteral("trace"), trace);
    }
    return o;
}

QByteArray DeterminationJson::compact(const Determination& d)
{
    CompactJsonWriter w;
    w.raw("{");
    w.key("format").string(kFormat);
    w.key("policy_id").string(d.policyId);
    w.key("month").string(d.month);
    w.key("classification").string(classificationCode(d.classification));
    w.key("household_size").number(d.householdSize);
    w.key("standard_fen").number(d.standardFen);
    w.key("counted_income_annual_fen").number(d.countedIncomeAnnualFen);
    w.key("assessed_income_annual_fen").number(d.assessedIncomeAnnualFen);
    w.key("per_capita_monthly_income_fen").number(d.perCapitaMonthlyIncomeFen);
    w.key("low_income").boolean(d.lowIncome);
    w.key("property_ok").boolean(d.propertyOk);
    w.key("via_expenditure_deduction").boolean(d.viaExpenditureDeduction);
    w.key("benefit").raw("{");
    w.key("base_fen").number(d.baseFen);
    w.key("increments_fen").number(d.incrementsFen);
    w.key("care_fen").number(d.careFen);
    w.key("total_fen").number(d.totalFen);
    w.key("members").raw("[");
    for (qsizetype i = 0; i < d.members.size(); ++i) {
        const MemberBenefit& m = d.members[i];
        w.next(i == 0).raw("{");
        w.key("index").number(m.index);
        w.key("categories").strings(m.categories);
        w.key("increment_pct").number(m.incrementPct);
        w.key("single_person_fen").number(m.singlePersonFen);
        w.raw("}");
    }
    w.raw("]}");
    w.key("gradual_exit");
    if (d.gradualExit) {
        w.raw("{");
        w.key("months_total").number(d.gradualExit->monthsTotal);
        w.key("month_index").number(d.gradualExit->monthIndex);
        w.key("pct").number(d.gradualExit->pct);
        w.key("start").string(d.gradualExit->start);
        w.raw("}");
    } else {
        w.raw("null");
    }
    w.key("score").raw("{");
    w.key("version").string(d.score.version);
    w.key("total").number(d.score.total);
    w.key("tier").string(d.score.tier);
    w.key("inconsistent").boolean(d.score.inconsistent);
    w.key("items").raw("[");
    for (qsizetype i = 0; i < d.score.items.size(); ++i) {
        const ScoreItem& item = d.score.items[i];
        w.next(i == 0).raw("{");
        w.key("id").string(item.id);
        w.key("value").number(item.value);
        w.key("points").number(item.points);
        w.raw("}");
    }
    w.raw("]}");
    w.key("reasons").strings(d.reasons);
    w.key("trace").raw("[");
    for (qsizetype i = 0; i < d.trace.size(); ++i) {
        w.next(i == 0).raw("{");
        w.key("rule").string(d.trace[i].rule);
        w.key("text").string(d.trace[i].text);
        w.raw("}");
    }
    w.raw("]}");
    return std::move(w.out);
}

QByteArray DeterminationJson::write(const Determination& d, bool withTrace)
{
    return QJsonDocument(toJson(d, withTrace)).toJson(QJsonDocument::Indented);
}

Result<Determination> DeterminationJson::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return Error::invalid(QStringLiteral("format"), tr("must be %1").arg(kFormat));
    Determination d;
    d.policyId = o.value(QStringLiteral("policy_id")).toString();
    d.month = o.value(QStringLiteral("month")).toString();
    const auto c = classificationFromCode(o.value(QStringLiteral("classification")).toString());
    if (!c)
        return Error::invalid(QStringLiteral("classification"), tr("is not a known classification"));
    d.classification = *c;
    d.householdSize = o.value(QStringLiteral("household_size")).toInt();
    d.standardFen = o.value(QStringLiteral("standard_fen")).toInteger();
    d.countedIncomeAnnualFen = o.value(QStringLiteral("counted_income_annual_fen")).toInteger();
    d.assessedIncomeAnnualFen = o.value(QStringLiteral("assessed_income_annual_fen")).toInteger();
    d.perCapitaMonthlyIncomeFen = o.value(QStringLiteral("per_capita_monthly_income_fen")).toInteger();
    d.lowIncome = o.value(QStringLiteral("low_income")).toBool();
    d.propertyOk = o.value(QStringLiteral("property_ok")).toBool();
    d.viaExpenditureDeduction = o.value(QStringLiteral("via_expenditure_deduction")).toBool();
    const QJsonObject benefit = o.value(QStringLiteral("benefit")).toObject();
    d.baseFen = benefit.value(QStringLiteral("base_fen")).toInteger();
    d.incrementsFen = benefit.value(QStringLiteral("increments_fen")).toInteger();
    d.careFen = benefit.value(QStringLiteral("care_fen")).toInteger();
    d.totalFen = benefit.value(QStringLiteral("total_fen")).toInteger();
    for (const QJsonValue& v : benefit.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        QStringList categories;
        for (const QJsonValue& cat : m.value(QStringLiteral("categories")).toArray())
            categories.append(cat.toString());
        d.members.append({m.value(QStringLiteral("index")).toInt(), categories,
                          m.value(QStringLiteral("increment_pct")).toInt(),
                          m.value(QStringLiteral("single_person_fen")).toInteger()});
    }
    const QJsonObject exit = o.value(QStringLiteral("gradual_exit")).toObject();
    if (!exit.isEmpty())
        d.gradualExit = GradualExitProgress{
            exit.value(QStringLiteral("months_total")).toInt(), exit.value(QStringLiteral("month_index")).toInt(),
            exit.value(QStringLiteral("pct")).toInt(), exit.value(QStringLiteral("start")).toString()};
    const QJsonObject score = o.value(QStringLiteral("score")).toObject();
    d.score.version = score.value(QStringLiteral("version")).toString();
    d.score.total = score.value(QStringLiteral("total")).toInt();
    d.score.tier = score.value(QStringLiteral("tier")).toString();
    d.score.inconsistent = score.value(QStringLiteral("inconsistent")).toBool();
    for (const QJsonValue& v : score.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        d.score.items.append({i.value(QStringLiteral("id")).toString(), i.value(QStringLiteral("value")).toInteger(),
                              i.value(QStringLiteral("points")).toInt()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("reasons")).toArray())
        d.reasons.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("trace")).toArray())
        d.trace.append({v.toObject().value(QStringLiteral("rule")).toString(),
                        v.toObject().value(QStringLiteral("text")).toString()});
    return d;
}

} // namespace Doudi
