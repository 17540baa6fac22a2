#include "WorkCalendar.h"

#include "domain/JsonReader.h"
#include "domain/SafeQuote.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace Doudi {

Result<WorkCalendar::Year> WorkCalendar::readYear(const QByteArray& json)
{
    const auto doc = JsonReader::parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::invalid(QString(), tr("a calendar must be a JSON object"));
    const QJsonObject o = doc->object();
    JsonReader r;
    Year y;
    y.year = int(r.integer(o, QString(), QStringLiteral("year"), true).value_or(0));
    if (o.contains(QStringLiteral("year")) && (y.year < 2000 || y.year > 2100))
        r.addProblem(QStringLiteral("year"), tr("must be a year such as 2025"));
    const auto readDays = [&](const char* key, QList<QDate>* out) {
        const QString name = QLatin1String(key);
        const auto list = r.stringList(o, QString(), name, true);
        if (!list)
            return;
        QHash<QDate, qsizetype> seen;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QDate day = QDate::fromString(list->at(i), Qt::ISODate);
            const QString path = JsonReader::index(name, i);
            if (day.isValid() && seen.contains(day))
                r.addProblem(
                    path,
                    tr("%1 is listed twice (also at %2)").arg(list->at(i), JsonReader::index(name, seen.value(day))));
            else if (!day.isValid() || list->at(i).size() != 10)
                r.addProblem(path, tr("“%1” is not a date written YYYY-MM-DD").arg(SafeQuote::of(list->at(i))));
            else if (y.year != 0 && day.year() != y.year)
                r.addProblem(path, tr("%1 is not in %2").arg(SafeQuote::of(list->at(i))).arg(y.year));
            else
                out->append(day);
            if (!seen.contains(day))
                seen.insert(day, i);
        }
    };
    readDays("holidays", &y.holidays);
    readDays("workdays", &y.workdays);
    for (qsizetype i = 0; i < y.workdays.size(); ++i) {
        if (y.holidays.contains(y.workdays[i]))
            r.addProblem(JsonReader::index(QStringLiteral("workdays"), i), tr("is a holiday too"));
    }
    if (r.hasProblems())
        return r.error();
    return y;
}

const QList<WorkCalendar::Year>& WorkCalendar::builtInYears()
{
    static const QList<Year> years = [] {
        QList<Year> out;
        for (int y = 2020; y <= 2026; ++y) {
            QFile file(QStringLiteral(":/calendars/%1.json").arg(y));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (const auto year = readYear(file.readAll()))
                out.append(*year);
        }
        return out;
    }();
    return years;
}

WorkCalendar WorkCalendar::builtIn()
{
    WorkCalendar calendar;
    for (const Year& y : builtInYears())
        calendar.add(y);
    return calendar;
}

QList<int> WorkCalendar::years() const
{
    QList<int> out(m_years.cbegin(), m_years.cend());
    std::sort(out.begin(), out.end());
    return out;
}

bool WorkCalendar::isEstimated(const QDate& from, const QDate& to) const
{
    for (int y = from.year(); y <= to.year(); ++y) {
        if (!m_years.contains(y))
            return true;
    }
    return false;
}

void WorkCalendar::add(const Year& year)
{
    m_added.clear();
    m_years.insert(year.year);
    m_holidays.removeIf([&year](const QDate& d) { return d.year() == year.year; });
    m_workdays.removeIf([&year](const QDate& d) { return d.year() == year.year; });
    for (const QDate& d : year.holidays)
        m_holidays.insert(d);
    for (const QDate& d : year.workdays)
        m_workdays.insert(d);
}

bool WorkCalendar::isWorkingDay(const QDate& day) const
{
    if (m_workdays.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int count) const
{
    const QPair<qint64, int> key{from.toJulianDay(), count};
    if (const auto known = m_added.constFind(key); known != m_added.cend())
        return *known;
    QDate day = from;
    for (int found = 0; found < count;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++found;
    }
    m_added.insert(key, day);
    return day;
}

} // namespace Doudi
