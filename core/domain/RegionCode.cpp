#include "RegionCode.h"

namespace Doudi {

Result<RegionCode> RegionCode::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.size() != 6 && text.size() != 9 && text.size() != 12)
        return Error::invalid(QString(), tr("a region code has 6, 9 or 12 digits, not %1").arg(text.size()));
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return Error::invalid(QString(), tr("a region code has digits only"));
    }
    return RegionCode(text);
}

RegionCode::Level RegionCode::level() const
{
    switch (m_code.size()) {
    case 6:
        return Level::County;
    case 9:
        return Level::Township;
    default:
        return Level::Village;
    }
}

RegionCode RegionCode::parent() const
{
    switch (m_code.size()) {
    case 12:
        return RegionCode(m_code.left(9));
    case 9:
        return RegionCode(m_code.left(6));
    default:
        return {};
    }
}

} // namespace Doudi
