#include "Clock.h"
#include "TestFixtures.h"
#include "cases/CaseRepository.h"
#include "demo/DemoGenerator.h"
#include "payments/ApprovedAmounts.h"
#include "payments/BankFile.h"
#include "payments/BankLayout.h"
#include "payments/PaymentBatches.h"
#include "report/DashboardFigures.h"
#include "report/Recipients.h"
#include "report/Rosters.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"
#include "security/AuditVerifier.h"
#include "services/BatchEvaluation.h"
#include "sheet/RosterImporter.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The month's payment as a record: approved amounts from decisions, batches prepared by one person
// and approved by another, the bank's file out and its returns in, and the supplement after.
class TestPayments final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const Session m_setup = Session::bootstrap(QStringLiteral("setup"));
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

    std::unique_ptr<Database> database()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("p%1.doudi").arg(++m_counter)));
        if (!db || !PolicyRepository(*db, m_setup).ensureExample())
            return nullptr;
        return db;
    }

    // The fixture family in village A; a man living alone in village B (or the woman of `single`).
    QString addHousehold(Database& db, const QString& account, const QString& village = TestFixtures::kVillageA,
                         bool single = false)
    {
        Household h = TestFixtures::household(village);
        h.bankAccount = account;
        if (village != TestFixtures::kVillageA) {
            h.members = {single ? TestFixtures::member("220681195508120025", "王秀", "head")
                                : TestFixtures::member("220681195003070018", "张福", "head")};
            h.income.clear();
            h.expenditure.clear();
        }
        return HouseholdRepository(db, m_setup).save(h) ? h.uuid : QString();
    }

    // A 低保 application through to the supervisor's approval on `day`, on the determination of that
    // month: the household is paid from the month after.
    qint64 approveApplication(Database& db, const QString& householdId, const QDate& day)
    {
        CaseRepository clerk(db, m_clerk);
        const auto id = clerk.open({householdId, QStringLiteral("dibao_application"), day.addDays(-20)});
        if (!id)
            return -1;
        for (const char* action : {"start_investigation", "publish_notice", "submit"}) {
            if (!clerk.advance(*id, QString::fromLatin1(action), day.addDays(-10), QString()))
                return -1;
        }
        const qint64 amount = saveDetermination(db, householdId, day);
        if (!CaseRepository(db, m_supervisor).advance(*id, QStringLiteral("approve"), day, QString()))
            return -1;
        return amount;
    }

    qint64 saveDetermination(Database& db, const QString& householdId, const QDate& day)
    {
        const Household h = HouseholdRepository(db, m_setup).load(householdId).value();
        const auto policy = PolicyRepository(db, m_setup).inForce(day);
        const auto result = Evaluator::evaluate(policy->policy, h, day.toString(QStringLiteral("yyyy-MM")));
        if (!result || !DeterminationRepository(db, m_setup).save({householdId, h, *result}))
            return -1;
        return result->totalFen;
    }

    // The example policy with the standard raised by `raiseFen`, in force from `from`: a new document,
    // as the bureau would publish it.
    static Status raiseStandard(Database& db, const QDate& from, qint64 raiseFen)
    {
        PolicyRepository policies(db, Session::bootstrap(QStringLiteral("setup")));
        QJsonObject source = policies.inForce(from).value().policy.source;
        source.insert(QStringLiteral("id"), QStringLiteral("raised-%1").arg(from.toString(Qt::ISODate)));
        source.insert(QStringLiteral("effective_from"), from.toString(Qt::ISODate));
        QJsonObject standard = source.value(QStringLiteral("dibao_standard_fen")).toObject();
        for (const char* key : {"rural", "urban"})
            standard.insert(QLatin1String(key), standard.value(QLatin1String(key)).toInteger() + raiseFen);
        source.insert(QStringLiteral("dibao_standard_fen"), standard);
        const auto policy = PolicyJson::fromJson(source);
        if (!policy)
            return policy.error();
        return policies.add(*policy);
    }

    static qint64 count(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    // What a household receives is what the decision fixed: a new standard changes what the rules
    // propose, not what is paid, until someone decides again.
    void approvedAmountsSurviveAPolicyChange()
    {
        auto db = database();
        QVERIFY(db);
        const QString household = addHousehold(*db, QStringLiteral("6230000000000000011"));
        const qint64 amount = approveApplication(*db, household, QDate(2025, 3, 18));
        QVERIFY(amount > 0);
        QVERIFY(raiseStandard(*db, QDate(2025, 6, 1), 10000));
        ApprovedAmounts amounts(*db, m_clerk);
        QVERIFY(!amounts.inEffect(household, QStringLiteral("2025-03")).value().has_value()); // paid from April
        for (const char* month : {"2025-04", "2025-06", "2026-01"}) {
            const auto a = amounts.inEffect(household, QString::fromLatin1(month));
            QVERIFY(a.ok() && a->has_value());
            QCOMPARE((*a)->totalFen, amount);
            QCOMPARE((*a)->source, QStringLiteral("case"));
        }
        // The rules now give more; the batch pays what was approved.
        const Household h = HouseholdRepository(*db, m_setup).load(household).value();
        const auto policy = PolicyRepository(*db, m_setup).inForce(QDate(2025, 7, 1));
        QCOMPARE(policy->policy.id, QStringLiteral("raised-2025-06-01"));
        const qint64 proposed = Evaluator::evaluate(policy->policy, h, QStringLiteral("2025-07"))->totalFen;
        QVERIFY2(proposed > amount, qPrintable(QStringLiteral("%1 %2").arg(proposed).arg(amount)));
        const auto plan = PaymentBatches(*db, m_clerk).plan(QStringLiteral("2025-07"), QStringLiteral("regular"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->lines.size(), 1);
        QCOMPARE(plan->lines.first().amountFen, amount);
        // Flagged for review with both amounts, never changed or dropped.
        const auto july = Recipients::forMonth(*db, m_supervisor, 2025, 7);
        QVERIFY(july.ok());
        QCOMPARE(july->recipients.size(), 1);
        QCOMPARE(july->recipients.first().totalFen, amount);
        const QList<Recipient> flagged = Recipients::differingFromTheRules(*july);
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged.first().approvedFen, amount);
        QCOMPARE(flagged.first().proposed->totalFen, proposed);
        // A review decides on the new standard: from the month after its decision.
        CaseRepository clerk(*db, m_clerk);
        const auto review = clerk.open({household, QStringLiteral("periodic_review"), QDate(2025, 7, 1)});
        QVERIFY(review.ok());
        QVERIFY(clerk.advance(*review, QStringLiteral("start_investigation"), QDate(2025, 7, 2), QString()));
        QVERIFY(clerk.advance(*review, QStringLiteral("submit"), QDate(2025, 7, 8), QString()));
        const qint64 renewed = saveDetermination(*db, household, QDate(2025, 7, 9));
        QVERIFY(CaseRepository(*db, m_supervisor).advance(*review, QStringLiteral("approve"), QDate(2025, 7, 10), {}));
        QCOMPARE(amounts.inEffect(household, QStringLiteral("2025-07")).value()->totalFen, amount);
        QCOMPARE(amounts.inEffect(household, QStringLiteral("2025-08")).value()->totalFen, renewed);
        QCOMPARE(amounts.history(household)->size(), 2);
    }

    // A new standard is paid once a supervisor decides it, from the month decided, for every
    // household paid now whose amount it changes; the next batch pays it.
    void aNewStandardIsDecided()
    {
        auto db = database();
        QVERIFY(db);
        const QString first = addHousehold(*db, QStringLiteral("6230000000000000011"));
        const QString second = addHousehold(*db, QStringLiteral("6230000000000000022"), TestFixtures::kVillageB);
        const qint64 firstAmount = approveApplication(*db, first, QDate(2025, 3, 18));
        const qint64 secondAmount = approveApplication(*db, second, QDate(2025, 3, 18));
        QVERIFY(firstAmount > 0 && secondAmount > 0);
        QVERIFY(raiseStandard(*db, QDate(2025, 7, 1), 5000));
        auto batch = BatchEvaluation::run(*db, m_supervisor, QStringLiteral("2025-07"));
        QVERIFY(batch.ok());
        QVERIFY(!batch->commitAndDecide(*db, m_clerk, QStringLiteral("2025-08"), nullptr).ok()); // not the clerk's
        const QString before = TestFixtures::tableRows(*db, {"approved_amounts", "determinations"});
        QVERIFY(!batch->commitAndDecide(*db, m_supervisor, QStringLiteral("2025-8"), nullptr).ok());
        QCOMPARE(TestFixtures::tableRows(*db, {"approved_amounts", "determinations"}), before);
        int decided = -1;
        QVERIFY(batch->commitAndDecide(*db, m_supervisor, QStringLiteral("2025-08"), &decided).ok());
        QCOMPARE(decided, 2);
        ApprovedAmounts amounts(*db, m_clerk);
        QCOMPARE(amounts.inEffect(first, QStringLiteral("2025-07")).value()->totalFen, firstAmount);
        const ApprovedAmount raised = *amounts.inEffect(first, QStringLiteral("2025-08")).value();
        QCOMPARE(raised.source, QStringLiteral("reevaluation"));
        QVERIFY(raised.totalFen > firstAmount);
        QVERIFY(!raised.determinationId.isEmpty());
        const auto august = PaymentBatches(*db, m_clerk).plan(QStringLiteral("2025-08"), QStringLiteral("regular"));
        QVERIFY(august.ok());
        QCOMPARE(august->lines.size(), 2);
        QVERIFY(august->batch.totalFen > firstAmount + secondAmount);
        // Evaluated again under the same standard: nothing more to decide.
        auto again = BatchEvaluation::run(*db, m_supervisor, QStringLiteral("2025-08"));
        QVERIFY(again.ok());
        QVERIFY(again->commitAndDecide(*db, m_supervisor, QStringLiteral("2025-09"), &decided).ok());
        QCOMPARE(decided, 0);
    }

    // A database of the version before payments were records: each receiving household's recorded
    // amount, or its approved case's, becomes its approved amount, a decision of kind 'record'.
    void anOlderDatabaseTakesOverItsRecords()
    {
        const QString older = TestFixtures::migrationsUpTo(m_dir.path(), 15);
        const QString path = m_dir.filePath(QStringLiteral("v15.doudi"));
        QString recorded;
        QString none;
        {
            auto db = Database::open(path, Database::OpenMode::MustNotExist, older);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 15);
            SiteRepository sites(**db, m_setup);
            QVERIFY(
                sites.createSite(QStringLiteral("220681103"), QStringLiteral("六道沟镇"), QStringLiteral("township")));
            QVERIFY(sites.addVillage(TestFixtures::kVillageA, QStringLiteral("六道沟村")));
            Household h = TestFixtures::household();
            h.status = HouseholdStatus::Dibao;
            h.monthlyBenefitFen = 61000;
            h.bankAccount = QStringLiteral("6230000000000000011");
            QVERIFY(HouseholdRepository(**db, m_setup).save(h));
            recorded = h.uuid;
            Household other = TestFixtures::household();
            other.members = {TestFixtures::member("220681195003070018", "张福", "head")};
            QVERIFY(HouseholdRepository(**db, m_setup).save(other));
            none = other.uuid;
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        ApprovedAmounts amounts(**db, m_clerk);
        const QString month = Clock::currentDate().toString(QStringLiteral("yyyy-MM"));
        const auto taken = amounts.inEffect(recorded, month);
        QVERIFY(taken.ok() && taken->has_value());
        QCOMPARE((*taken)->source, QStringLiteral("record"));
        QCOMPARE((*taken)->totalFen, 61000);
        QCOMPARE((*taken)->classification, QStringLiteral("dibao"));
        QCOMPARE((*taken)->persons, 3);
        QVERIFY(!amounts.inEffect(none, month)->has_value());
        QCOMPARE(PaymentBatches(**db, m_clerk).plan(month, QStringLiteral("regular"))->batch.totalFen, 61000);
    }

    // A gradual exit pays the schedule's rates of the last full amount, then ends; a termination
    // ends the payment from the month after.
    void gradualExitAndTermination()
    {
        auto db = database();
        QVERIFY(db);
        const Policy policy = PolicyRepository(*db, m_setup).inForce(QDate(2025, 3, 1)).value().policy;
        Household h = TestFixtures::household();
        const auto steps =
            ApprovedAmounts::gradualExitSteps(policy, h, 60050, QStringLiteral("2025-04"), QStringLiteral("2025-04"));
        // The example: 18 months, 100 % from the first, 50 % from the 13th.
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].fromMonth, QStringLiteral("2025-04"));
        QCOMPARE(steps[0].totalFen, 60100); // rounded up to the yuan
        QCOMPARE(steps[1].fromMonth, QStringLiteral("2026-04"));
        QCOMPARE(steps[1].totalFen, 30100);
        QCOMPARE(steps[2].fromMonth, QStringLiteral("2026-10"));
        QVERIFY(!steps[2].pays());
        // Decided later: the rate begun before gives way to the one in force.
        const auto late =
            ApprovedAmounts::gradualExitSteps(policy, h, 60050, QStringLiteral("2025-04"), QStringLiteral("2026-05"));
        QCOMPARE(late.size(), 2);
        QCOMPARE(late[0].fromMonth, QStringLiteral("2026-05"));
        QCOMPARE(late[0].totalFen, 30100);

        const QString household = addHousehold(*db, QStringLiteral("6230000000000000011"));
        QVERIFY(approveApplication(*db, household, QDate(2025, 3, 18)) > 0);
        CaseRepository clerk(*db, m_clerk);
        const auto ending = clerk.open({household, QStringLiteral("termination"), QDate(2025, 6, 2)});
        QVERIFY(ending.ok());
        for (const char* action : {"start_investigation", "publish_notice", "submit"})
            QVERIFY(clerk.advance(*ending, QString::fromLatin1(action), QDate(2025, 6, 11), QString()));
        QVERIFY(CaseRepository(*db, m_supervisor)
                    .advance(*ending, QStringLiteral("approve"), QDate(2025, 6, 12), QStringLiteral("家庭收入增加")));
        ApprovedAmounts amounts(*db, m_clerk);
        QVERIFY(amounts.inEffect(household, QStringLiteral("2025-06")).value()->pays());
        QVERIFY(!amounts.inEffect(household, QStringLiteral("2025-07")).value()->pays());
        QCOMPARE(PaymentBatches(*db, m_clerk).plan(QStringLiteral("2025-07"), QStringLiteral("regular"))->lines.size(),
                 0);
        // Decisions never change.
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE approved_amounts SET total_fen = 99900, base_fen = 99900")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM approved_amounts")));
    }

    // One person prepares, another approves; an approved batch is a record that never changes.
    void aBatchNeedsASecondPersonAndThenNeverChanges()
    {
        auto db = database();
        QVERIFY(db);
        const QString paid = addHousehold(*db, QStringLiteral("6230000000000000011"));
        const QString noAccount = addHousehold(*db, QString(), TestFixtures::kVillageB);
        QVERIFY(approveApplication(*db, paid, QDate(2025, 3, 18)) > 0);
        QVERIFY(approveApplication(*db, noAccount, QDate(2025, 3, 18)) > 0);

        PaymentBatches supervisorBatches(*db, m_supervisor);
        QVERIFY(!supervisorBatches.prepare(QStringLiteral("2025-04"), QStringLiteral("regular")).ok()); // not theirs
        PaymentBatches clerkBatches(*db, m_clerk);
        const auto plan = clerkBatches.prepare(QStringLiteral("2025-04"), QStringLiteral("regular"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->lines.size(), 1);
        QCOMPARE(plan->summary.leftOut.size(), 1); // no account: said, not paid
        QCOMPARE(plan->summary.leftOut.first().householdId, noAccount);
        QCOMPARE(plan->summary.differences.size(), 1);
        QCOMPARE(plan->summary.differences.first().kind, QStringLiteral("new"));
        QCOMPARE(plan->batch.number, QStringLiteral("220681103-202504-R"));
        QCOMPARE(plan->lines.first().reference, QStringLiteral("220681103-202504-R-00001"));
        QVERIFY(!clerkBatches.prepare(QStringLiteral("2025-04"), QStringLiteral("regular")).ok()); // one a month

        // The preparer may not approve, even as a supervisor.
        const Session preparingSupervisor =
            Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Supervisor, QString());
        const Status self = PaymentBatches(*db, preparingSupervisor).approve(plan->batch.id);
        QVERIFY(!self);
        QVERIFY(self.error().toString().contains(QStringLiteral("another person")));
        QVERIFY(!clerkBatches.approve(plan->batch.id)); // a clerk may not approve at all

        // A prepared list edited outside Doudi is refused, and put back it can be approved again.
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE payments SET bank_account = '6230999999999999999'")));
            const Status tampered = supervisorBatches.approve(plan->batch.id);
            QVERIFY(!tampered);
            QVERIFY(tampered.error().toString().contains(QStringLiteral("outside Doudi")));
            QVERIFY(q.exec(QStringLiteral("UPDATE payments SET bank_account = '6230000000000000011'")));
        }
        // A decision after preparation: the prepared list is no longer the one to pay.
        const QString late = addHousehold(*db, QStringLiteral("6230000000000000022"), TestFixtures::kVillageB, true);
        QVERIFY(approveApplication(*db, late, QDate(2025, 3, 20)) > 0);
        const Status stale = supervisorBatches.approve(plan->batch.id);
        QVERIFY(!stale);
        QVERIFY(stale.error().toString().contains(QStringLiteral("prepare it again")));
        QVERIFY(clerkBatches.discard(plan->batch.id));
        const auto again = clerkBatches.prepare(QStringLiteral("2025-04"), QStringLiteral("regular"));
        QVERIFY(again.ok());
        QCOMPARE(again->lines.size(), 2);
        QVERIFY(supervisorBatches.approve(again->batch.id));

        // Approved: never discarded, never changed, not prepared twice.
        const QString before = TestFixtures::tableRows(*db, {"payment_batches", "payments"});
        QVERIFY(!clerkBatches.discard(again->batch.id));
        QVERIFY(!clerkBatches.prepare(QStringLiteral("2025-04"), QStringLiteral("regular")).ok());
        QSqlQuery q(db->connection());
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE payments SET amount_fen = amount_fen + 100, base_fen = base_fen + 100")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE payment_batches SET total_fen = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM payments")));
        QCOMPARE(TestFixtures::tableRows(*db, {"payment_batches", "payments"}), before);
        const auto shown = clerkBatches.find(again->batch.number);
        QVERIFY(shown.ok());
        QCOMPARE(shown->state, QStringLiteral("approved"));
        QCOMPARE(shown->approvedBy, QStringLiteral("wang"));
        QVERIFY(AuditVerifier::verify(*db, true).value().ok());
    }

    // The bank's file out, its returns in, the failed payment left unpaid until the account is
    // corrected, then paid in a supplement that says which payment it replaces.
    void bankFileRoundTripAndSupplement()
    {
        auto db = database();
        QVERIFY(db);
        const QString first = addHousehold(*db, QStringLiteral("6230000000000000011"));
        const QString second = addHousehold(*db, QStringLiteral("6230000000000000022"), TestFixtures::kVillageB);
        QVERIFY(approveApplication(*db, first, QDate(2025, 3, 18)) > 0);
        QVERIFY(approveApplication(*db, second, QDate(2025, 3, 18)) > 0);
        PaymentBatches clerk(*db, m_clerk);
        const auto plan = clerk.prepare(QStringLiteral("2025-04"), QStringLiteral("regular"));
        QVERIFY(plan.ok());
        QVERIFY(PaymentBatches(*db, m_supervisor).approve(plan->batch.id));
        const PaymentBatch batch = clerk.find(plan->batch.id).value();
        const QList<PaymentLine> lines = clerk.lines(batch.id).value();
        QCOMPARE(lines.size(), 2);

        // The standard layout, in GBK as banks' tools read it.
        const auto rows = BankFile::rows(BankLayout::standard(), batch, lines);
        QCOMPARE(rows.size(), 3);
        const auto bytes = BankFile::csv(BankLayout::standard(), rows);
        QVERIFY(bytes.ok());
        QStringDecoder gbk("GB18030");
        const QString text = gbk.decode(*bytes);
        QVERIFY(text.contains(lines[0].reference));
        QVERIFY(text.contains(QStringLiteral("6230000000000000011")));
        QVERIFY(text.contains(QStringLiteral("2025年4月")));
        QVERIFY(!bytes->contains("李强")); // not UTF-8
        const QString path = m_dir.filePath(QStringLiteral("bank.csv"));
        const auto digest = BankFile::writePrivate(path, *bytes);
        QVERIFY(digest.ok());
#ifdef Q_OS_UNIX
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif
        QVERIFY(clerk.recordExport({batch.id,
                                    QStringLiteral("export"),
                                    QStringLiteral("bank.csv"),
                                    QString(),
                                    QStringLiteral("csv"),
                                    2,
                                    batch.totalFen,
                                    *digest,
                                    {},
                                    {}}));

        // The returns: one paid, one failed; GBK CSV with the bank's own headings and a title line.
        const PaymentLine& failing = lines[0].householdId == first ? lines[0] : lines[1];
        const PaymentLine& fine = lines[0].householdId == first ? lines[1] : lines[0];
        QString returnsText = QStringLiteral("代发结果回盘\r\n业务参考号,户名,金额,处理结果,失败原因\r\n");
        returnsText += fine.reference + QStringLiteral(",") + fine.accountHolder + QStringLiteral(",") +
                       QString::number(fine.amountFen / 100.0, 'f', 2) + QStringLiteral(",成功,\r\n");
        returnsText += failing.reference + QStringLiteral(",") + failing.accountHolder + QStringLiteral(",") +
                       QString::number(failing.amountFen / 100.0, 'f', 2) + QStringLiteral(",失败,账户已销户\r\n");
        QStringEncoder toGbk("GB18030");
        const QByteArray returnsBytes = toGbk.encode(returnsText);
        const auto table = RosterImporter::readSheet(returnsBytes, QStringLiteral("回盘.csv"), QString());
        QVERIFY(table.ok());
        const auto returns = BankFile::readReturns(*table);
        QVERIFY2(returns.ok(), qPrintable(returns.ok() ? QString() : returns.error().toString()));
        QCOMPARE(returns->size(), 2);

        // A reference not in the batch refuses the whole file.
        QList<BankReturn> wrong = *returns;
        wrong.append({9, QStringLiteral("220681103-202504-R-00099"), true, QString(), -1});
        const QString before = TestFixtures::tableRows(*db, {"payments", "bank_files"});
        const Status refused = clerk.applyReturns(batch.id, wrong, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains(QStringLiteral("row 9")));
        QCOMPARE(TestFixtures::tableRows(*db, {"payments", "bank_files"}), before);

        BankFileRecord record;
        record.fileName = QStringLiteral("回盘.csv");
        record.format = QStringLiteral("csv");
        record.rows = 2;
        record.digest = BankFile::digest(returnsBytes);
        QVERIFY(clerk.applyReturns(batch.id, *returns, record));
        QVERIFY(clerk.applyReturns(batch.id, *returns, record)); // read twice: nothing changes
        const PaymentBatch after = clerk.find(batch.id).value();
        QCOMPARE(after.paid, 1);
        QCOMPARE(after.failed, 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM payments WHERE failure_reason = '账户已销户'")), 1);
        QCOMPARE(clerk.files(batch.id)->size(), 3);
        // A settled payment is never changed.
        QVERIFY(!clerk.markFailed(batch.id, fine.householdId, QStringLiteral("户名不符")));

        // Before the account is corrected, the supplement has nothing to pay and says why.
        const auto waiting = clerk.plan(QStringLiteral("2025-05"), QStringLiteral("supplement"));
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->lines.size(), 0);
        QCOMPARE(waiting->summary.leftOut.size(), 1);
        QVERIFY(!clerk.prepare(QStringLiteral("2025-05"), QStringLiteral("supplement")).ok());
        Household h = HouseholdRepository(*db, m_clerk).load(failing.householdId).value();
        h.bankAccount = QStringLiteral("6217000000000000099");
        QVERIFY(HouseholdRepository(*db, m_clerk).save(h));
        const auto supplement = clerk.prepare(QStringLiteral("2025-05"), QStringLiteral("supplement"));
        QVERIFY(supplement.ok());
        QCOMPARE(supplement->lines.size(), 1);
        QCOMPARE(supplement->lines.first().replaces, failing.id);
        QCOMPARE(supplement->lines.first().forMonth, QStringLiteral("2025-04"));
        QCOMPARE(supplement->lines.first().amountFen, failing.amountFen);
        QCOMPARE(supplement->lines.first().bankAccount, QStringLiteral("6217000000000000099"));
        QVERIFY(PaymentBatches(*db, m_supervisor).approve(supplement->batch.id));
        QVERIFY(clerk.markPaidInFull(supplement->batch.id));
        // Paid once: nothing left for another supplement.
        QCOMPARE(clerk.plan(QStringLiteral("2025-06"), QStringLiteral("supplement"))->lines.size(), 0);
        const auto history = clerk.history(failing.householdId);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QVERIFY(AuditVerifier::verify(*db, true).value().ok());
    }

    // A month an approved batch missed (a decision that came late) is paid in the supplement.
    void aMissedMonthIsPaidInTheSupplement()
    {
        auto db = database();
        QVERIFY(db);
        const QString early = addHousehold(*db, QStringLiteral("6230000000000000011"));
        QVERIFY(approveApplication(*db, early, QDate(2025, 3, 18)) > 0);
        PaymentBatches clerk(*db, m_clerk);
        const auto april = clerk.prepare(QStringLiteral("2025-04"), QStringLiteral("regular"));
        QVERIFY(april.ok());
        QVERIFY(PaymentBatches(*db, m_supervisor).approve(april->batch.id));
        const QString late = addHousehold(*db, QStringLiteral("6230000000000000022"), TestFixtures::kVillageB);
        QVERIFY(approveApplication(*db, late, QDate(2025, 3, 28)) > 0); // paid from April too
        const auto supplement = clerk.plan(QStringLiteral("2025-05"), QStringLiteral("supplement"));
        QVERIFY(supplement.ok());
        QCOMPARE(supplement->lines.size(), 1);
        QCOMPARE(supplement->lines.first().householdId, late);
        QCOMPARE(supplement->lines.first().forMonth, QStringLiteral("2025-04"));
    }

    // On the demo township every figure of a month is read from its batches: the payment roster,
    // the statistics roster, the dashboard and the batch itself agree fen for fen.
    void everyFigureAgreesOnTheDemo()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(db.ok());
        const QDate today = Clock::currentDate();
        QVERIFY(DemoGenerator(3, today).fill(**db, QStringLiteral("demo"), 400));
        const QString month = today.toString(QStringLiteral("yyyy-MM"));
        PaymentBatches batches(**db, m_supervisor);
        const auto all = batches.list();
        QVERIFY(all.ok());
        QCOMPARE(std::count_if(all->cbegin(), all->cend(),
                               [](const PaymentBatch& b) { return b.kind == QLatin1String("regular"); }),
                 12);
        QVERIFY(std::any_of(all->cbegin(), all->cend(), [](const PaymentBatch& b) { return b.failed > 0; }));
        QVERIFY(std::any_of(all->cbegin(), all->cend(),
                            [](const PaymentBatch& b) { return b.kind == QLatin1String("supplement"); }));
        const PaymentBatch regular = *std::find_if(all->cbegin(), all->cend(), [&month](const PaymentBatch& b) {
            return b.month == month && b.kind == QLatin1String("regular");
        });
        QVERIFY(regular.isApproved());

        const auto payment = Rosters::build(**db, m_supervisor, QStringLiteral("payment"), today);
        QVERIFY(payment.ok());
        qint64 rosterFen = 0;
        qint64 rosterLines = 0;
        for (const RosterSection& s : payment->sections) {
            if (s.summary) {
                // The township's total agrees with its villages.
                QCOMPARE(s.sum(5), regular.totalFen);
                QCOMPARE(s.sum(1), qint64(regular.lines));
                continue;
            }
            rosterFen += s.sum(8);
            rosterLines += s.rows.size();
        }
        QCOMPARE(rosterFen, regular.totalFen);
        QCOMPARE(rosterLines, qint64(regular.lines));
        QCOMPARE(payment->headerFields.at(1).second, regular.number);

        // The month's supplement has its own roster, with its own batch number.
        const PaymentBatch supplement = *std::find_if(all->cbegin(), all->cend(), [&month](const PaymentBatch& b) {
            return b.month == month && b.kind == QLatin1String("supplement");
        });
        const auto supplementRoster = Rosters::build(**db, m_supervisor, QStringLiteral("supplement"), today);
        QVERIFY(supplementRoster.ok());
        qint64 supplementFen = 0;
        for (const RosterSection& s : supplementRoster->sections)
            supplementFen += s.sum(8);
        QCOMPARE(supplementFen, supplement.totalFen);
        QCOMPARE(supplementRoster->headerFields.at(1).second, supplement.number);

        const auto stats = Rosters::build(**db, m_supervisor, QStringLiteral("stats"), today);
        QVERIFY(stats.ok());
        QCOMPARE(stats->sections.at(0).sum(3), regular.totalFen);
        QCOMPARE(stats->sections.at(1).sum(3), regular.totalFen);

        const auto figures = DashboardFigures::compute(**db, m_supervisor, today);
        QVERIFY(figures.ok());
        qint64 byCategory = 0;
        for (const DashboardFigures::Count& c : figures->byCategory)
            byCategory += c.fen;
        QCOMPARE(byCategory, regular.totalFen);
        // Each month of the trend: what its batches paid for it, returned payments out and their
        // supplement in.
        for (const DashboardFigures::MonthAmount& m : figures->trend) {
            const QString key = m.month.toString(QStringLiteral("yyyy-MM"));
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("SELECT coalesce(sum(p.amount_fen), 0) FROM payments p JOIN payment_batches b "
                                     "ON b.id = p.batch_id WHERE p.for_month = ? AND p.state <> 'failed' AND "
                                     "b.state = 'approved'"));
            q.addBindValue(key);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(m.benefitsFen, q.value(0).toLongLong());
        }
        QVERIFY(AuditVerifier::verify(**db, true).value().ok());
    }

    void bankLayoutsAreCheckedField_by_field()
    {
        const auto bad = BankLayout::fromJson(
            R"({"format":"doudi-bank-layout/1","name":"农商行","file":"pdf","columns":[{"field":"id_number"}]})");
        QVERIFY(!bad.ok());
        const QString message = bad.error().toString();
        QVERIFY(message.contains(QStringLiteral("file")));
        QVERIFY(message.contains(QStringLiteral("columns[0].field")));
        const auto good = BankLayout::fromJson(
            R"({"format":"doudi-bank-layout/1","name":"农商行","file":"xlsx","encoding":"utf-8","header":false,
                "columns":[{"field":"bank_account","title":"账号"},{"field":"amount_fen","title":"分"}]})");
        QVERIFY(good.ok());
        QCOMPARE(good->columns.size(), 2);
        QCOMPARE(BankLayout::fromJson(good->toJson())->toJson(), good->toJson());
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "TestPayments.moc"
