#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/Money.h"
#include "payments/ApprovedAmounts.h"
#include "payments/FuneralWaivers.h"
#include "report/FuneralWaiverCertificate.h"
#include "security/AuditVerifier.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The basic funeral services waiver (issue 20, spec/programs.md §4.4): offered when a covered
// person's death is recorded, issued once as a certificate, kept as issued.
class TestFuneralWaivers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session m_admin = Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, QString());
    // The example policy's amount (policy-programs-example.json).
    static constexpr qint64 kAmountFen = 120000;

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A household the roll pays in `month` as `classification` (or, empty, one it does not pay).
    QString householdPaidAs(const QString& classification, const QString& month)
    {
        return householdPaidAsExcept(classification, month, {});
    }
    QString householdPaidAsExcept(const QString& classification, const QString& month, const QStringList& except)
    {
        const auto roll = ApprovedAmounts(*m_db, m_clerk).inEffect(month);
        if (!roll)
            return {};
        const auto all = HouseholdRepository(*m_db, m_clerk).loadAll();
        for (const Household& h : *all) {
            const auto approved = roll->constFind(h.uuid);
            const bool paid = approved != roll->cend() && approved->pays();
            if (except.contains(h.uuid))
                continue;
            if (classification.isEmpty() ? !paid : paid && approved->classification == classification)
                return h.uuid;
        }
        return {};
    }

    // Records the death of the household's first member.
    Household recordDeath(const QString& householdId, const QDate& diedOn)
    {
        HouseholdRepository households(*m_db, m_clerk);
        auto h = households.load(householdId);
        if (!h)
            return {};
        h->members[0].diedOn = diedOn;
        if (!households.save(*h))
            return {};
        return *h;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("funeral.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        DemoGenerator generator(7, QDate(2025, 3, 15));
        QVERIFY(generator.fill(*m_db, QStringLiteral("test"), 300)); // households, decisions, the example policy
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void aCoveredDeathIsOfferedThenIssuedOnce()
    {
        const QString id = householdPaidAs(QStringLiteral("dibao"), QStringLiteral("2025-03"));
        QVERIFY(!id.isEmpty());
        FuneralWaivers waivers(*m_db, m_clerk);
        QCOMPARE(waivers.forHousehold(id)->size(), 0); // nobody has died
        const Household h = recordDeath(id, QDate(2025, 3, 12));
        QVERIFY(!h.uuid.isEmpty());

        const auto offered = waivers.forHousehold(id);
        QVERIFY(offered.ok());
        QCOMPARE(offered->size(), 1);
        QVERIFY(!offered->first().issued());
        QCOMPARE(offered->first().category, QStringLiteral("dibao"));
        QCOMPARE(offered->first().amountFen, kAmountFen);
        QCOMPARE(offered->first().memberId, h.members.first().uuid);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM funeral_waivers")), qint64(0));

        // An administrator keeps the data, never a payment.
        QVERIFY(!FuneralWaivers(*m_db, m_admin).issue(id, h.members.first().uuid).ok());
        const auto issued = waivers.issue(id, h.members.first().uuid);
        QVERIFY2(issued.ok(), qPrintable(issued.error().toString()));
        QCOMPARE(issued->certificateNo, QStringLiteral("2025-0001"));
        QCOMPARE(issued->amountFen, kAmountFen);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM funeral_waivers")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'funeral_waivers' AND "
                                      "action = 'insert'")),
                 qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_changes WHERE tbl = 'funeral_waivers'")), qint64(1));

        // Once a person: the second time is refused, and nothing is written.
        const auto again = waivers.issue(id, h.members.first().uuid);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().toString().contains(QStringLiteral("issued already (certificate 2025-0001)")),
                 qPrintable(again.error().toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM funeral_waivers")), qint64(1));
        const auto afterwards = waivers.forHousehold(id);
        QCOMPARE(afterwards->size(), 1);
        QVERIFY(afterwards->first().issued());
        QCOMPARE(afterwards->first().certificateNo, QStringLiteral("2025-0001"));

        const auto list = waivers.issued();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().idNumber, h.members.first().idNumber); // from the household, for the certificate
    }

    void theNextCertificateHasTheNextNumber()
    {
        const QString first = householdPaidAs(QStringLiteral("dibao"), QStringLiteral("2025-03"));
        const QString id = householdPaidAsExcept(QStringLiteral("dibao"), QStringLiteral("2025-03"), {first});
        QVERIFY(!id.isEmpty());
        const Household h = recordDeath(id, QDate(2025, 3, 2));
        const auto issued = FuneralWaivers(*m_db, m_clerk).issue(id, h.members.first().uuid);
        QVERIFY2(issued.ok(), qPrintable(issued.error().toString()));
        QCOMPARE(issued->certificateNo, QStringLiteral("2025-0002"));
    }

    void aDeathNotCoveredIsNotOffered()
    {
        const QString id = householdPaidAs(QString(), QStringLiteral("2025-03"));
        QVERIFY(!id.isEmpty());
        const Household h = recordDeath(id, QDate(2025, 3, 5));
        bool anyChild = false;
        for (const Member& m : h.members)
            anyChild = anyChild || m.parents.father != ParentState::Present;
        QVERIFY(!anyChild); // not an orphan's household either
        FuneralWaivers waivers(*m_db, m_clerk);
        QCOMPARE(waivers.forHousehold(id)->size(), 0);
        const auto refused = waivers.issue(id, h.members.first().uuid);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().contains(QStringLiteral("does not cover")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM funeral_waivers")), qint64(2));
    }

    void theMonthOfTheDeathDecides()
    {
        // A household paid in March, its member dead long before it was on the roll: not covered.
        const QString first = householdPaidAs(QStringLiteral("dibao"), QStringLiteral("2025-03"));
        const QString second = householdPaidAsExcept(QStringLiteral("dibao"), QStringLiteral("2025-03"), {first});
        const QString other =
            householdPaidAsExcept(QStringLiteral("dibao"), QStringLiteral("2025-03"), {first, second});
        QVERIFY(!other.isEmpty());
        QVERIFY(!recordDeath(other, QDate(2010, 1, 15)).uuid.isEmpty());
        QCOMPARE(FuneralWaivers(*m_db, m_clerk).forHousehold(other)->size(), 0);
    }

    void anIssuedWaiverIsNeverChanged()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE funeral_waivers SET amount_fen = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM funeral_waivers")));
        QCOMPARE(count(QStringLiteral("SELECT sum(amount_fen) FROM funeral_waivers")), 2 * kAmountFen);
    }

    void theCertificateSaysTheAmountInCapitals()
    {
        const auto html = FuneralWaiverCertificate::print(*m_db, m_clerk, QStringLiteral("2025-0001"));
        QVERIFY2(html.ok(), qPrintable(html.error().toString()));
        QVERIFY(html->contains(Money::fromFen(kAmountFen).toChineseCapitals()));
        QVERIFY(html->contains(QStringLiteral("壹仟贰佰元整")));
        QVERIFY(html->contains(QStringLiteral("2025-0001")));
        const auto waiver = FuneralWaivers(*m_db, m_clerk).find(QStringLiteral("2025-0001"));
        QVERIFY(html->contains(waiver->idNumber.masked()));
        QVERIFY(!html->contains(waiver->idNumber.toString())); // masked, as on every roster
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'funeral_waivers' AND "
                                      "action = 'print'")),
                 qint64(1));
        QVERIFY(!FuneralWaiverCertificate::print(*m_db, m_clerk, QStringLiteral("2025-0099")).ok());
    }

    void theTrailCoversEveryWaiver()
    {
        const auto clean = AuditVerifier::verify(*m_db);
        QVERIFY(clean.ok());
        for (const AuditFinding& f : clean->findings)
            QVERIFY2(f.table != QLatin1String("funeral_waivers"), qPrintable(f.message));

        const QString copy = m_dir.filePath(QStringLiteral("tampered.doudi"));
        QSqlQuery vacuum(m_db->connection());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        auto tampered = Database::open(copy, Database::OpenMode::MustExist);
        QVERIFY(tampered.ok());
        QSqlQuery q((*tampered)->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER funeral_waivers_never_changed")));
        QVERIFY(q.exec(QStringLiteral("UPDATE funeral_waivers SET amount_fen = 500000 WHERE certificate_no = "
                                      "'2025-0001'")));
        const auto report = AuditVerifier::verify(**tampered);
        QVERIFY(report.ok());
        int named = 0;
        for (const AuditFinding& f : report->findings)
            named += f.table == QLatin1String("funeral_waivers") ? 1 : 0;
        QCOMPARE(named, 1);
    }
};

QTEST_GUILESS_MAIN(TestFuneralWaivers)
#include "TestFuneralWaivers.moc"
