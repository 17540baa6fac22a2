#include "DateText.h"

namespace Doudi::DateText {

namespace {
int number(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - '0');
    return value;
}

bool digits(QStringView text, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (text[i] < QLatin1Char('0') || text[i] > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

QDate fromDigits(QStringView yyyymmdd)
{
    return QDate(number(yyyymmdd, 0, 4), number(yyyymmdd, 4, 2), number(yyyymmdd, 6, 2));
}

QDate fromIso(QStringView text)
{
    if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-') && digits(text, 0, 4) &&
        digits(text, 5, 2) && digits(text, 8, 2))
        return QDate(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace Doudi::DateText
