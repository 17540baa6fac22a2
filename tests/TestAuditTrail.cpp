#include "Clock.h"
#include "TestFixtures.h"
#include "cases/CaseRepository.h"
#include "cases/SignalRepository.h"
#include "rules/Evaluator.h"
#include "rules/ProgramRules.h"
#include "security/AuditVerifier.h"
#include "store/AuditLog.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/UserRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// Every change leaves an entry; the chain and the digests show any change made with plain SQL.
class TestAuditTrail final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    Household m_household;

    // A township with a household changed twice, a user, the example policy and a determination.
    std::unique_ptr<Database> baseline()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("a%1.doudi").arg(++m_counter)));
        if (!db)
            return nullptr;
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        HouseholdRepository households(*db, clerk);
        m_household = TestFixtures::household();
        if (!households.save(m_household))
            return nullptr;
        m_household.address = QStringLiteral("六道沟村3组14号");
        if (!households.save(m_household))
            return nullptr;
        User user;
        user.name = QStringLiteral("liu");
        user.role = Role::Clerk;
        if (!TestFixtures::addAdministrator(*db))
            return nullptr;
        if (!UserRepository(*db, Session::bootstrap(QStringLiteral("admin"))).add(user, QStringLiteral("long enough")))
            return nullptr;
        PolicyRepository policies(*db, clerk);
        if (!policies.ensureExample())
            return nullptr;
        const Policy policy = policies.inForce(QDate(2025, 3, 1))->policy;
        const auto result = Evaluator::evaluate(policy, m_household, QStringLiteral("2025-03"));
        // The example policy has the other programs: the determination keeps their amounts too.
        const auto entitlements = ProgramRules::entitlements(policy, m_household, *result, QStringLiteral("2025-03"));
        if (!entitlements ||
            !DeterminationRepository(*db, clerk).save({m_household.uuid, m_household, *result, *entitlements}))
            return nullptr;
        return db;
    }

    static bool exec(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        return ok;
    }

    // What someone with the file and sqlite3 does first: take the audit trail's guard off.
    static bool dropGuard(Database& db)
    {
        return exec(db, QStringLiteral("DROP TRIGGER audit_log_never_changed")) &&
               exec(db, QStringLiteral("DROP TRIGGER audit_log_never_deleted"));
    }

    static QStringList findings(Database& db)
    {
        const auto report = AuditVerifier::verify(db);
        QStringList lines;
        for (const AuditFinding& f : report->findings)
            lines.append(f.message);
        return lines;
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void everyChangeIsRecordedAndTheChainHolds()
    {
        auto db = baseline();
        QVERIFY(db);
        const auto report = AuditVerifier::verify(*db);
        QVERIFY2(report->ok(), qPrintable(findings(*db).join(QLatin1Char('\n'))));
        QVERIFY(report->recordsChecked >= 5);
        const auto entries = AuditLog(*db).entries(m_household.uuid).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("insert"));
        QCOMPARE(entries.at(1).action, QStringLiteral("update"));
        QCOMPARE(entries.at(1).userName, QStringLiteral("liu"));
        QVERIFY(entries.at(1).oldValues.contains(QStringLiteral("3组12号")));
        QVERIFY(entries.at(1).newValues.contains(QStringLiteral("3组14号")));
        // ID numbers are masked in the trail; the password hash is not in it at all.
        static const QRegularExpression fullId(QStringLiteral("\\d{17}[\\dX]"));
        for (const AuditEntry& e : AuditLog(*db).entries().value()) {
            QVERIFY2(!fullId.match(e.oldValues + e.newValues + e.reason).hasMatch(), qPrintable(e.newValues));
            QVERIFY(!e.newValues.contains(QStringLiteral("argon2")));
        }
        QVERIFY(entries.at(1).newValues.contains(QStringLiteral("220681********0139")));
    }

    void aFailedChangeWritesNoEntry()
    {
        auto db = baseline();
        const qint64 before = AuditLog(*db).entries().value().size();
        Household bad = m_household;
        bad.income[0].annualFen = -1;
        QVERIFY(!HouseholdRepository(*db, Session::bootstrap(QStringLiteral("liu"))).save(bad).ok());
        QCOMPARE(AuditLog(*db).entries().value().size(), before);
    }

    // The database itself refuses to change or cut the trail.
    void theTrailIsGuarded()
    {
        auto db = baseline();
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE seq = 3")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("never changed")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")));
        QVERIFY(findings(*db).isEmpty());
    }

    void anEditedEntryIsNamed()
    {
        auto db = baseline();
        QVERIFY(dropGuard(*db));
        QVERIFY(exec(*db, QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE seq = 3")));
        QCOMPARE(findings(*db), QStringList{QStringLiteral("Audit entry 3 was changed after it was written.")});
    }

    void aDeletedEntryIsNamed()
    {
        auto db = baseline();
        QVERIFY(dropGuard(*db));
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM audit_log WHERE seq = 4")));
        QCOMPARE(findings(*db),
                 QStringList{QStringLiteral("Audit entry 4 is missing: the trail jumps from entry 3 to 5.")});
    }

    void aSlippedInEntryIsNamed()
    {
        auto db = baseline();
        const AuditEntry last = AuditLog(*db).entries(QString(), 1).value().first();
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO audit_log (seq, at, user_name, action, table_name, record_id, "
                                         "prev_hash, hash) VALUES (%1, '2025-03-15T09:00:00Z', 'x', 'update', "
                                         "'households', 'y', '%2', 'forged')")
                              .arg(last.seq + 1)
                              .arg(last.hash)));
        QCOMPARE(findings(*db),
                 QStringList{QStringLiteral("Audit entry %1 was changed after it was written.").arg(last.seq + 1)});
        // And one whose link is wrong.
        auto other = baseline();
        const AuditEntry tail = AuditLog(*other).entries(QString(), 1).value().first();
        QVERIFY(dropGuard(*other));
        QVERIFY(exec(
            *other, QStringLiteral("UPDATE audit_log SET prev_hash = '%1' WHERE seq = 2").arg(AuditLog::kGenesisHash)));
        QVERIFY(findings(*other).first().startsWith(QStringLiteral("Audit entry 2 does not follow entry 1")));
        Q_UNUSED(tail);
    }

    void aDataRowChangedBehindTheAppsBackIsNamed()
    {
        auto db = baseline();
        QVERIFY(exec(*db, QStringLiteral("UPDATE income_items SET annual_fen = 1 WHERE position = 0")));
        const QStringList found = findings(*db);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QStringLiteral("The household of 李强")), qPrintable(found.first()));
        QVERIFY2(found.first().contains(QStringLiteral("income[0].annual_fen")), qPrintable(found.first()));

        auto second = baseline();
        QVERIFY(exec(*second, QStringLiteral("DELETE FROM members WHERE name = '李小宇'")));
        QVERIFY(findings(*second).first().contains(QStringLiteral("changed outside Doudi")));

        auto third = baseline();
        QVERIFY(exec(*third, QStringLiteral("UPDATE users SET role = 'supervisor' WHERE name = 'liu'")));
        QVERIFY(findings(*third).first().startsWith(QStringLiteral("The user liu was changed outside Doudi")));

        auto fourth = baseline();
        QVERIFY(
            exec(*fourth,
                 QStringLiteral("UPDATE villages SET name = '别的村' WHERE code = '%1'").arg(TestFixtures::kVillageB)));
        QVERIFY(findings(*fourth).first().startsWith(QStringLiteral("The village 别的村 was changed")));
    }

    // The other programs' amounts are part of what the trail keeps of a determination.
    void entitlementsChangedBehindTheAppsBackAreNamed()
    {
        for (const QString& change :
             {QStringLiteral("replace(entitlements_json, '\"month\":\"2025-03\"', '\"month\":\"2025-04\"')"),
              QStringLiteral("NULL")}) { // taken away: the digest with them no longer matches
            auto db = baseline();
            QVERIFY(findings(*db).isEmpty());
            const auto stored =
                DeterminationRepository(*db, Session::bootstrap(QStringLiteral("test"))).latest(m_household.uuid);
            QVERIFY(stored.ok() && stored->has_value() && (*stored)->entitlements.has_value());
            QVERIFY(exec(*db, QStringLiteral("DROP TRIGGER determinations_never_changed")));
            QVERIFY(exec(*db, QStringLiteral("UPDATE determinations SET entitlements_json = %1").arg(change)));
            const QStringList found = findings(*db);
            QCOMPARE(found.size(), 1);
            QVERIFY2(found.first().startsWith(QStringLiteral("The determination")), qPrintable(found.first()));
        }
    }

    // An ID number edited with sqlite3 into one whose check character is wrong: the household opens
    // (without the number, which the form asks for) and the check names the change; nothing crashes.
    void anEditedIdNumberIsAFindingNotACrash()
    {
        auto db = baseline();
        QVERIFY(exec(*db, QStringLiteral("UPDATE members SET id_number = '220681201206200310' WHERE name = '李小宇'")));
        const QStringList found = findings(*db);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QStringLiteral("changed outside Doudi")), qPrintable(found.first()));
        const auto loaded = HouseholdRepository(*db, Session::bootstrap(QStringLiteral("test"))).load(m_household.uuid);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->members.at(2).idNumber.isNull());
    }

    // A case with its steps (home visits are steps) and a monitoring signal are compared as stored:
    // an approved amount raised with sqlite3, a step's date moved, a signal closed are each named.
    void casesAndSignalsChangedBehindTheAppsBackAreNamed()
    {
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        const auto withCase = [&](std::unique_ptr<Database>& db) -> QString {
            db = baseline();
            CaseRepository cases(*db, clerk);
            const auto opened =
                cases.open({m_household.uuid, QStringLiteral("temporary_assistance"), QDate(2025, 3, 3)});
            if (!opened || !cases.advance(*opened, QStringLiteral("submit"), QDate(2025, 3, 4), QString()))
                return QString();
            MonitoringSignal signal;
            signal.idNumber = m_household.members.first().idNumber;
            signal.kind = QStringLiteral("large_medical_bill");
            signal.source = QStringLiteral("医保局");
            signal.date = QDate(2025, 3, 5);
            if (!SignalRepository(*db, Session::bootstrap(QStringLiteral("city"))).import({signal}))
                return QString();
            return *opened;
        };
        std::unique_ptr<Database> db;
        const QString caseId = withCase(db);
        QVERIFY(!caseId.isEmpty());
        QVERIFY(AuditVerifier::verify(*db)->ok());
        QVERIFY(exec(*db, QStringLiteral("UPDATE cases SET amount_fen = 900000 WHERE id = '%1'").arg(caseId)));
        QStringList found = findings(*db);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QStringLiteral("The case %1 was changed outside Doudi").arg(caseId)),
                 qPrintable(found.first()));

        QVERIFY(!withCase(db).isEmpty());
        QVERIFY(exec(*db, QStringLiteral("UPDATE case_steps SET on_date = '2025-01-01' WHERE action = 'submit'")));
        found = findings(*db);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QStringLiteral("was changed outside Doudi")), qPrintable(found.first()));

        QVERIFY(!withCase(db).isEmpty());
        QVERIFY(exec(*db, QStringLiteral("UPDATE signals SET status = 'not_eligible'")));
        found = findings(*db);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QStringLiteral("The monitoring signal")), qPrintable(found.first()));
    }

    void rowsAddedOrRemovedBehindTheAppsBackAreNamed()
    {
        auto db = baseline();
        QVERIFY(exec(
            *db,
            QStringLiteral("INSERT INTO households (id, village_code, residence, created_at, created_by, updated_at, "
                           "updated_by, origin_site) VALUES ('ghost', '%1', 'rural', 'x', 'x', 'x', 'x', 'x')")
                .arg(TestFixtures::kVillageA)));
        QVERIFY(findings(*db).first().contains(QStringLiteral("has no audit entry: it was added outside Doudi")));

        auto other = baseline();
        QVERIFY(exec(*other, QStringLiteral("UPDATE households SET deleted = 1")));
        QVERIFY(findings(*other).first().contains(QStringLiteral("is gone, but audit entry")));
        // Deleted through Doudi, it is fine.
        auto third = baseline();
        QVERIFY(HouseholdRepository(*third, Session::bootstrap(QStringLiteral("liu"))).remove(m_household.uuid));
        QVERIFY(AuditVerifier::verify(*third)->ok());
    }

    void viewsAreAudited()
    {
        auto db = baseline();
        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
        HouseholdRepository households(*db, supervisor);
        QVERIFY(households.reveal(m_household.uuid));
        QVERIFY(households.exportHousehold(m_household.uuid).ok());
        const auto entries = AuditLog(*db).entries(m_household.uuid).value();
        QCOMPARE(entries.at(entries.size() - 2).action, QStringLiteral("reveal"));
        QCOMPARE(entries.last().action, QStringLiteral("export"));
        QCOMPARE(entries.last().userName, QStringLiteral("wang"));
        QVERIFY(AuditVerifier::verify(*db)->ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
