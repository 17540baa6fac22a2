#pragma once

#include <QDate>
#include <QString>

namespace Doudi {

// Dates as a clerk reads them: 2025年3月1日 in Chinese, 1 March 2025 in English, through the
// default QLocale (QLocale's long format adds a weekday that forms and rosters do not want).
class DisplayFormat final
{
public:
    static QString date(const QDate& date);
    static QString month(const QDate& firstDay); // 2025年3月
    // A permille as the bureau publishes a rate: 41 is 4.1%, -3 is -0.3%. Exact, no floating point.
    static QString permilleAsPercent(int permille);

private:
    DisplayFormat() = delete;
};

} // namespace Doudi
