#include "TestFixtures.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "cases/ReviewSchedule.h"
#include "demo/DemoGenerator.h"
#include "rules/Evaluator.h"
#include "security/AuditVerifier.h"
#include "store/AuditLog.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// A case from acceptance to approval: who may take each step, in which order, on which dates.
class TestCaseRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_household;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

    std::unique_ptr<Database> database()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("c%1.doudi").arg(++m_counter)));
        Household h = TestFixtures::household();
        if (!db || !HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h))
            return nullptr;
        m_household = h.uuid;
        return db;
    }
    // The determination an approval takes its amount from, saved as the assessment tab would.
    static qint64 saveDetermination(Database& db, const QString& householdId)
    {
        const Session setup = Session::bootstrap(QStringLiteral("setup"));
        PolicyRepository policies(db, setup);
        if (!policies.ensureExample())
            return -1;
        const Household h = HouseholdRepository(db, setup).load(householdId).value();
        const auto result =
            Evaluator::evaluate(policies.inForce(QDate(2025, 3, 1))->policy, h, QStringLiteral("2025-03"));
        if (!result || !DeterminationRepository(db, setup).save({householdId, h, *result}))
            return -1;
        return result->totalFen;
    }

    static qint64 steps(Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM case_steps")) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    // A decision changes what the household is recorded as receiving, in the same transaction and
    // on the audit trail; ending the help sets it back to none.
    void decisionsRecordTheAssistance()
    {
        auto db = database();
        QVERIFY(db);
        CaseRepository clerk(*db, m_clerk);
        CaseRepository supervisor(*db, m_supervisor);
        const auto id = clerk.open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY(id.ok());
        for (const char* action : {"start_investigation", "publish_notice", "submit"})
            QVERIFY(clerk.advance(*id, QString::fromLatin1(action), QDate(2025, 3, 17), QString()));
        const qint64 amount = saveDetermination(*db, m_household);
        const Classification classified =
            DeterminationRepository(*db, m_clerk).latest(m_household).value()->result.classification;
        QVERIFY(supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 18), QString()));
        Household h = HouseholdRepository(*db, m_clerk).load(m_household).value();
        QCOMPARE(classified, Classification::Dibao); // the fixture family is below the line
        QCOMPARE(h.status, HouseholdStatus::Dibao);
        QCOMPARE(h.monthlyBenefitFen, amount);
        // A termination ends it.
        const auto ending = clerk.open({m_household, QStringLiteral("termination"), QDate(2025, 6, 2)});
        QVERIFY(ending.ok());
        QVERIFY(clerk.advance(*ending, QStringLiteral("start_investigation"), QDate(2025, 6, 3), QString()));
        QVERIFY(clerk.advance(*ending, QStringLiteral("publish_notice"), QDate(2025, 6, 4), QString()));
        QVERIFY(clerk.advance(*ending, QStringLiteral("submit"), QDate(2025, 6, 11), QString()));
        QVERIFY(supervisor.advance(*ending, QStringLiteral("approve"), QDate(2025, 6, 12),
                                   QStringLiteral("家庭成员就业，收入高于标准")));
        h = HouseholdRepository(*db, m_clerk).load(m_household).value();
        QCOMPARE(h.status, HouseholdStatus::None);
        QCOMPARE(h.monthlyBenefitFen, qint64(0));
        const auto report = AuditVerifier::verify(*db, true);
        QVERIFY(report.ok() && report->ok());
    }

    // A review that begins a gradual exit: the household is recorded in it from the next month and
    // the case knows its months and its end.
    void gradualExitIsTracked()
    {
        auto db = database();
        QVERIFY(db);
        CaseRepository clerk(*db, m_clerk);
        CaseRepository supervisor(*db, m_supervisor);
        const auto id = clerk.open({m_household, QStringLiteral("periodic_review"), QDate(2025, 3, 3)});
        QVERIFY(id.ok());
        QVERIFY(clerk.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        QVERIFY(clerk.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 10), QString()));
        QVERIFY(saveDetermination(*db, m_household) >= 0);
        QVERIFY(supervisor.advance(*id, QStringLiteral("begin_gradual_exit"), QDate(2025, 3, 12), QString()));
        const CaseRecord c = clerk.find(*id).value();
        QCOMPARE(c.state, QStringLiteral("gradual_exit"));
        const auto plan = clerk.gradualExit(c);
        QVERIFY(plan.ok() && plan->has_value());
        QCOMPARE((*plan)->start, QStringLiteral("2025-04"));
        QCOMPARE((*plan)->months, 18); // nobody in the fixture family is disabled
        QCOMPARE((*plan)->end, QStringLiteral("2026-09"));
        const Household h = HouseholdRepository(*db, m_clerk).load(m_household).value();
        QCOMPARE(h.status, HouseholdStatus::GradualExit);
        QCOMPARE(h.exitStarted, QStringLiteral("2025-04"));
    }

    // An objection during the notice goes to a democratic review that names who took part.
    void objectionAndDemocraticReview()
    {
        auto db = database();
        QVERIFY(db);
        CaseRepository clerk(*db, m_clerk);
        const auto id = clerk.open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY(id.ok());
        QVERIFY(clerk.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        QVERIFY(clerk.advance(*id, QStringLiteral("publish_notice"), QDate(2025, 3, 6), QString()));
        QVERIFY(
            clerk.advance(*id, QStringLiteral("raise_objection"), QDate(2025, 3, 8), QStringLiteral("邻居反映有车")));
        const Status anonymous = clerk.advance(*id, QStringLiteral("democratic_review"), QDate(2025, 3, 10), QString());
        QCOMPARE(anonymous.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(clerk.advance(*id, QStringLiteral("democratic_review"), QDate(2025, 3, 10),
                              QStringLiteral("参加：村支书、村主任、村民代表5人；结论：车辆已报废，维持公示")));
        const CaseRecord c = clerk.find(*id).value();
        QCOMPARE(c.state, QStringLiteral("noticed"));
        QVERIFY(c.steps.last().note.contains(QStringLiteral("村民代表")));
    }

    // A review is decided on a determination saved during it; ending the help needs its reason.
    void reviewDecidesOnAFreshDetermination()
    {
        auto db = database();
        QVERIFY(db);
        CaseRepository clerk(*db, m_clerk);
        CaseRepository supervisor(*db, m_supervisor);
        const auto id = clerk.open({m_household, QStringLiteral("periodic_review"), QDate(2025, 3, 3)});
        QVERIFY(id.ok());
        QVERIFY(clerk.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        QVERIFY(clerk.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 10), QString()));
        const Status stale = supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 12), QString());
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().toString().contains(QStringLiteral("determination")));
        const Status noReason = supervisor.advance(*id, QStringLiteral("terminate"), QDate(2025, 3, 12), QString());
        QCOMPARE(noReason.error().kind(), Error::Kind::InvalidInput);
        const qint64 amount = saveDetermination(*db, m_household);
        QVERIFY(amount >= 0);
        QVERIFY(supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 12), QString()));
        const CaseRecord decided = clerk.find(*id).value();
        QCOMPARE(decided.amountFen, amount);
        QCOMPARE(decided.paymentFrom, QStringLiteral("2025-04"));
    }

    // The materials handed in at acceptance, and later: known codes only, kept in checklist order.
    void materials()
    {
        auto db = database();
        QVERIFY(db);
        CaseRepository clerk(*db, m_clerk);
        const auto bad = clerk.open({m_household,
                                     QStringLiteral("dibao_application"),
                                     QDate(2025, 3, 3),
                                     false,
                                     false,
                                     {QStringLiteral("id_cards"), QStringLiteral("birth_certificate")}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(bad.error().problems().first().field, QStringLiteral("documents"));
        QCOMPARE(steps(*db), qint64(0));
        const auto id = clerk.open({m_household,
                                    QStringLiteral("dibao_application"),
                                    QDate(2025, 3, 3),
                                    false,
                                    false,
                                    {QStringLiteral("id_cards"), QStringLiteral("application_form")}});
        QVERIFY(id.ok());
        QCOMPARE(clerk.find(*id)->documents,
                 (QStringList{QStringLiteral("application_form"), QStringLiteral("id_cards")}));
        QVERIFY(clerk.setDocuments(*id, CaseWorkflow::documents()));
        QCOMPARE(clerk.find(*id)->documents, CaseWorkflow::documents());
        const Session cadre =
            Session::forUser(QStringLiteral("c1"), QStringLiteral("村干部"), Role::Cadre, TestFixtures::kVillageA);
        QVERIFY(!CaseRepository(*db, cadre).setDocuments(*id, {}).ok());
    }

    void fromAcceptanceToApproval()
    {
        auto db = database();
        QVERIFY(db);
        CaseRepository clerk(*db, m_clerk);
        const auto id = clerk.open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY2(id.ok(), qPrintable(id.error().toString()));
        QVERIFY(clerk.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        QVERIFY(clerk.advance(*id, QStringLiteral("record_visit"), QDate(2025, 3, 5), QStringLiteral("两人入户")));
        QVERIFY(clerk.advance(*id, QStringLiteral("publish_notice"), QDate(2025, 3, 10), QString()));
        QVERIFY(clerk.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 17), QString()));
        // The clerk may not decide; the supervisor may, once a determination is saved.
        QVERIFY(!clerk.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 18), QString()).ok());
        CaseRepository supervisor(*db, m_supervisor);
        QVERIFY(!supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 18), QString()).ok());
        const qint64 amount = saveDetermination(*db, m_household);
        QVERIFY(amount > 0);
        QVERIFY(supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 18), QString()));
        const auto c = supervisor.find(*id);
        QCOMPARE(c->state, QStringLiteral("approved"));
        // The amount of the saved determination, paid from the month after.
        QCOMPARE(c->amountFen, amount);
        QCOMPARE(c->paymentFrom, QStringLiteral("2025-04"));
        QCOMPARE(c->steps.size(), 5);
        QCOMPARE(c->steps.last().userName, QStringLiteral("wang"));
        QCOMPARE(c->steps.at(1).note, QStringLiteral("两人入户"));
        QVERIFY(!c->overdueOn(QDate(2025, 3, 18)));
        QCOMPARE(AuditLog(*db).entries(*id).value().size(), 6);
        // A refusal needs its reason.
        const auto other = clerk.open({m_household, QStringLiteral("change"), QDate(2025, 3, 20)});
        QVERIFY(clerk.advance(*other, QStringLiteral("start_investigation"), QDate(2025, 3, 20), QString()));
        QVERIFY(clerk.advance(*other, QStringLiteral("submit"), QDate(2025, 3, 21), QString()));
        QVERIFY(!supervisor.advance(*other, QStringLiteral("refuse"), QDate(2025, 3, 24), QString()).ok());
        QVERIFY(supervisor.advance(*other, QStringLiteral("refuse"), QDate(2025, 3, 24), QStringLiteral("收入超标")));
        QCOMPARE(supervisor.find(*other)->decisionReason, QStringLiteral("收入超标"));
    }

    void theOneWhoSubmittedDoesNotDecide()
    {
        auto db = database();
        // No role both prepares and approves; even a session allowed everything may not decide its own.
        CaseRepository supervisor(*db, Session::bootstrap(QStringLiteral("wang")));
        const auto id = supervisor.open({m_household, QStringLiteral("change"), QDate(2025, 3, 3)});
        QVERIFY(supervisor.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 3), QString()));
        QVERIFY(supervisor.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 4), QString()));
        const Status own = supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 5), QString());
        QVERIFY(!own.ok());
        QVERIFY(own.error().toString().contains(QStringLiteral("another person")));
    }

    void nearRelativesNeedTheCitysVisit()
    {
        auto db = database();
        CaseRepository clerk(*db, m_clerk);
        CaseRepository supervisor(*db, m_supervisor);
        const auto id =
            clerk.open({m_household, QStringLiteral("temporary_assistance"), QDate(2025, 3, 3), false, true});
        QVERIFY(clerk.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 3), QString()));
        QVERIFY(!supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 4), QString()).ok());
        QVERIFY(clerk.advance(*id, QStringLiteral("record_city_visit"), QDate(2025, 3, 4), QStringLiteral("市局入户")));
        QVERIFY(saveDetermination(*db, m_household) >= 0);
        QVERIFY(supervisor.advance(*id, QStringLiteral("approve"), QDate(2025, 3, 5), QString()));
    }

    void badStepsChangeNothing()
    {
        auto db = database();
        CaseRepository clerk(*db, m_clerk);
        const auto id = clerk.open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY(clerk.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 5), QString()));
        const qint64 before = steps(*db);
        // An illegal step, a date before the last step, an unknown case, an unknown action.
        const Status illegal = clerk.advance(*id, QStringLiteral("submit"), QDate(2025, 3, 6), QString());
        QVERIFY(!illegal.ok());
        QVERIFY(illegal.error().toString().contains(QStringLiteral("cannot submit for decision")));
        QCOMPARE(clerk.advance(*id, QStringLiteral("publish_notice"), QDate(2025, 3, 4), QString())
                     .error()
                     .problems()
                     .first()
                     .field,
                 QStringLiteral("date"));
        QVERIFY(!clerk.advance(QStringLiteral("no-such-case"), QStringLiteral("submit"), QDate(2025, 3, 6), QString())
                     .ok());
        QVERIFY(!clerk.advance(*id, QStringLiteral("dance"), QDate(2025, 3, 6), QString()).ok());
        QVERIFY(!clerk.open({QStringLiteral("nobody"), QStringLiteral("change"), QDate(2025, 3, 3)}).ok());
        QVERIFY(!clerk.open({m_household, QStringLiteral("loan"), QDate(2025, 3, 3)}).ok());
        QCOMPARE(steps(*db), before);
        QCOMPARE(clerk.find(*id)->state, QStringLiteral("investigating"));
    }

    void cadresRecordVisitsInTheirVillageOnly()
    {
        auto db = database();
        const auto id =
            CaseRepository(*db, m_clerk).open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY(CaseRepository(*db, m_clerk)
                    .advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 3), QString()));
        CaseRepository own(*db, Session::forUser(QStringLiteral("c1"), QStringLiteral("村干部"), Role::Cadre,
                                                 TestFixtures::kVillageA));
        QVERIFY(own.advance(*id, QStringLiteral("record_visit"), QDate(2025, 3, 4), QString()));
        QVERIFY(!own.advance(*id, QStringLiteral("publish_notice"), QDate(2025, 3, 4), QString()).ok());
        CaseRepository other(*db, Session::forUser(QStringLiteral("c2"), QStringLiteral("村干部"), Role::Cadre,
                                                   TestFixtures::kVillageB));
        QVERIFY(!other.advance(*id, QStringLiteral("record_visit"), QDate(2025, 3, 4), QString()).ok());
        QVERIFY(other.list(QString(), false, QDate(2025, 3, 4))->isEmpty());
    }

    // The due dashboard reads only what a review's schedule depends on (loadForReviews): for every
    // household being paid, the schedule it gives equals the one of the whole household, whatever
    // the date counted from; households not paid, removed, or of another village are not read.
    void reviewsAreScheduledFromTheNarrowRead()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("reviews.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        DemoGenerator generator(23, QDate(2025, 3, 15));
        QVERIFY(generator.fill(**db, QStringLiteral("setup"), 300));
        const Session setup = Session::bootstrap(QStringLiteral("setup"));
        HouseholdRepository households(**db, setup);
        const QList<Household> all = households.loadAll().value();
        // Two households in three are paid; one of them is then removed.
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        for (qsizetype i = 0; i < all.size(); ++i) {
            q.prepare(QStringLiteral("INSERT INTO cases (id, household_id, type, state, opened_on, created_at, "
                                     "created_by, updated_at, updated_by, origin_site) VALUES (?, ?, "
                                     "'dibao_application', ?, '2024-01-02', 'x', 'x', 'x', 'x', 'x')"));
            q.addBindValue(QStringLiteral("case-%1").arg(i));
            q.addBindValue(all[i].uuid);
            q.addBindValue(i % 3 == 2 ? QStringLiteral("closed") : QStringLiteral("active"));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(households.remove(all[0].uuid));

        const QHash<QString, Household> narrow = households.loadForReviews().value();
        qsizetype paying = 0;
        for (qsizetype i = 1; i < all.size(); ++i)
            paying += i % 3 != 2;
        QCOMPARE(narrow.size(), paying);
        int sixMonthly = 0;
        for (qsizetype i = 1; i < all.size(); ++i) {
            QCOMPARE(narrow.contains(all[i].uuid), i % 3 != 2);
            if (i % 3 == 2)
                continue;
            const Household& light = narrow[all[i].uuid];
            for (const QDate& since : {QDate(2025, 3, 1), QDate(2012, 7, 1), QDate(1995, 1, 1)}) {
                QCOMPARE(ReviewSchedule::next(light, since).date, ReviewSchedule::next(all[i], since).date);
                sixMonthly += ReviewSchedule::next(light, since).date == since.addMonths(6);
            }
        }
        QVERIFY(sixMonthly > 0); // both schedules occur
        QVERIFY(sixMonthly < 3 * narrow.size());
        // A cadre reads the households of the village only.
        const QString village = all[1].villageCode;
        const auto own = HouseholdRepository(**db, Session::forUser(QStringLiteral("c1"), QStringLiteral("村干部"),
                                                                    Role::Cadre, village))
                             .loadForReviews()
                             .value();
        QVERIFY(!own.isEmpty());
        for (const Household& h : own)
            QCOMPARE(h.villageCode, village);
    }

    void homeVisitsNeedTwoInvestigatorsFindingsAndASignature()
    {
        auto db = database();
        CaseRepository clerk(*db, m_clerk);
        const auto id = clerk.open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        QVERIFY(clerk.advance(*id, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        HomeVisit visit;
        visit.date = QDate(2025, 3, 5);
        visit.investigators = {QStringLiteral("刘丽"), QString()};
        const Status bad = clerk.recordVisit(*id, visit);
        QCOMPARE(bad.error().problems().size(), 3);
        QCOMPARE(bad.error().problems().first().field, QStringLiteral("investigators"));
        visit.investigators = {QStringLiteral("刘丽"), QStringLiteral("王村长")};
        visit.findings = QStringLiteral("住房为C级危房，无汽车，户主患慢性病");
        visit.present = QStringLiteral("户主、配偶");
        visit.familySigned = true;
        QVERIFY(clerk.recordVisit(*id, visit));
        const CaseStep step = clerk.find(*id)->steps.last();
        QCOMPARE(step.action, QStringLiteral("record_visit"));
        QVERIFY(step.note.contains(QStringLiteral("王村长")));
        QVERIFY(step.note.contains(QStringLiteral("C级危房")));
    }

    void overdueCasesAreListed()
    {
        auto db = database();
        CaseRepository clerk(*db, m_clerk);
        const auto late = clerk.open({m_household, QStringLiteral("dibao_application"), QDate(2025, 3, 3)});
        const auto prompt = clerk.open({m_household, QStringLiteral("change"), QDate(2025, 3, 3)});
        QVERIFY(clerk.advance(*prompt, QStringLiteral("start_investigation"), QDate(2025, 3, 4), QString()));
        // Three working days after Monday 3 March is Thursday 6 March.
        QVERIFY(clerk.list(QString(), true, QDate(2025, 3, 6))->isEmpty());
        const auto overdue = clerk.list(QString(), true, QDate(2025, 3, 7));
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->first().id, *late);
        QCOMPARE(clerk.list(QStringLiteral("investigating"), false, QDate(2025, 3, 7))->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"
