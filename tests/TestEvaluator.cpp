#include "TestFixtures.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"

#include <QFile>
#include <QTest>

using namespace Doudi;

// Each rule of spec/rules.md at its boundaries, on households built in code.
class TestEvaluator final : public QObject
{
    Q_OBJECT

private:
    Policy m_policy;
    const QString kMonth = QStringLiteral("2025-03");
    static constexpr qint64 S = 48000; // the example's rural standard

    static Household person(const char* id, const char* relation = "head")
    {
        Household h;
        h.members = {TestFixtures::member(id, "张三", relation)};
        h.assets.dwellings = {Dwelling{}};
        return h;
    }
    Determination run(const Household& h, const Policy* policy = nullptr)
    {
        auto d = Evaluator::evaluate(policy ? *policy : m_policy, h, kMonth);
        if (!d)
            qWarning("%s", qPrintable(d.error().toString()));
        return d ? *d : Determination{};
    }
    // A working-age couple with household-level income `annual`.
    Household couple(qint64 annual)
    {
        Household h = person("220681198204110139");
        h.members.append(TestFixtures::member("220681198409020241", "李四", "spouse"));
        h.income = {{QString(), std::nullopt, QStringLiteral("wage"), annual}};
        return h;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(DOUDI_SPEC_DIR "/policy-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto policy = PolicyJson::read(file.readAll());
        QVERIFY2(policy.ok(), qPrintable(policy.error().toString()));
        m_policy = *policy;
    }

    void ceilYuan()
    {
        QCOMPARE(Evaluator::ceilYuan(0), qint64(0));
        QCOMPARE(Evaluator::ceilYuan(1), qint64(100));
        QCOMPARE(Evaluator::ceilYuan(100), qint64(100));
        QCOMPARE(Evaluator::ceilYuan(101), qint64(200));
        QCOMPARE(Evaluator::ceilYuan(535000, 12), qint64(44600)); // 44,583.33… fen
        QCOMPARE(Evaluator::ceilYuan(-5), qint64(0));
    }

    void exactlyOnTheLineAndOneFenBelow()
    {
        const qint64 line = 12 * S * 2;
        const Determination on = run(couple(line));
        QCOMPARE(on.classification, Classification::LowIncome);
        QVERIFY(on.lowIncome);
        QCOMPARE(on.totalFen, qint64(0));

        const Determination below = run(couple(line - 1));
        QCOMPARE(below.classification, Classification::Dibao);
        QVERIFY(!below.lowIncome);
        // A gap of one fen a year still gets the floor of 50 yuan a person.
        QCOMPARE(below.baseFen, qint64(2 * 5000));

        // And the low-income ceiling: 2 × the line is no longer low income.
        QCOMPARE(run(couple(2 * line - 1)).classification, Classification::LowIncome);
        QCOMPARE(run(couple(2 * line)).classification, Classification::NotEligible);
    }

    void birthdayOnTheFirstCountsThatMonth()
    {
        // Aged 70 on 1 March 2025 is elderly in March; born a day later is not yet.
        QCOMPARE(run(person("220681195503010011")).members.first().categories, QStringList{QStringLiteral("elderly")});
        QVERIFY(run(person("220681195503020017")).members.first().categories.isEmpty());
        // Turning 18 on the 1st: no longer a minor; a day later: still a minor.
        Household adult = couple(0);
        adult.members.append(TestFixtures::member("22068120070301001X", "张小", "child"));
        QVERIFY(run(adult).members.at(2).categories.isEmpty());
        Household minor = couple(0);
        minor.members.append(TestFixtures::member("220681200703020015", "张小", "child"));
        QCOMPARE(run(minor).members.at(2).categories, QStringList{QStringLiteral("minor")});
    }

    void birthDateOverridesTheIdNumber()
    {
        Household h = person("220681195503020017");
        h.members[0].birthDate = QDate(1950, 1, 1);
        QCOMPARE(run(h).members.first().categories, QStringList{QStringLiteral("elderly")});
    }

    void lowercaseXInTheIdNumber()
    {
        Household h = person("11010519491231002X");
        h.members[0].idNumber = IdNumber::parse(QStringLiteral("11010519491231002x")).value();
        QCOMPARE(run(h).members.first().categories, QStringList{QStringLiteral("elderly")});
    }

    void incrementStacking()
    {
        Household h = couple(0);
        h.members[0].seriousIllness = true;
        h.members[0].disability = {DisabilityType::Physical, 1};
        QCOMPARE(run(h).members.first().incrementPct, 50);
        QCOMPARE(run(h).incrementsFen, Evaluator::ceilYuan(50 * S, 100));
        Policy sum = m_policy;
        sum.incrementsSum = true;
        QCOMPARE(run(h, &sum).members.first().incrementPct, 100);
        QCOMPARE(run(h, &sum).incrementsFen, S);
    }

    void customGradualExitScheduleAndItsEnd()
    {
        Policy custom = m_policy;
        custom.gradualExit.schedule = {{1, 100}, {7, 80}, {13, 50}};
        Household h = couple(12 * S * 2 + 100000); // above the line, below twice it
        h.status = HouseholdStatus::GradualExit;
        h.monthlyBenefitFen = 60000;

        h.exitStarted = QStringLiteral("2024-09"); // March 2025 is month 7
        Determination d = run(h, &custom);
        QCOMPARE(d.classification, Classification::DibaoGradualExit);
        QCOMPARE(d.gradualExit->monthIndex, 7);
        QCOMPARE(d.gradualExit->pct, 80);
        QCOMPARE(d.baseFen, qint64(48000));

        h.exitStarted = QStringLiteral("2023-10"); // month 18, the last
        d = run(h, &custom);
        QCOMPARE(d.gradualExit->monthIndex, 18);
        QCOMPARE(d.baseFen, qint64(30000));

        h.exitStarted = QStringLiteral("2023-09"); // month 19: ended, on to the next rules
        d = run(h, &custom);
        QCOMPARE(d.classification, Classification::LowIncome);
        QVERIFY(d.reasons.contains(QStringLiteral("gradual_exit.ended")));
        QVERIFY(!d.gradualExit.has_value());

        // With a disabled member the period is 24 months: month 19 still pays.
        h.members[1].disability = {DisabilityType::Hearing, 4};
        d = run(h, &custom);
        QCOMPARE(d.classification, Classification::DibaoGradualExit);
        QCOMPARE(d.gradualExit->monthsTotal, 24);

        // No start yet: the exit starts this month.
        h.exitStarted.clear();
        h.status = HouseholdStatus::Dibao;
        d = run(h, &custom);
        QCOMPARE(d.gradualExit->start, kMonth);
        QCOMPARE(d.gradualExit->monthIndex, 1);
    }

    void propertyLimitsAtAndAbove()
    {
        Household h = couple(0);
        h.assets.financialFen = 24 * S * 2;
        QVERIFY(run(h).propertyOk);
        h.assets.financialFen += 1;
        QCOMPARE(run(h).reasons, QStringList{QStringLiteral("property.financial")});
        QCOMPARE(run(h).classification, Classification::NotEligible);

        h = couple(0);
        h.assets.vehicles = {{QString(), QStringLiteral("car"), 3000000}};
        QVERIFY(run(h).propertyOk);
        h.assets.vehicles[0].valueFen += 1;
        QCOMPARE(run(h).reasons, QStringList{QStringLiteral("property.vehicle")});
        h.assets.vehicles[0].kind = QStringLiteral("farm_machinery"); // exempt whatever its value
        QVERIFY(run(h).propertyOk);

        h = couple(0);
        h.assets.dwellings = {{QString(), false, QString()}, {QString(), true, QString()}};
        QVERIFY(run(h).propertyOk); // a dangerous house does not count
        h.assets.dwellings[1].dangerous = false;
        QCOMPARE(run(h).reasons, QStringList{QStringLiteral("property.residence")});

        h = couple(0);
        h.assets.businessRegistration = true;
        QCOMPARE(run(h).reasons, QStringList{QStringLiteral("property.business")});
    }

    void tekunCountsHouseholdLevelIncome()
    {
        Household h = person("220681195003150114");
        h.flags.hasCapableSupporter = false;
        h.income = {{QString(), std::nullopt, QStringLiteral("agriculture"), 12 * S - 1}};
        QCOMPARE(run(h).classification, Classification::Tekun);
        h.income[0].annualFen = 12 * S;
        QVERIFY(run(h).classification != Classification::Tekun);
        // A capable supporter rules it out whatever the income.
        h.income.clear();
        h.flags.hasCapableSupporter = true;
        QCOMPARE(run(h).classification, Classification::Dibao);
        // Care follows the activities not managed: 0, 1–3, 4–6.
        h.flags.hasCapableSupporter = false;
        h.members[0].adlFailed = 4;
        QCOMPARE(run(h).careFen, qint64(60000));
        h.members[0].adlFailed = 0;
        QCOMPARE(run(h).careFen, qint64(5000));
    }

    void deductionLargerThanIncome()
    {
        Household h = couple(100000);
        h.expenditure = {{QString(), QStringLiteral("medical_self_paid"), 500000}};
        h.flags.sustainedMedicalExpenditure = true;
        const Determination d = run(h);
        QCOMPARE(d.countedIncomeAnnualFen, qint64(100000));
        QCOMPARE(d.assessedIncomeAnnualFen, qint64(0));
        QCOMPARE(d.baseFen, 2 * S);
        QVERIFY(!d.viaExpenditureDeduction);
        // Without the flag nothing is deducted.
        h.flags.sustainedMedicalExpenditure = false;
        QCOMPARE(run(h).assessedIncomeAnnualFen, qint64(100000));
    }

    void exemptIncomeIsNotCounted()
    {
        Household h = couple(0);
        h.income = {{QString(), 0, QStringLiteral("basic_pension"), 150000},
                    {QString(), 1, QStringLiteral("scholarship"), 50000},
                    {QString(), 1, QStringLiteral("wage"), 10000}};
        QCOMPARE(run(h).countedIncomeAnnualFen, qint64(10000));
    }

    void deterministic()
    {
        Household h = couple(300000);
        h.members.append(TestFixtures::member("220681201206200319", "张小宇", "child"));
        const QByteArray first = DeterminationJson::write(run(h), false);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(DeterminationJson::write(run(h), false), first);
        // The trace explains, the amounts stay the same without it.
        const auto quiet = Evaluator::evaluate(m_policy, h, kMonth, Evaluator::Options{false});
        QVERIFY(quiet->trace.isEmpty());
        QCOMPARE(DeterminationJson::write(*quiet, false), first);
        // And a stored determination reads back to the same JSON.
        QCOMPARE(DeterminationJson::write(DeterminationJson::fromJson(DeterminationJson::toJson(run(h))).value()),
                 DeterminationJson::write(run(h)));
    }

    void badMonthOrHousehold()
    {
        QCOMPARE(Evaluator::evaluate(m_policy, couple(0), QStringLiteral("2025-13")).error().problems().first().field,
                 QStringLiteral("month"));
        Household empty;
        QCOMPARE(Evaluator::evaluate(m_policy, empty, kMonth).error().problems().first().field,
                 QStringLiteral("members"));
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "TestEvaluator.moc"
