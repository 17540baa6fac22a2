#include "EntitlementsJson.h"

#include "domain/CompactJsonWriter.h"
#include "domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Doudi {

QJsonObject EntitlementsJson::toJson(const Entitlements& e, bool withTrace)
{
    QJsonArray items;
    for (const Entitlement& item : e.items)
        items.append(QJsonObject{{QStringLiteral("program"), item.program},
                                 {QStringLiteral("member"), item.member},
                                 {QStringLiteral("amount_fen"), item.amountFen},
                                 {QStringLiteral("one_off"), item.oneOff}});
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("policy_id"), e.policyId},
                  {QStringLiteral("month"), e.month},
                  {QStringLiteral("entitlements"), items},
                  {QStringLiteral("monthly_total_fen"), e.monthlyTotalFen},
                  {QStringLiteral("one_off_total_fen"), e.oneOffTotalFen},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)}};
    if (withTrace) {
        QJsonArray trace;
        for (const TraceLine& t : e.trace)
            trace.append(QJsonObject{{QStringLiteral("rule"), t.rule}, {QStringLiteral("text"), t.text}});
        o.insert(QStringLiteral("trace"), trace);
    }
    return o;
}

QByteArray EntitlementsJson::write(const Entitlements& e, bool withTrace)
{
    return QJsonDocument(toJson(e, withTrace)).toJson(QJsonDocument::Indented);
}

QByteArray EntitlementsJson::compact(const Entitlements& e)
{
    CompactJsonWriter w;
    w.raw("{");
    w.key("format").string(kFormat);
    w.key("policy_id").string(e.policyId);
    w.key("month").string(e.month);
    w.key("entitlements").raw("[");
    for (qsizetype i = 0; i < e.items.size(); ++i) {
        const Entitlement& item = e.items[i];
        w.next(i == 0).raw("{");
        w.key("program").string(item.program);
        w.key("member").number(item.member);
        w.key("amount_fen").number(item.amountFen);
        w.key("one_off").boolean(item.oneOff);
        w.raw("}");
    }
    w.raw("]");
    w.key("monthly_total_fen").number(e.monthlyTotalFen);
    w.key("one_off_total_fen").number(e.oneOffTotalFen);
    w.key("reasons").strings(e.reasons);
    w.key("trace").raw("[");
    for (qsizetype i = 0; i < e.trace.size(); ++i) {
        w.next(i == 0).raw("{");
        w.key("rule").string(e.trace[i].rule);
        w.key("text").string(e.trace[i].text);
        w.raw("}");
    }
    w.raw("]}");
    return std::move(w.out);
}

Result<Entitlements> EntitlementsJson::fromJson(const QJsonObject& o)
{
    JsonReader r;
    if (const auto format = r.string(o, QString(), QStringLiteral("format"), true); format && *format != kFormat)
        r.addProblem(QStringLiteral("format"), tr("must be %1").arg(kFormat));
    Entitlements e;
    e.policyId = r.string(o, QString(), QStringLiteral("policy_id"), true).value_or(QString());
    e.month = r.string(o, QString(), QStringLiteral("month"), true).value_or(QString());
    if (const auto items = r.array(o, QString(), QStringLiteral("entitlements"), true)) {
        for (qsizetype i = 0; i < items->size(); ++i) {
            const auto item = r.objectAt(*items, QStringLiteral("entitlements"), i);
            if (!item)
                continue;
            const QString path = JsonReader::index(QStringLiteral("entitlements"), i);
            Entitlement x;
            x.program = r.string(*item, path, QStringLiteral("program"), true).value_or(QString());
            x.member = int(r.nonNegative(*item, path, QStringLiteral("member"), true).value_or(0));
            x.amountFen = r.nonNegative(*item, path, QStringLiteral("amount_fen"), true).value_or(0);
            x.oneOff = r.boolean(*item, path, QStringLiteral("one_off"), true).value_or(false);
            (x.oneOff ? e.oneOffTotalFen : e.monthlyTotalFen) += x.amountFen;
            e.items.append(x);
        }
    }
    e.reasons = r.stringList(o, QString(), QStringLiteral("reasons"), false).value_or(QStringList());
    if (const auto trace = r.array(o, QString(), QStringLiteral("trace"), false)) {
        for (const QJsonValue& t : *trace)
            e.trace.append({t.toObject().value(QStringLiteral("rule")).toString(),
                            t.toObject().value(QStringLiteral("text")).toString()});
    }
    if (r.hasProblems())
        return r.error();
    return e;
}

} // namespace Doudi
