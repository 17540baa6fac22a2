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

} // namespace Doudi
