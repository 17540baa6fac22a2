#include "TestFixtures.h"
#include "domain/HouseholdJson.h"
#include "report/ProgramRecipients.h"
#include "report/Rosters.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"
#include "rules/ProgramRules.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The payment rosters of the monthly programs (roster --kind disability|orphan): what each
// household's latest determination saved, against the golden cases of spec/examples-programs.
class TestProgramRosters final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
    const QDate m_march{2025, 3, 1};
    QHash<QString, QString> m_ids; // example → household id

    // Evaluates `h` for `month` under the policy in force and saves the determination with its
    // entitlements, as the desk saves them.
    void determine(const Household& h, const QString& month)
    {
        const auto inForce = PolicyRepository(*m_db, m_supervisor).inForce(Evaluator::firstDayOfMonth(month));
        QVERIFY2(inForce.ok(), qPrintable(inForce.error().toString()));
        const Policy& policy = inForce->policy;
        const auto d = Evaluator::evaluate(policy, h, month);
        QVERIFY(d.ok());
        const auto e = ProgramRules::entitlements(policy, h, *d, month, std::nullopt);
        QVERIFY(e.ok());
        QVERIFY(DeterminationRepository(*m_db, m_supervisor).save({h.uuid, h, *d, *e}));
    }

    // A golden case's household in `village`, determined for March 2025 with its entitlements
    // saved, as the desk saves them.
    void addExample(const char* example, const QString& village)
    {
        QFile file(QStringLiteral(DOUDI_SPEC_DIR "/examples-programs/%1/household.json").arg(QLatin1String(example)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto h = HouseholdJson::read(file.readAll());
        QVERIFY2(h.ok(), example);
        h->villageCode = village;
        h->bankAccount = QStringLiteral("6230123456789012345");
        QVERIFY(HouseholdRepository(*m_db, Session::bootstrap(QStringLiteral("setup"))).save(*h));
        m_ids.insert(QLatin1String(example), h->uuid);
        determine(*h, QStringLiteral("2025-03"));
    }

private slots:
    void initTestCase()
    {
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("programs.doudi")));
        QVERIFY(m_db);
        // The spec's policy with programs, as the bureau would issue it.
        QFile policyFile(QStringLiteral(DOUDI_SPEC_DIR "/policy-programs-example.json"));
        QVERIFY(policyFile.open(QIODevice::ReadOnly));
        const auto policy = PolicyJson::read(policyFile.readAll());
        QVERIFY(policy.ok());
        QVERIFY(PolicyRepository(*m_db, m_supervisor).add(*policy));
        addExample("p01-dibao-disabled-spouse", TestFixtures::kVillageA);
        addExample("p02-orphan-with-grandparents", TestFixtures::kVillageB);
        addExample("p04-tekun-severe-with-care", TestFixtures::kVillageB); // pays no program
    }

    void disabilityRosterIsTheSavedEntitlements()
    {
        const auto roster = Rosters::build(*m_db, m_supervisor, QStringLiteral("disability"), m_march);
        QVERIFY2(roster.ok(), qPrintable(roster.error().toString()));
        // One village, its section then the township's total.
        QCOMPARE(roster->sections.size(), 2);
        const RosterSection& village = roster->sections.first();
        QCOMPARE(village.title, QStringLiteral("六道沟村"));
        QCOMPARE(village.rows.size(), 1);
        const QVariantList& spouse = village.rows.first();
        QVERIFY2(spouse.at(3).toString().contains(QStringLiteral("********")), qPrintable(spouse.at(3).toString()));
        QCOMPARE(spouse.at(5).toString(), QStringLiteral("****2345"));
        // p01: the spouse's living subsidy 100 元 and care subsidy 80 元.
        QCOMPARE(spouse.at(6).toLongLong(), 10000);
        QCOMPARE(spouse.at(7).toLongLong(), 8000);
        QCOMPARE(spouse.at(8).toLongLong(), 18000);
        QCOMPARE(roster->sections.last().sum(2), 18000);
    }

    void orphanRosterIsTheSavedEntitlements()
    {
        const auto roster = Rosters::build(*m_db, m_supervisor, QStringLiteral("orphan"), m_march);
        QVERIFY(roster.ok());
        QCOMPARE(roster->sections.size(), 2);
        const RosterSection& village = roster->sections.first();
        QCOMPARE(village.title, QStringLiteral("长川村"));
        QCOMPARE(village.rows.size(), 1);
        // p02: the allowance less the child's share of the dibao.
        QCOMPARE(village.rows.first().at(7).toLongLong(), 71867);
        QVERIFY(!village.rows.first().at(3).toString().isEmpty());

        // Only the village asked for; none before the determination.
        const auto other =
            Rosters::build(*m_db, m_supervisor, QStringLiteral("orphan"), m_march, TestFixtures::kVillageA);
        QVERIFY(other.ok());
        QVERIFY(!other->hasRows());
        const auto before = Rosters::build(*m_db, m_supervisor, QStringLiteral("orphan"), m_march.addMonths(-1));
        QVERIFY(before.ok());
        QVERIFY(!before->hasRows());
        QVERIFY(!before->sections.first().emptyText.isEmpty());
    }

    // The monthly statistics count each program on its own line, as the dashboard does.
    void statisticsCountEachProgram()
    {
        const auto counts = ProgramRecipients::countByProgram(*m_db, m_supervisor, QStringLiteral("2025-03")).value();
        QCOMPARE(counts.size(), 4); // orphans, disability living, disability care, price subsidy
        QCOMPARE(counts.at(0).persons, 1);
        QCOMPARE(counts.at(0).fen, 71867);
        QCOMPARE(counts.at(1).fen, 10000);
        QCOMPARE(counts.at(2).fen, 8000);
        QCOMPARE(counts.at(3).persons, 0);
        const auto stats = Rosters::build(*m_db, m_supervisor, QStringLiteral("stats"), m_march);
        QVERIFY(stats.ok());
        const auto programs = std::find_if(stats->sections.cbegin(), stats->sections.cend(),
                                           [](const RosterSection& s) { return s.rows.size() == 4 && !s.totals; });
        QVERIFY(programs != stats->sections.cend());
        QCOMPARE(programs->sum(3), 71867 + 10000 + 8000);
    }

    // A later determination replaces an earlier one from its month on: the spouse's certificate
    // withdrawn in April leaves April's roster empty and March's as it was.
    void theLatestDeterminationDecides()
    {
        const auto april = Rosters::build(*m_db, m_supervisor, QStringLiteral("disability"), m_march.addMonths(1));
        QVERIFY(april.ok());
        QCOMPARE(april->sections.last().sum(2), 18000); // March's determination still holds

        Household h = HouseholdRepository(*m_db, m_supervisor)
                          .load(m_ids.value(QStringLiteral("p01-dibao-disabled-spouse")))
                          .value();
        for (Member& m : h.members)
            m.disability = {};
        determine(h, QStringLiteral("2025-04"));
        QVERIFY(!Rosters::build(*m_db, m_supervisor, QStringLiteral("disability"), m_march.addMonths(1))->hasRows());
        QCOMPARE(Rosters::build(*m_db, m_supervisor, QStringLiteral("disability"), m_march)->sections.last().sum(2),
                 18000);
    }
};

QTEST_GUILESS_MAIN(TestProgramRosters)
#include "TestProgramRosters.moc"
