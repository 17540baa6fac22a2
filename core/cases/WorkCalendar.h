#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

namespace Doudi {

// Working days as the State Council's holiday notice makes them each year: Monday to Friday,
// except the holidays, plus the weekend days worked instead (调休). Statutory time limits count
// in these days.
class WorkCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::WorkCalendar)

public:
    // One year's notice, as `calendar import` reads it:
    // {"year": 2025, "holidays": ["2025-10-01", …], "workdays": ["2025-09-28", "2025-10-11"]}.
    struct Year
    {
        int year = 0;
        QList<QDate> holidays;
        QList<QDate> workdays;
    };
    static Result<Year> readYear(const QByteArray& json);
    // The State Council's notices built into Doudi (resources/calendars), oldest first.
    static const QList<Year>& builtInYears();
    // A calendar of the built-in years only.
    static WorkCalendar builtIn();

    // Adds a year, replacing what was known of it before (a newer notice, the city's).
    void add(const Year& year);
    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    // Whether counting from `from` to `to` crosses a year with no calendar (weekdays only there).
    bool isEstimated(const QDate& from, const QDate& to) const;
    bool isWorkingDay(const QDate& day) const;
    // The day `count` working days after `from` (from itself not counted).
    QDate addWorkingDays(const QDate& from, int count) const;

private:
    QSet<int> m_years;
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    // Many cases share their dates: the answers are remembered (a calendar is used on one thread).
    mutable QHash<QPair<qint64, int>, QDate> m_added;
};

} // namespace Doudi
