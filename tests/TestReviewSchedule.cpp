#include "TestFixtures.h"
#include "cases/ReviewSchedule.h"

#include <QTest>

using namespace Doudi;

class TestReviewSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void schedules()
    {
        const QDate approved(2025, 3, 18);
        // An elderly couple living on pensions: once a year.
        Household elderly;
        elderly.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        elderly.income = {{QString(), 0, QStringLiteral("basic_pension"), 150000}};
        QCOMPARE(ReviewSchedule::next(elderly, approved).date, QDate(2026, 3, 18));
        // Someone of working age who is able: every six months.
        Household family = TestFixtures::household();
        QVERIFY(ReviewSchedule::hasAbleBodiedMember(family, approved));
        QCOMPARE(ReviewSchedule::next(family, approved).date, QDate(2025, 9, 18));
        // An unstable income alone also means six months.
        elderly.income.append({QString(), 0, QStringLiteral("business"), 10000});
        QCOMPARE(ReviewSchedule::next(elderly, approved).date, QDate(2025, 9, 18));
        // A death: within three months, if that comes sooner.
        QCOMPARE(ReviewSchedule::next(family, approved, QDate(2025, 4, 2)).date, QDate(2025, 7, 2));
        QCOMPARE(ReviewSchedule::next(family, approved, QDate(2025, 8, 1)).date, QDate(2025, 9, 18));
        // A disabled or seriously ill person of working age is not able-bodied.
        Household ill;
        ill.members = {TestFixtures::member("220681198204110139", "李强", "head")};
        ill.members[0].seriousIllness = true;
        QVERIFY(!ReviewSchedule::hasAbleBodiedMember(ill, approved));
    }
};

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "TestReviewSchedule.moc"
