#include "TestFixtures.h"
#include "cases/ReviewPlanner.h"
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
    void plansWhoIsDue()
    {
        const auto paying = [](const char* id, const char* household, QDate started) {
            CaseRecord c;
            c.id = QString::fromLatin1(id);
            c.householdId = QString::fromLatin1(household);
            c.type = QStringLiteral("dibao_application");
            c.state = QStringLiteral("active");
            c.steps = {{1, QStringLiteral("start_payment"), QStringLiteral("approved"), QStringLiteral("active"),
                        started, QString(), QStringLiteral("supervisor")}};
            return c;
        };
        const auto review = [](const char* household, const char* state, QDate concluded) {
            CaseRecord c;
            c.id = QStringLiteral("R-") + QString::fromLatin1(household);
            c.householdId = QString::fromLatin1(household);
            c.type = QStringLiteral("periodic_review");
            c.state = QString::fromLatin1(state);
            if (concluded.isValid())
                c.steps = {{3, QStringLiteral("approve"), QStringLiteral("submitted"), QStringLiteral("closed"),
                            concluded, QString(), QStringLiteral("supervisor")}};
            return c;
        };
        Household elderly;
        elderly.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        const Household family = TestFixtures::household();
        const QHash<QString, Household> households = {{QStringLiteral("H1"), elderly},
                                                      {QStringLiteral("H2"), family},
                                                      {QStringLiteral("H3"), family},
                                                      {QStringLiteral("H4"), elderly},
                                                      {QStringLiteral("H5"), elderly}};
        QList<CaseRecord> cases = {
            paying("C1", "H1", QDate(2025, 3, 18)), // yearly: 2026-03-18
            paying("C2", "H2", QDate(2025, 9, 1)),  // six-monthly: 2026-03-01
            paying("C3", "H3", QDate(2025, 9, 1)),  // reviewed since: 2026-01-10 + 6 months
            review("H3", "closed", QDate(2026, 1, 10)),
            paying("C4", "H4", QDate(2025, 1, 5)), // overdue, but its review is open
            review("H4", "investigating", QDate()),
            paying("C5", "H5", QDate(2025, 1, 5)), // overdue since 2026-01-05
        };
        const QList<ReviewDue> due = ReviewPlanner::due(cases, households, QDate(2026, 3, 31));
        QCOMPARE(due.size(), 3);
        QCOMPARE(due[0].householdId, QStringLiteral("H5"));
        QCOMPARE(due[0].due.date, QDate(2026, 1, 5));
        QCOMPARE(due[1].householdId, QStringLiteral("H2"));
        QCOMPARE(due[1].due.date, QDate(2026, 3, 1));
        QCOMPARE(due[2].householdId, QStringLiteral("H1"));
        QCOMPARE(due[2].caseId, QStringLiteral("C1"));
        QCOMPARE(due[2].since, QDate(2025, 3, 18));
        // Later on, the reviewed household comes due from its review, not from its approval.
        const QList<ReviewDue> later = ReviewPlanner::due(cases, households, QDate(2026, 7, 10));
        QCOMPARE(later.size(), 4);
        QCOMPARE(later[3].householdId, QStringLiteral("H3"));
        QCOMPARE(later[3].due.date, QDate(2026, 7, 10));
        // A case no longer paying is not reviewed.
        // A member of H1 died on 1 October 2025 (a death signal): its review comes within three
        // months, before its yearly one; a death before the last review counts for nothing.
        const QList<ReviewDue> afterDeath = ReviewPlanner::due(
            cases, households, QDate(2026, 3, 31),
            {{QStringLiteral("H1"), QDate(2025, 10, 1)}, {QStringLiteral("H3"), QDate(2025, 12, 1)}});
        QCOMPARE(afterDeath[0].householdId, QStringLiteral("H1"));
        QCOMPARE(afterDeath[0].due.date, QDate(2026, 1, 1));
        QVERIFY(afterDeath[0].due.reason.contains(QStringLiteral("death")));
        QCOMPARE(afterDeath[1].householdId, QStringLiteral("H5"));
        QCOMPARE(afterDeath.size(), 3);
        cases[0].state = QStringLiteral("closed");
        QCOMPARE(ReviewPlanner::due(cases, households, QDate(2026, 3, 31)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "TestReviewSchedule.moc"
