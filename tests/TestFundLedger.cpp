#include "Clock.h"
#include "TestFixtures.h"
#include "cases/CaseRepository.h"
#include "fund/FundLedger.h"
#include "security/AuditVerifier.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/UserRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The reserve fund: limits at and above each threshold, the once-a-year rule, reversals, year-end
// close, the reconciliation statement against hand-computed figures, and the balance that never
// goes below zero whatever sequence of operations is tried.
class TestFundLedger final : public QObject
{
    Q_OBJECT

private:
    // The example policy's rural standard: 480 元 a month; the township limit 3 ×, the cap 10 ×.
    static constexpr qint64 kStandard = 48000;
    static constexpr qint64 kLimit = 3 * kStandard;
    static constexpr qint64 kCap = 10 * kStandard;

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_household;
    QString m_otherHousehold;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_otherClerk =
        Session::forUser(QStringLiteral("zhao"), QStringLiteral("赵敏"), Role::Clerk, QString());
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

    // A township with two households, the example policy, a quota of 100,000 元 for 2025 and
    // `allocated` of it advanced on 2 January.
    std::unique_ptr<Database> database(qint64 allocated = 5000000)
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("f%1.doudi").arg(++m_counter)));
        if (!db)
            return nullptr;
        const Session setup = Session::bootstrap(QStringLiteral("setup"));
        Household a = TestFixtures::household();
        Household b = TestFixtures::household(TestFixtures::kVillageB);
        b.members = {TestFixtures::member("220681195003070018", "孙大山", "head")};
        HouseholdRepository households(*db, setup);
        const auto failed = [](const Error& e) {
            qWarning("%s", qPrintable(e.toString()));
            return nullptr;
        };
        if (Status s = households.save(a); !s)
            return failed(s.error());
        if (Status s = households.save(b); !s)
            return failed(s.error());
        if (Status s = PolicyRepository(*db, setup).ensureExample(); !s)
            return failed(s.error());
        m_household = a.uuid;
        m_otherHousehold = b.uuid;
        FundLedger ledger(*db, m_supervisor);
        if (Status s = ledger.setQuota(2025, 10000000, QStringLiteral("临民发〔2025〕3号"), QDate(2025, 1, 2)); !s)
            return failed(s.error());
        if (allocated > 0) {
            if (const auto id = ledger.allocate(allocated, QStringLiteral("预拨-01"), QDate(2025, 1, 2)); !id)
                return failed(id.error());
        }
        return db;
    }

    FundLedger::Payment payment(qint64 fen, const QDate& date = QDate(2025, 3, 3),
                                const QString& reasonType = QStringLiteral("emergency")) const
    {
        FundLedger::Payment p;
        p.householdId = m_household;
        p.reasonType = reasonType;
        p.reason = QStringLiteral("火灾后生活困难");
        p.method = QStringLiteral("cash");
        p.amountFen = fen;
        p.date = date;
        return p;
    }

    static qint64 count(Database& db, const char* sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // Entries and audit entries: a refused operation leaves both as they were.
    static QPair<qint64, qint64> size(Database& db)
    {
        return {count(db, "SELECT count(*) FROM fund_entries"), count(db, "SELECT count(*) FROM audit_log")};
    }

private slots:
    void cleanup() { Clock::setFixed(QDateTime()); }

    void limitsAtAndAboveEachThreshold()
    {
        auto db = database();
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        const auto limits = clerk.limitsFor(m_household, QStringLiteral("emergency"), QDate(2025, 3, 3));
        QVERIFY2(limits.ok(), qPrintable(limits.error().toString()));
        QCOMPARE(limits->standardFen, kStandard);
        QCOMPARE(limits->townshipLimitFen, kLimit);
        QCOMPARE(limits->capFen, kCap);
        QCOMPARE(limits->availableFen, qint64(5000000));

        // At the township limit the clerk pays alone; one fen above needs a supervisor.
        const auto atLimit = clerk.pay(payment(kLimit));
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.error().toString()));
        auto above = payment(kLimit + 1, QDate(2025, 3, 3), QStringLiteral("expenditure"));
        const auto before = size(*db);
        const auto refused = clerk.pay(above);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().contains(QStringLiteral("supervisor")));
        QCOMPARE(size(*db), before);
        // The approver must be a supervisor and another person.
        QVERIFY(!clerk.pay(above, &m_otherClerk).ok());
        QVERIFY(!FundLedger(*db, m_clerk).pay(above, &m_clerk).ok());
        const auto approved = clerk.pay(above, &m_supervisor);
        QVERIFY2(approved.ok(), qPrintable(approved.error().toString()));

        // At the cap no collective decision is needed; one fen above it is.
        auto other = payment(kCap);
        other.householdId = m_otherHousehold;
        QVERIFY(clerk.pay(other, &m_supervisor).ok());
        auto overCap = payment(kCap + 1, QDate(2025, 3, 4), QStringLiteral("expenditure"));
        overCap.householdId = m_otherHousehold;
        const auto capRefused = clerk.pay(overCap, &m_supervisor);
        QVERIFY(!capRefused.ok());
        QVERIFY(capRefused.error().toString().contains(QStringLiteral("一事一议")));
        overCap.meetingRef = QStringLiteral("六道沟镇党委会议纪要〔2025〕7号");
        QVERIFY(clerk.pay(overCap, &m_supervisor).ok());

        const auto entries = clerk.entries().value();
        QCOMPARE(entries.last().approvedBy, QStringLiteral("wang"));
        QCOMPARE(entries.last().preparedBy, QStringLiteral("liu"));
        QCOMPARE(entries.last().meetingRef, QStringLiteral("六道沟镇党委会议纪要〔2025〕7号"));
        QCOMPARE(entries.at(2).approvedBy, QStringLiteral("liu")); // within the limit, the clerk's own
        QCOMPARE(entries.at(2).document, QStringLiteral("2025-0001"));
        QCOMPARE(entries.last().document, QStringLiteral("2025-0004"));
        // Emergency help: paperwork within 5 working days (Monday 3 March → Monday 10 March).
        QCOMPARE(entries.at(2).paperworkDue, QDate(2025, 3, 10));
        QVERIFY(!entries.at(3).paperworkDue.isValid()); // expenditure: paperwork before the money
        QCOMPARE(clerk.balance(2025)->paidFen, kLimit + kLimit + 1 + kCap + kCap + 1);
    }

    // A clerk whose account carries a lower limit than the township's needs approval above it.
    void aClerksOwnLimit()
    {
        auto db = database();
        QVERIFY(db);
        User liu{QString(),
                 QStringLiteral("liu"),
                 QStringLiteral("刘丽"),
                 Role::Clerk,
                 QString(),
                 QStringLiteral("not-a-real-hash"),
                 50000,
                 0,
                 {},
                 false};
        QVERIFY(UserRepository(*db, Session::bootstrap(QStringLiteral("setup"))).addHashed(liu));
        FundLedger clerk(*db, m_clerk);
        QCOMPARE(clerk.limitsFor(m_household, QStringLiteral("emergency"), QDate(2025, 3, 3))->ownLimitFen,
                 qint64(50000));
        QVERIFY(!clerk.pay(payment(50001)).ok());
        QVERIFY(clerk.pay(payment(50000)).ok());
        QVERIFY(clerk.pay(payment(50001, QDate(2025, 3, 3), QStringLiteral("expenditure")), &m_supervisor).ok());
    }

    void badInputIsRefusedAndChangesNothing()
    {
        auto db = database(100000);
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        const auto before = size(*db);
        for (qint64 fen : {qint64(0), qint64(-100)}) {
            const auto r = clerk.pay(payment(fen));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
            QCOMPARE(r.error().problems().first().field, QStringLiteral("amount_fen"));
        }
        auto unknown = payment(1000);
        unknown.householdId = QStringLiteral("no-such-household");
        QVERIFY(!clerk.pay(unknown).ok());
        auto badMethod = payment(1000);
        badMethod.method = QStringLiteral("cheque");
        badMethod.reason.clear();
        const auto twoProblems = clerk.pay(badMethod);
        QCOMPARE(twoProblems.error().problems().size(), 2);
        // Over the balance: 1,000 元 allocated, 1,000.01 元 asked for.
        const auto over = clerk.pay(payment(100001));
        QVERIFY(!over.ok());
        QVERIFY(over.error().toString().contains(QStringLiteral("1,000.00")));
        QCOMPARE(size(*db), before);
        // Exactly the balance is paid; then nothing more.
        QVERIFY(clerk.pay(payment(100000)).ok());
        QCOMPARE(clerk.balance(2025)->balanceFen, qint64(0));
        auto more = payment(1, QDate(2025, 3, 3), QStringLiteral("expenditure"));
        QVERIFY(!clerk.pay(more).ok());
        // A payment dated before the money came is refused even though the balance is there now.
        QVERIFY(FundLedger(*db, m_supervisor).allocate(100000, QStringLiteral("补充-01"), QDate(2025, 4, 1), true));
        QVERIFY(!clerk.pay(payment(1, QDate(2025, 3, 20), QStringLiteral("expenditure"))).ok());
        // A backdated payment that later entries depend on is refused too.
        QVERIFY(clerk.pay(payment(100000, QDate(2025, 4, 2), QStringLiteral("expenditure"))).ok());
        auto backdated = payment(1, QDate(2025, 4, 1), QStringLiteral("expenditure"));
        backdated.householdId = m_otherHousehold;
        QVERIFY(!clerk.pay(backdated).ok());
    }

    void roles()
    {
        auto db = database();
        QVERIFY(db);
        const Session cadre =
            Session::forUser(QStringLiteral("c1"), QStringLiteral("村干部"), Role::Cadre, TestFixtures::kVillageA);
        QVERIFY(!FundLedger(*db, cadre).entries().ok());
        QVERIFY(!FundLedger(*db, m_supervisor).pay(payment(1000)).ok()); // a supervisor approves, never prepares
        const auto id = FundLedger(*db, m_clerk).pay(payment(1000));
        QVERIFY(id.ok());
        QVERIFY(!FundLedger(*db, m_clerk).reverse(*id, QStringLiteral("录错"), QDate(2025, 3, 3)).ok());
        QVERIFY(!FundLedger(*db, m_clerk).allocate(1000, QStringLiteral("x"), QDate(2025, 3, 3)).ok());
        const Session auditor =
            Session::forUser(QStringLiteral("a1"), QStringLiteral("审计"), Role::Auditor, QString());
        QCOMPARE(FundLedger(*db, auditor).entries()->size(), 3);
    }

    void onceAYearUnlessASupervisorOverrides()
    {
        auto db = database();
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        QVERIFY(clerk.pay(payment(50000, QDate(2025, 3, 3))).ok());
        const auto second = clerk.pay(payment(20000, QDate(2025, 9, 1)));
        QVERIFY(!second.ok());
        QVERIFY(second.error().toString().contains(QStringLiteral("2025-0001")));
        // Another kind of reason is another matter; another household too.
        QVERIFY(clerk.pay(payment(20000, QDate(2025, 9, 1), QStringLiteral("expenditure"))).ok());
        // A supervisor's approval without a reason is not an override.
        QVERIFY(!clerk.pay(payment(20000, QDate(2025, 9, 2)), &m_supervisor).ok());
        auto overridden = payment(20000, QDate(2025, 9, 2));
        overridden.overrideReason = QStringLiteral("二次火灾，经镇长批准");
        const auto ok = clerk.pay(overridden, &m_supervisor);
        QVERIFY2(ok.ok(), qPrintable(ok.error().toString()));
        QCOMPARE(clerk.entries()->last().overrideReason, QStringLiteral("二次火灾，经镇长批准"));
        // A reversed payment does not count; the next year starts afresh.
        QVERIFY(clerk.setQuota(2026, 1, QStringLiteral("x"), QDate(2026, 1, 2)).ok() == false); // not the clerk's
        QVERIFY(clerk.pay(payment(20000, QDate(2026, 1, 5))).ok());
    }

    void reversals()
    {
        auto db = database();
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        FundLedger supervisor(*db, m_supervisor);
        const auto paid = clerk.pay(payment(30000));
        QVERIFY(paid.ok());
        QVERIFY(!supervisor.reverse(*paid, QString(), QDate(2025, 3, 4)).ok());                  // a reason is required
        QVERIFY(!supervisor.reverse(*paid, QStringLiteral("金额录错"), QDate(2025, 3, 2)).ok()); // before it
        const auto reversal = supervisor.reverse(*paid, QStringLiteral("金额录错"), QDate(2025, 3, 4));
        QVERIFY2(reversal.ok(), qPrintable(reversal.error().toString()));
        const auto before = size(*db);
        QVERIFY(!supervisor.reverse(*paid, QStringLiteral("again"), QDate(2025, 3, 4)).ok());
        const auto ofReversal = supervisor.reverse(*reversal, QStringLiteral("again"), QDate(2025, 3, 4));
        QVERIFY(!ofReversal.ok());
        QVERIFY(ofReversal.error().toString().contains(QStringLiteral("cannot itself be reversed")));
        const QString quotaId = clerk.entries()->first().id;
        QVERIFY(!supervisor.reverse(quotaId, QStringLiteral("x"), QDate(2025, 3, 4)).ok());
        QCOMPARE(size(*db), before);
        const FundBalance b = clerk.balance(2025).value();
        QCOMPARE(b.paidFen, qint64(30000));
        QCOMPARE(b.reversedFen, qint64(30000));
        QCOMPARE(b.balanceFen, qint64(5000000));
        // The reversed payment no longer counts for the once-a-year rule and needs no paperwork.
        QVERIFY(clerk.paperworkOutstanding()->isEmpty());
        QVERIFY(clerk.pay(payment(20000, QDate(2025, 3, 5))).ok());
        // An allocation taken back cannot leave the fund below zero.
        const QString allocation = clerk.entries()->at(1).id;
        QVERIFY(!supervisor.reverse(allocation, QStringLiteral("预拨有误"), QDate(2025, 3, 6)).ok());
        // The ledger refuses any change made behind its back.
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE fund_entries SET amount_fen = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM fund_entries")));
    }

    void paperworkAndTheAuditTrail()
    {
        auto db = database();
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        const auto paid = clerk.pay(payment(30000));
        QVERIFY(paid.ok());
        QCOMPARE(clerk.paperworkOutstanding()->size(), 1);
        QVERIFY(!clerk.completePaperwork(*paid, QDate(2025, 3, 1), QString()).ok());
        QVERIFY(clerk.completePaperwork(*paid, QDate(2025, 3, 7), QStringLiteral("申请书、身份证复印件")).ok());
        QVERIFY(!clerk.completePaperwork(*paid, QDate(2025, 3, 7), QString()).ok());
        QVERIFY(clerk.paperworkOutstanding()->isEmpty());
        QCOMPARE(clerk.entries()->last().paperworkDone, QDate(2025, 3, 7));

        auto report = AuditVerifier::verify(*db, true);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->findings.isEmpty() ? QString() : report->findings.first().message));
        // Someone drops the trigger and changes an amount: the audit check names the entry.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fund_entries_never_changed")));
        QVERIFY(q.exec(QStringLiteral("UPDATE fund_entries SET amount_fen = 3 WHERE kind = 'payment'")));
        report = AuditVerifier::verify(*db, true);
        QVERIFY(report.ok());
        QCOMPARE(report->findings.size(), 1);
        QCOMPARE(report->findings.first().table, QStringLiteral("fund_entries"));
        QVERIFY(report->findings.first().message.contains(QStringLiteral("amount_fen")));
    }

    void yearEndClose()
    {
        auto db = database(1000000);
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        FundLedger supervisor(*db, m_supervisor);
        const auto paid = clerk.pay(payment(30000, QDate(2025, 12, 1)));
        QVERIFY(paid.ok());
        Clock::setFixed(QDateTime(QDate(2025, 11, 30), QTime(9, 0), Qt::UTC));
        QVERIFY(!supervisor.closeYear(2025, false).ok()); // not before December
        Clock::setFixed(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        const auto outstanding = supervisor.closeYear(2025, false);
        QVERIFY(!outstanding.ok());
        QVERIFY(outstanding.error().toString().contains(QStringLiteral("2025-0001")));
        QVERIFY(clerk.completePaperwork(*paid, QDate(2025, 12, 3), QString()).ok());
        const auto newYear = clerk.pay(payment(10000, QDate(2026, 1, 3))); // the new year already pays
        QVERIFY(newYear.ok());
        QVERIFY(supervisor.closeYear(2025, false).ok());
        QVERIFY(!supervisor.closeYear(2025, false).ok());

        const FundBalance y2025 = clerk.balance(2025).value();
        QVERIFY(y2025.closed);
        QCOMPARE(y2025.balanceFen, qint64(1000000 - 30000));
        const FundBalance y2026 = clerk.balance(2026).value();
        QVERIFY(!y2026.closed);
        QCOMPARE(y2026.carriedInFen, qint64(970000));
        QCOMPARE(y2026.balanceFen, qint64(960000));
        QCOMPARE(clerk.entries()->last().balanceAfterFen, qint64(960000));
        // Nothing dated in the closed year can be written.
        const auto late = clerk.pay(payment(100, QDate(2025, 12, 30), QStringLiteral("expenditure")));
        QVERIFY(!late.ok());
        QVERIFY(late.error().toString().contains(QStringLiteral("2025")));
        QVERIFY(!supervisor.allocate(100, QStringLiteral("x"), QDate(2025, 12, 31), true).ok());
        QVERIFY(!supervisor.setQuota(2025, 100, QStringLiteral("x"), QDate(2026, 1, 5)).ok());

        // Closing with a return gives back what is left, unless the new year already spent it.
        Clock::setFixed(QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC));
        QVERIFY(clerk.completePaperwork(*newYear, QDate(2026, 1, 6), QString()).ok());
        QVERIFY(supervisor.closeYear(2026, true).ok());
        const FundBalance closed2026 = clerk.balance(2026).value();
        QCOMPARE(closed2026.returnedFen, qint64(960000));
        QCOMPARE(closed2026.balanceFen, qint64(0));
        QCOMPARE(clerk.balance(2027)->carriedInFen, qint64(0));
    }

    // A month of movements whose statement was worked out by hand.
    void reconciliationAgainstHandFigures()
    {
        auto db = database(2000000); // 20,000 元 advanced on 2 January
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        FundLedger supervisor(*db, m_supervisor);
        QVERIFY(clerk.pay(payment(50000, QDate(2025, 2, 10))).ok()); // February: 500 元
        auto p1 = payment(80000, QDate(2025, 3, 3));                 // March: 800 元 emergency cash
        p1.householdId = m_otherHousehold;
        QVERIFY(clerk.pay(p1).ok());
        auto p2 = payment(120000, QDate(2025, 3, 12), QStringLiteral("expenditure")); // 1,200 元 bank
        p2.method = QStringLiteral("bank");
        const auto second = clerk.pay(p2);
        QVERIFY(second.ok());
        auto p3 = payment(30000, QDate(2025, 3, 28), QStringLiteral("expenditure")); // 300 元 in kind
        p3.householdId = m_otherHousehold;
        p3.method = QStringLiteral("in_kind");
        QVERIFY(clerk.pay(p3).ok());
        QVERIFY(supervisor.reverse(*second, QStringLiteral("重复发放"), QDate(2025, 3, 20)).ok());
        QVERIFY(supervisor.allocate(300000, QStringLiteral("补充-03"), QDate(2025, 3, 25), true).ok());
        QVERIFY(clerk.pay(payment(10000, QDate(2025, 4, 1), QStringLiteral("expenditure"))).ok()); // April

        const auto st = clerk.reconcile(2025, 3);
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(st->month, QStringLiteral("2025-03"));
        QCOMPARE(st->quotaFen, qint64(10000000));
        QCOMPARE(st->openingFen, qint64(2000000 - 50000));
        QCOMPARE(st->allocatedFen, qint64(0));
        QCOMPARE(st->replenishedFen, qint64(300000));
        QCOMPARE(st->paid.count, 3);
        QCOMPARE(st->paid.fen, qint64(80000 + 120000 + 30000));
        QCOMPARE(st->paidByReasonType.value(QStringLiteral("emergency")).fen, qint64(80000));
        QCOMPARE(st->paidByReasonType.value(QStringLiteral("expenditure")).fen, qint64(150000));
        QCOMPARE(st->paidByMethod.value(QStringLiteral("cash")).fen, qint64(80000));
        QCOMPARE(st->paidByMethod.value(QStringLiteral("bank")).fen, qint64(120000));
        QCOMPARE(st->paidByMethod.value(QStringLiteral("in_kind")).count, 1);
        QCOMPARE(st->reversed.fen, qint64(120000));
        // 19,500 + 3,000 − 2,300 + 1,200 = 21,400 元
        QCOMPARE(st->closingFen, qint64(2140000));
        QCOMPARE(st->replenishmentRequestFen, qint64(110000));
        // February's emergency payment and March's, both without paperwork at the month's end.
        QCOMPARE(st->paperworkOutstanding.size(), 2);
        // The statement's closing balance is the ledger's on the last day of the month.
        const auto entries = clerk.entries().value();
        qint64 onTheLastDay = 0;
        for (const FundEntry& e : entries) {
            if (e.date <= QDate(2025, 3, 31))
                onTheLastDay = e.balanceAfterFen;
        }
        QCOMPARE(st->closingFen, onTheLastDay);
        // A month with nothing in it: opening equals closing.
        const auto quiet = clerk.reconcile(2025, 7);
        QCOMPARE(quiet->paid.count, 0);
        QCOMPARE(quiet->openingFen, quiet->closingFen);
    }

    // Thousands of random operations, valid and not: the balance always equals allocated − paid
    // + reversed, never goes below zero, and the running balance never dips below zero either.
    void randomSequencesKeepTheInvariant()
    {
        auto db = database(0);
        QVERIFY(db);
        FundLedger clerk(*db, m_clerk);
        FundLedger supervisor(*db, m_supervisor);
        QRandomGenerator random(20251129);
        QStringList payments;
        QStringList allocations;
        int refused = 0;
        const int operations = 2000;
        for (int i = 0; i < operations; ++i) {
            const QDate date = QDate(2025, 1, 1).addDays(random.bounded(365));
            const qint64 fen = random.bounded(-1000, 200000);
            const int op = random.bounded(10);
            bool ok = false;
            if (op < 2) {
                const auto id = supervisor.allocate(fen, QStringLiteral("v%1").arg(i), date, random.bounded(2) == 0);
                ok = id.ok();
                if (ok)
                    allocations.append(*id);
            } else if (op < 8) {
                auto p =
                    payment(fen, date, random.bounded(2) ? QStringLiteral("emergency") : QStringLiteral("expenditure"));
                p.householdId = random.bounded(2) ? m_household : m_otherHousehold;
                p.overrideReason = QStringLiteral("override %1").arg(i);
                p.meetingRef = random.bounded(4) == 0 ? QStringLiteral("m%1").arg(i) : QString();
                const auto id = clerk.pay(p, random.bounded(3) ? &m_supervisor : nullptr);
                ok = id.ok();
                if (ok)
                    payments.append(*id);
            } else {
                QStringList& pool = op == 8 && !allocations.isEmpty() ? allocations : payments;
                if (!pool.isEmpty()) {
                    const QString id = pool.at(random.bounded(int(pool.size())));
                    ok = supervisor.reverse(id, QStringLiteral("r%1").arg(i), date).ok();
                }
            }
            refused += ok ? 0 : 1;
            if (i % 50 != 0 && i != operations - 1)
                continue;
            const FundBalance b = clerk.balance(2025).value();
            QCOMPARE(b.balanceFen, b.allocatedFen - b.paidFen + b.reversedFen);
            QVERIFY(b.balanceFen >= 0);
            QCOMPARE(b.balanceFen, count(*db, "SELECT coalesce(sum(sign * amount_fen), 0) FROM fund_entries"));
            QCOMPARE(count(*db, "SELECT count(*) FROM fund_entries WHERE amount_fen <= 0 AND kind <> 'quota'"), 0);
            for (const FundEntry& e : clerk.entries().value())
                QVERIFY2(e.balanceAfterFen >= 0, qPrintable(QStringLiteral("entry %1 below zero").arg(e.seq)));
        }
        // Both kinds happened: a sequence that refused everything would prove nothing.
        QVERIFY(payments.size() > 100);
        QVERIFY(refused > 100);
        const auto report = AuditVerifier::verify(*db, true);
        QVERIFY(report.ok() && report->ok());
    }
};

QTEST_GUILESS_MAIN(TestFundLedger)
#include "TestFundLedger.moc"
