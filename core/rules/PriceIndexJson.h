#pragma once

#include "Result.h"
#include "rules/PriceIndex.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Doudi {

// Reads and writes a price index: {"month": "2025-03", "cpi_yoy_permille": 41,
// "food_cpi_yoy_permille": 52}, naming the field of every problem.
class PriceIndexJson final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PriceIndexJson)

public:
    static Result<PriceIndex> read(const QByteArray& json);
    static Result<PriceIndex> fromJson(const QJsonObject& object);
    static QJsonObject toJson(const PriceIndex& index);

private:
    PriceIndexJson() = delete;
};

} // namespace Doudi
