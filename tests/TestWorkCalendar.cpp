#include "cases/CaseRepository.h"
#include "cases/WorkCalendar.h"

#include <QTest>

using namespace Doudi;

// Working days across the 2025 National Day week and its 调休 weekend days.
class TestWorkCalendar final : public QObject
{
    Q_OBJECT

private:
    static WorkCalendar nationalDay()
    {
        const auto year = WorkCalendar::readYear(
            R"({"year": 2025, "holidays": ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07",
                                            "2025-10-08"],
                "workdays": ["2025-09-28", "2025-10-11"]})");
        WorkCalendar calendar;
        calendar.add(year.value());
        return calendar;
    }

private slots:
    void workingDays()
    {
        const WorkCalendar c = nationalDay();
        QVERIFY(c.isWorkingDay(QDate(2025, 9, 26)));   // Friday
        QVERIFY(c.isWorkingDay(QDate(2025, 9, 28)));   // a Sunday worked instead (调休)
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 1)));  // National Day
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 4)));  // Saturday of the holiday week
        QVERIFY(c.isWorkingDay(QDate(2025, 10, 11)));  // a Saturday worked instead
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 12))); // an ordinary Sunday
    }

    void addingWorkingDaysAcrossTheHolidayWeek()
    {
        const WorkCalendar c = nationalDay();
        // Accepted on Friday 26 September: the 28th (a worked Sunday), the 29th, the 30th.
        QCOMPARE(c.addWorkingDays(QDate(2025, 9, 26), 3), QDate(2025, 9, 30));
        // Accepted on Tuesday 30 September: the holiday week passes, then 9 and 10 October, 11th (Saturday).
        QCOMPARE(c.addWorkingDays(QDate(2025, 9, 30), 3), QDate(2025, 10, 11));
        // Ten working days from 29 September: the 30th, then 9, 10, 11 (Saturday), 13 … 17, 20 October.
        QCOMPARE(c.addWorkingDays(QDate(2025, 9, 29), 10), QDate(2025, 10, 20));
        // Without a calendar, only weekends.
        QCOMPARE(WorkCalendar().addWorkingDays(QDate(2025, 9, 26), 3), QDate(2025, 10, 1));
    }

    void deadlinesOfACase()
    {
        CaseRecord c;
        c.type = QStringLiteral("dibao_application");
        c.state = QStringLiteral("submitted");
        c.openedOn = QDate(2025, 9, 29);
        c.steps = {{1, QStringLiteral("start_investigation"), {}, {}, QDate(2025, 9, 30), {}, {}},
                   {2, QStringLiteral("publish_notice"), {}, {}, QDate(2025, 10, 9), {}, {}},
                   {3, QStringLiteral("submit"), {}, {}, QDate(2025, 10, 16), {}, {}}};
        const QList<CaseDeadline> d = CaseRepository::deadlines(c, nationalDay());
        QCOMPARE(d.size(), 4);
        QCOMPARE(d[0].step, QStringLiteral("start_investigation"));
        QCOMPARE(d[0].due, QDate(2025, 10, 10));
        QVERIFY(d[0].met);
        QCOMPARE(d[1].step, QStringLiteral("notice_end"));
        QCOMPARE(d[1].due, QDate(2025, 10, 16)); // 7 calendar days
        QCOMPARE(d[2].step, QStringLiteral("decision"));
        QCOMPARE(d[2].due, QDate(2025, 10, 30)); // 10 working days
        QVERIFY(!d[2].met);
        QVERIFY(d[2].overdueOn(QDate(2025, 10, 31)));
        QVERIFY(!d[2].overdueOn(QDate(2025, 10, 30)));
        QCOMPARE(d[3].step, QStringLiteral("overall"));
        QCOMPARE(d[3].due, nationalDay().addWorkingDays(QDate(2025, 9, 29), 30));
        c.delegated = true;
        QCOMPARE(CaseRepository::deadlines(c, nationalDay())[3].due,
                 nationalDay().addWorkingDays(QDate(2025, 9, 29), 20));
        c.extensionReason = QStringLiteral("特殊情况");
        QCOMPARE(CaseRepository::deadlines(c, nationalDay())[3].due,
                 nationalDay().addWorkingDays(QDate(2025, 9, 29), 45));
        c.type = QStringLiteral("tekun_application");
        QCOMPARE(CaseRepository::deadlines(c, nationalDay())[2].due,
                 nationalDay().addWorkingDays(QDate(2025, 10, 16), 15));
    }

    // The State Council's notices are built in: a deadline across New Year needs no import.
    void builtInCalendarsAcrossTheYear()
    {
        const WorkCalendar c = WorkCalendar::builtIn();
        for (int year = 2020; year <= 2026; ++year)
            QVERIFY(c.hasYear(year));
        QVERIFY(!c.hasYear(2027));
        QVERIFY(!c.isWorkingDay(QDate(2026, 1, 1)));  // New Year's Day
        QVERIFY(c.isWorkingDay(QDate(2026, 1, 4)));   // a Sunday worked instead (调休)
        QVERIFY(!c.isWorkingDay(QDate(2026, 2, 17))); // Spring Festival
        // A 低保 application accepted on 19 December 2025: 30 working days end on 2 February 2026
        // (weekdays only would give 30 January).
        CaseRecord dibao;
        dibao.type = QStringLiteral("dibao_application");
        dibao.state = QStringLiteral("investigating");
        dibao.openedOn = QDate(2025, 12, 19);
        const CaseDeadline overall = CaseRepository::deadlines(dibao, c).last();
        QCOMPARE(overall.step, QStringLiteral("overall"));
        QCOMPARE(overall.due, QDate(2026, 2, 2));
        QVERIFY(!overall.estimated);
        QCOMPARE(WorkCalendar().addWorkingDays(QDate(2025, 12, 19), 30), QDate(2026, 1, 30));
    }

    // A year with no calendar is counted on weekdays and says so, until its notice is imported.
    void deadlinesInAYearWithoutCalendarAreEstimated()
    {
        WorkCalendar c = WorkCalendar::builtIn();
        CaseRecord late;
        late.type = QStringLiteral("dibao_application");
        late.state = QStringLiteral("investigating");
        late.openedOn = QDate(2026, 12, 21);
        const QList<CaseDeadline> d = CaseRepository::deadlines(late, c);
        QVERIFY(!d.first().estimated); // three working days stay in 2026
        QVERIFY(d.last().estimated);   // thirty reach into 2027
        QVERIFY(c.isEstimated(QDate(2027, 3, 1), QDate(2027, 3, 5)));
        QVERIFY(!c.isEstimated(QDate(2026, 3, 1), QDate(2026, 3, 5)));
        c.add(WorkCalendar::readYear(R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": []})").value());
        const CaseDeadline known = CaseRepository::deadlines(late, c).last();
        QVERIFY(!known.estimated);
        QVERIFY(known.due > d.last().due); // New Year's Day 2027 is a holiday now
    }

    // A year's new notice replaces what was known of that year, including the built-in one.
    void anImportedYearReplacesTheBuiltInOne()
    {
        WorkCalendar c = WorkCalendar::builtIn();
        QVERIFY(!c.isWorkingDay(QDate(2026, 10, 7)));
        c.add(WorkCalendar::readYear(R"({"year": 2026, "holidays": ["2026-10-01"], "workdays": []})").value());
        QVERIFY(c.isWorkingDay(QDate(2026, 10, 7)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 10, 1)));
        QVERIFY(!c.isWorkingDay(QDate(2025, 10, 1))); // other years untouched
    }

    void badCalendars()
    {
        const auto bad = WorkCalendar::readYear(R"({"year": 2025, "holidays": ["2025-13-01"], "workdays": []})");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().problems().first().field, QStringLiteral("holidays[0]"));
        QVERIFY(!WorkCalendar::readYear(R"({"year": 2025, "holidays": ["2026-01-01"], "workdays": []})").ok());
        QVERIFY(
            !WorkCalendar::readYear(R"({"year": 2025, "holidays": ["2025-10-01"], "workdays": ["2025-10-01"]})").ok());
        QVERIFY(!WorkCalendar::readYear(R"({"holidays": [], "workdays": []})").ok());
        QVERIFY(!WorkCalendar::readYear("not json").ok());

        // A day twice is named where it is, as bad input (exit 3), not a database constraint.
        const auto twice =
            WorkCalendar::readYear(R"({"year": 2025, "holidays": ["2025-10-01", "2025-10-01"], "workdays": []})");
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(twice.error().problems().first().field, QStringLiteral("holidays[1]"));
        QVERIFY(twice.error().toString().contains(QStringLiteral("holidays[0]")));
        // A byte order mark, as Notepad saves, is not an error.
        QVERIFY(WorkCalendar::readYear("\xEF\xBB\xBF{\"year\": 2025, \"holidays\": [], \"workdays\": []}").ok());
        // What is quoted of a bad value is short, and an ID number in it masked.
        const QByteArray huge = "{\"year\": 2025, \"holidays\": [\"220681198204110139" + QByteArray(5000000, '9') +
                                "\"], \"workdays\": []}";
        const auto quoted = WorkCalendar::readYear(huge);
        QVERIFY(!quoted.ok());
        QVERIFY2(quoted.error().toString().size() < 120, qPrintable(quoted.error().toString()));
        QVERIFY(!quoted.error().toString().contains(QStringLiteral("198204110")));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "TestWorkCalendar.moc"
