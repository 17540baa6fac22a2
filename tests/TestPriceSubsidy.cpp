#include "Clock.h"
#include "TestFixtures.h"
#include "demo/DemoGenerator.h"
#include "domain/DisplayFormat.h"
#include "payments/ApprovedAmounts.h"
#include "payments/PriceIndices.h"
#include "payments/PriceSubsidyRun.h"
#include "report/Rosters.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "security/AuditVerifier.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include "security/Session.h"
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

// The price subsidy as a batch (issue 20, spec/programs.md §4.5): recorded figures, who is
// covered, one payment a person and a month however often it runs.
class TestPriceSubsidy final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QString kMonth = QStringLiteral("2025-03");
    const Session m_admin = Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("price.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        DemoGenerator generator(7, QDate(2025, 3, 15));
        QVERIFY(generator.fill(*m_db, QStringLiteral("test"), 400)); // households, decisions, the example policy
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void withoutFiguresNothingIsPaid()
    {
        const auto run = PriceSubsidyRun::prepare(*m_db, m_supervisor, kMonth);
        QVERIFY(!run.ok());
        QVERIFY2(run.error().toString().contains(QStringLiteral("No price index is recorded for 2025-03")),
                 qPrintable(run.error().toString()));
    }

    void figuresAreCheckedFieldByField()
    {
        PriceIndices indices(*m_db, m_admin);
        const auto problems = [&](const PriceIndex& index, const QString& source) {
            const Status s = indices.record(index, source);
            QStringList fields;
            for (const Problem& p : s.error().problems())
                fields.append(p.field);
            return fields;
        };
        QCOMPARE(problems({QStringLiteral("2025-13"), 41, 52}, QStringLiteral("统计局")),
                 QStringList{QStringLiteral("month")});
        QCOMPARE(problems({kMonth, 4100, 52}, QStringLiteral("统计局")),
                 QStringList{QStringLiteral("cpi_yoy_permille")});
        QCOMPARE(problems({kMonth, 41, -1200}, QStringLiteral("统计局")),
                 QStringList{QStringLiteral("food_cpi_yoy_permille")});
        QCOMPARE(problems({kMonth, 41, 52}, QStringLiteral("  ")), QStringList{QStringLiteral("source")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_indices")), qint64(0));
        // Recording figures is an administrator's or a supervisor's, like a policy.
        QVERIFY(!PriceIndices(*m_db, m_clerk).record({kMonth, 41, 52}, QStringLiteral("统计局")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_indices")), qint64(0));
    }

    void aRiseBelowTheTriggerPaysNobody()
    {
        QVERIFY(PriceIndices(*m_db, m_admin).record({QStringLiteral("2025-02"), 20, 30}, QStringLiteral("统计局")));
        const auto run = PriceSubsidyRun::prepare(*m_db, m_supervisor, QStringLiteral("2025-02"));
        QVERIFY(run.ok());
        QVERIFY(!run->triggered());
        QVERIFY(run->lines().isEmpty());
        QVERIFY(run->commit(*m_db, m_supervisor)->runId.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_subsidy_payments")), qint64(0));
    }

    void paysEveryCoveredPersonOnce()
    {
        // Recorded wrong, corrected before anyone is paid: the second figures stand.
        QVERIFY(PriceIndices(*m_db, m_admin).record({kMonth, 14, 52}, QStringLiteral("统计局 2025年3月")));
        QVERIFY(PriceIndices(*m_db, m_admin).record({kMonth, 41, 52}, QStringLiteral("统计局 2025年3月")));
        const auto run = PriceSubsidyRun::prepare(*m_db, m_supervisor, kMonth);
        QVERIFY2(run.ok(), qPrintable(run.error().toString()));
        QVERIFY(run->triggered());

        // Everyone on the month's roll as 低保 or 特困, and only they (the demo has no orphans).
        const Policy policy = PolicyRepository(*m_db, m_supervisor).inForce(QDate(2025, 3, 1))->policy;
        const auto roll = ApprovedAmounts(*m_db, m_supervisor).inEffect(kMonth).value();
        HouseholdRepository households(*m_db, m_supervisor);
        int expected = 0;
        qint64 expectedFen = 0;
        for (const ApprovedAmount& a : roll) {
            if (!a.pays())
                continue;
            const Household h = households.load(a.householdId).value();
            int persons = int(h.members.size());
            if (a.classification == QLatin1String("dibao_single_person")) {
                persons = 0;
                const auto d = DeterminationRepository(*m_db, m_supervisor).latest(h.uuid).value();
                for (const MemberBenefit& b : d->result.members)
                    persons += b.singlePersonFen > 0 ? 1 : 0;
            }
            expected += persons;
            // ceil_yuan(S × 41 ‰) a person, S the standard of where the household lives.
            expectedFen += persons * Evaluator::ceilYuan(policy.standardFen(h.residence) * 41, 1000);
        }
        QVERIFY(expected > 50);
        QCOMPARE(run->toPay().persons, expected);
        QCOMPARE(run->toPay().fen, expectedFen);
        QCOMPARE(run->alreadyPaid(), 0);
        QVERIFY(run->toPayByCategory().contains(QStringLiteral("dibao")));
        for (const PriceSubsidyLine& line : run->lines())
            QVERIFY(line.category == QLatin1String("dibao") || line.category == QLatin1String("tekun"));

        // A clerk may look but not pay.
        QVERIFY(!run->commit(*m_db, m_clerk).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_subsidy_payments")), qint64(0));

        const auto paid = run->commit(*m_db, m_supervisor);
        QVERIFY2(paid.ok(), qPrintable(paid.error().toString()));
        QCOMPARE(paid->persons, expected);
        QCOMPARE(paid->fen, expectedFen);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_subsidy_payments")), qint64(expected));
        QCOMPARE(count(QStringLiteral("SELECT sum(amount_fen) FROM price_subsidy_payments")), expectedFen);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'price_subsidy_payments' "
                                      "AND record_id = '%1'")
                           .arg(paid->runId)),
                 qint64(1));

        // The same run committed again, or prepared again: nobody is paid twice.
        QVERIFY(!run->commit(*m_db, m_supervisor).ok());
        const auto again = PriceSubsidyRun::prepare(*m_db, m_supervisor, kMonth);
        QCOMPARE(again->alreadyPaid(), expected);
        QCOMPARE(again->toPay().persons, 0);
        const QByteArray before = TestFixtures::dumpHash(*m_db);
        QVERIFY(again->commit(*m_db, m_supervisor)->runId.isEmpty());
        QCOMPARE(TestFixtures::dumpHash(*m_db), before);

        // The figures paid on stay as they were; payments are never changed.
        QVERIFY(!PriceIndices(*m_db, m_admin).record({kMonth, 45, 52}, QStringLiteral("统计局")));
        QCOMPARE(PriceIndices(*m_db, m_admin).find(kMonth).value()->index.cpiYoyPermille, 41);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE price_subsidy_payments SET amount_fen = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM price_subsidy_payments")));
    }

    // A child whose parents cannot bring it up is paid as an orphan, on the roll or not; a new
    // person in a month already paid is paid by the next run, alone.
    void anOrphanAddedLaterIsPaidAlone()
    {
        Household h = TestFixtures::household();
        h.villageCode = HouseholdRepository(*m_db, m_supervisor).loadAll()->first().villageCode;
        h.members[2].parents = {ParentState::Dead, ParentState::Dead};
        QVERIFY(HouseholdRepository(*m_db, Session::bootstrap(QStringLiteral("test"))).save(h));
        const auto run = PriceSubsidyRun::prepare(*m_db, m_supervisor, kMonth);
        QVERIFY(run.ok());
        QCOMPARE(run->toPay().persons, 1);
        QCOMPARE(run->toPayByCategory().keys(), QStringList{QStringLiteral("orphan")});
        const auto paid = run->commit(*m_db, m_supervisor);
        QCOMPARE(paid->persons, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM price_subsidy_payments WHERE category = 'orphan'")),
                 qint64(1));
    }

    // The audit verifier works each run's digest out again from its rows: a run as paid verifies;
    // an amount changed behind Doudi's back (its triggers dropped), or a row slipped in, is named.
    void theTrailCoversEveryRun()
    {
        const auto clean = AuditVerifier::verify(*m_db);
        QVERIFY(clean.ok());
        for (const AuditFinding& f : clean->findings)
            QVERIFY2(f.table != QLatin1String("price_subsidy_payments"), qPrintable(f.message));

        const QString copy = m_dir.filePath(QStringLiteral("tampered.doudi"));
        QSqlQuery vacuum(m_db->connection());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        auto tampered = Database::open(copy, Database::OpenMode::MustExist);
        QVERIFY(tampered.ok());
        QSqlQuery q((*tampered)->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER price_subsidy_payments_never_changed")));
        QVERIFY(q.exec(QStringLiteral("UPDATE price_subsidy_payments SET amount_fen = amount_fen + 100 WHERE rowid = "
                                      "(SELECT min(rowid) FROM price_subsidy_payments)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO price_subsidy_payments (id, month, run_id, household_id, member_id, category, amount_fen, "
            "policy_id, paid_at, paid_by) VALUES ('x', '2025-03', 'slipped-in', 'h', 'm', 'dibao', 2000, 'p', "
            "'2025-03-20T09:00:00.000Z', 'nobody')")));
        const auto report = AuditVerifier::verify(**tampered);
        QVERIFY(report.ok());
        QStringList named;
        for (const AuditFinding& f : report->findings) {
            if (f.table == QLatin1String("price_subsidy_payments"))
                named.append(f.recordId);
        }
        QCOMPARE(named.size(), 2);
        QVERIFY(named.contains(QStringLiteral("slipped-in")));
    }

    // The figures as the bureau publishes them, on the roster's header; exact, a fall included.
    void theIndexReadsAsPublished()
    {
        QCOMPARE(DisplayFormat::permilleAsPercent(41), QStringLiteral("4.1%"));
        QCOMPARE(DisplayFormat::permilleAsPercent(-3), QStringLiteral("-0.3%"));
        QCOMPARE(DisplayFormat::permilleAsPercent(0), QStringLiteral("0.0%"));
        QCOMPARE(DisplayFormat::permilleAsPercent(-1000), QStringLiteral("-100.0%"));
    }

    // The roster is what was paid: every person once, each village on its own, the amounts of the
    // record; ID numbers masked; a month without payments says so.
    void theRosterIsWhatWasPaid()
    {
        const auto roster = Rosters::build(*m_db, m_supervisor, QStringLiteral("price"), QDate(2025, 3, 1));
        QVERIFY2(roster.ok(), qPrintable(roster.error().toString()));
        QCOMPARE(roster->kind, QStringLiteral("price"));
        const qint64 persons = count(QStringLiteral("SELECT count(*) FROM price_subsidy_payments"));
        const qint64 fen = count(QStringLiteral("SELECT sum(amount_fen) FROM price_subsidy_payments"));
        // Village sections, then the township's total by village and by category.
        const QList<RosterSection>& sections = roster->sections;
        QVERIFY(sections.size() >= 4);
        const RosterSection& byVillage = sections.at(sections.size() - 2);
        const RosterSection& byCategory = sections.last();
        QVERIFY(byVillage.summary && byCategory.summary);
        QCOMPARE(byVillage.rows.size(), sections.size() - 2);
        QCOMPARE(byVillage.sum(1), persons);
        QCOMPARE(byVillage.sum(2), fen);
        QCOMPARE(byCategory.sum(1), persons);
        QCOMPARE(byCategory.sum(2), fen);
        qint64 lines = 0;
        QSet<QString> ids;
        for (qsizetype i = 0; i < sections.size() - 2; ++i) {
            lines += sections.at(i).rows.size();
            for (const QVariantList& row : sections.at(i).rows) {
                QVERIFY2(row.at(3).toString().contains(QStringLiteral("********")), qPrintable(row.at(3).toString()));
                ids.insert(row.at(3).toString() + row.at(2).toString());
            }
        }
        QCOMPARE(lines, persons);
        QCOMPARE(qint64(ids.size()), persons);

        // One village's roster holds its own payments only.
        const QString village =
            HouseholdRepository(*m_db, m_supervisor).loadPaidPriceSubsidy(kMonth)->first().villageCode;
        const auto one = Rosters::build(*m_db, m_supervisor, QStringLiteral("price"), QDate(2025, 3, 1), village);
        QVERIFY(one.ok());
        QCOMPARE(one->sections.first().rows.size(),
                 count(QStringLiteral("SELECT count(*) FROM price_subsidy_payments p JOIN households h ON "
                                      "h.id = p.household_id WHERE h.village_code = '%1'")
                           .arg(village)));

        const auto none = Rosters::build(*m_db, m_supervisor, QStringLiteral("price"), QDate(2025, 4, 1));
        QVERIFY(none.ok());
        QVERIFY(!none->hasRows());
        QVERIFY(!none->sections.first().emptyText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPriceSubsidy)
#include "TestPriceSubsidy.moc"
