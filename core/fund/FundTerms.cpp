#include "FundTerms.h"

namespace Doudi {

QStringList FundTerms::kinds()
{
    return {QStringLiteral("quota"),   QStringLiteral("allocation"), QStringLiteral("replenishment"),
            QStringLiteral("payment"), QStringLiteral("reversal"),   QStringLiteral("carry_forward"),
            QStringLiteral("return")};
}

QStringList FundTerms::reasonTypes()
{
    return {QStringLiteral("emergency"), QStringLiteral("expenditure")};
}

QStringList FundTerms::methods()
{
    return {QStringLiteral("cash"), QStringLiteral("bank"), QStringLiteral("in_kind")};
}

QString FundTerms::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("quota"))
        return tr("Yearly quota");
    if (kind == QLatin1String("allocation"))
        return tr("Allocation from the city");
    if (kind == QLatin1String("replenishment"))
        return tr("Replenishment");
    if (kind == QLatin1String("payment"))
        return tr("Payment");
    if (kind == QLatin1String("reversal"))
        return tr("Reversal");
    if (kind == QLatin1String("carry_forward"))
        return tr("Carried forward");
    if (kind == QLatin1String("return"))
        return tr("Returned to the city");
    return kind;
}

QString FundTerms::reasonTypeLabel(const QString& reasonType)
{
    if (reasonType == QLatin1String("emergency"))
        return tr("Emergency (急难型)");
    if (reasonType == QLatin1String("expenditure"))
        return tr("Expenditure (支出型)");
    return reasonType;
}

QString FundTerms::methodLabel(const QString& method)
{
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("bank"))
        return tr("Bank transfer");
    if (method == QLatin1String("in_kind"))
        return tr("In kind");
    return method;
}

} // namespace Doudi
