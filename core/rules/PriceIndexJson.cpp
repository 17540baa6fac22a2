#include "PriceIndexJson.h"

#include "domain/JsonReader.h"
#include "rules/Evaluator.h"

namespace Doudi {

namespace {
// A year-on-year change beyond ±100 % is a typing error (4.1 % written 410), not a price index.
constexpr qint64 kLargestPermille = 1000;
} // namespace

Result<PriceIndex> PriceIndexJson::fromJson(const QJsonObject& o)
{
    JsonReader r;
    PriceIndex index;
    if (const auto month = r.string(o, QString(), QStringLiteral("month"), true)) {
        if (month->size() != 7 || !Evaluator::firstDayOfMonth(*month).isValid())
            r.addProblem(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
        else
            index.month = *month;
    }
    const auto permille = [&](const QString& key, int* value) {
        const auto n = r.integer(o, QString(), key, true);
        if (!n)
            return;
        if (*n < -kLargestPermille || *n > kLargestPermille)
            r.addProblem(key, tr("must be a change in permille, −1000 to 1000, not %1").arg(*n));
        else
            *value = int(*n);
    };
    permille(QStringLiteral("cpi_yoy_permille"), &index.cpiYoyPermille);
    permille(QStringLiteral("food_cpi_yoy_permille"), &index.foodCpiYoyPermille);
    if (r.hasProblems())
        return r.error();
    return index;
}

Result<PriceIndex> PriceIndexJson::read(const QByteArray& json)
{
    const auto doc = JsonReader::parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::invalid(QString(), tr("a price index must be a JSON object"));
    return fromJson(doc->object());
}

QJsonObject PriceIndexJson::toJson(const PriceIndex& index)
{
    return {{QStringLiteral("month"), index.month},
            {QStringLiteral("cpi_yoy_permille"), index.cpiYoyPermille},
            {QStringLiteral("food_cpi_yoy_permille"), index.foodCpiYoyPermille}};
}

} // namespace Doudi
