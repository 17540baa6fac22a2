#include "DisplayFormat.h"

#include <QLocale>

namespace Doudi {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

QString DisplayFormat::date(const QDate& date)
{
    return QLocale().toString(date, chinese() ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMMM yyyy"));
}

QString DisplayFormat::month(const QDate& firstDay)
{
    return QLocale().toString(firstDay, chinese() ? QStringLiteral("yyyy年M月") : QStringLiteral("MMMM yyyy"));
}

QString DisplayFormat::permilleAsPercent(int permille)
{
    const int magnitude = permille < 0 ? -permille : permille;
    return QStringLiteral("%1%2.%3%")
        .arg(permille < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 10)
        .arg(magnitude % 10);
}

} // namespace Doudi
