#include "Clock.h"
#include "TestFixtures.h"
#include "reference/Divisions.h"
#include "security/AuditVerifier.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/UserRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

namespace {
// Every row of the tables a village change touches, to prove a refusal changed nothing.
QString snapshot(Database& db)
{
    return TestFixtures::tableRows(db, {"villages", "households", "users", "audit_log"});
}
} // namespace

// The official division codes built in, and the villages an administrator keeps.
class TestVillages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
    const Session m_admin = Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, {});

    QString auditFindings()
    {
        QStringList lines;
        const auto report = AuditVerifier::verify(*m_db);
        for (const AuditFinding& f : report->findings)
            lines.append(f.message);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }
    void init()
    {
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("v%1.doudi").arg(++m_counter)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    // 六道沟镇 220681101 has exactly its 19 in the 2023 list: 18 村 and 宝山社区.
    void theOfficialVillagesOfLiudaogou()
    {
        const Divisions& d = Divisions::builtIn();
        const auto township = d.township(QStringLiteral("220681101"));
        QVERIFY(township);
        QCOMPARE(township->name, QStringLiteral("六道沟镇"));
        QCOMPARE(d.fullName(*township), QStringLiteral("吉林省白山市临江市六道沟镇"));
        const QList<Divisions::Village> villages = d.villagesOf(QStringLiteral("220681101"));
        const QStringList expected{QStringLiteral("220681101008 宝山社区"),  QStringLiteral("220681101200 砬台村"),
                                   QStringLiteral("220681101201 桦皮村"),    QStringLiteral("220681101202 夹皮沟村"),
                                   QStringLiteral("220681101203 西马村"),    QStringLiteral("220681101204 东马村"),
                                   QStringLiteral("220681101205 七道沟村"),  QStringLiteral("220681101206 向阳村"),
                                   QStringLiteral("220681101207 大杨树村"),  QStringLiteral("220681101208 经建村"),
                                   QStringLiteral("220681101209 仁德村"),    QStringLiteral("220681101210 铜山村"),
                                   QStringLiteral("220681101211 火绒沟村"),  QStringLiteral("220681101212 六道沟村"),
                                   QStringLiteral("220681101213 宝山村"),    QStringLiteral("220681101214 错草顶子村"),
                                   QStringLiteral("220681101215 南岗村"),    QStringLiteral("220681101216 聚宝村"),
                                   QStringLiteral("220681101217 三道阳岔村")};
        QStringList got;
        int urban = 0;
        for (const Divisions::Village& v : villages) {
            got.append(v.code + QLatin1Char(' ') + v.name);
            urban += v.urban ? 1 : 0;
        }
        QCOMPARE(got, expected);
        QCOMPARE(urban, 1);
        QVERIFY(villages.first().urban);
    }

    void searchAndRegionNames()
    {
        const Divisions& d = Divisions::builtIn();
        const auto byName = d.searchTownships(QStringLiteral("六道沟"));
        QVERIFY(!byName.isEmpty());
        QCOMPARE(byName.first().code, QStringLiteral("220681101"));
        const auto byCode = d.searchTownships(QStringLiteral("220681101"));
        QCOMPARE(byCode.size(), 1);
        QCOMPARE(byCode.first().name, QStringLiteral("六道沟镇"));
        QVERIFY(d.searchTownships(QStringLiteral("2206811")).size() > 5);
        // A county's name finds its townships too.
        const auto inLinjiang = d.searchTownships(QStringLiteral("临江市"), 200);
        QVERIFY(std::any_of(inLinjiang.cbegin(), inLinjiang.cend(),
                            [](const Divisions::Township& t) { return t.code == QLatin1String("220681101"); }));
        QVERIFY(d.searchTownships(QStringLiteral("  ")).isEmpty());
        QCOMPARE(d.searchTownships(QStringLiteral("东华门"), 1).size(), 1);

        QCOMPARE(d.regionName(QStringLiteral("220681")), QStringLiteral("临江市"));
        QCOMPARE(d.regionName(QStringLiteral("220602")), QStringLiteral("白山市浑江区"));
        QVERIFY(d.regionName(QStringLiteral("229999")).isEmpty());
        QVERIFY(d.hasVillagesFor(QStringLiteral("220681101")));
        QVERIFY(!d.hasVillagesFor(QStringLiteral("110101001")));
        QVERIFY(d.township(QStringLiteral("110101001")));
        QVERIFY(!d.township(QStringLiteral("220681199")));
        QVERIFY(Divisions::isUrbanName(QStringLiteral("宝山社区")));
        QVERIFY(Divisions::isUrbanName(QStringLiteral("东街居委会")));
        QVERIFY(!Divisions::isUrbanName(QStringLiteral("宝山村")));
    }

    void addRenameRetire()
    {
        SiteRepository sites(*m_db, m_admin);
        QVERIFY(sites.addVillage(QStringLiteral("220681103003"), QStringLiteral("新城社区"), true).ok());
        const auto added = sites.village(QStringLiteral("220681103003")).value();
        QVERIFY(added && added->urban && !added->isRetired());

        const QString before = snapshot(*m_db);
        const auto duplicate = sites.addVillage(QStringLiteral("220681103003"), QStringLiteral("别名"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(!sites.addVillage(QStringLiteral("220681199003"), QStringLiteral("外乡村")).ok()); // other township
        QVERIFY(!sites.addVillage(QStringLiteral("2206811030"), QStringLiteral("短码村")).ok());
        QVERIFY(!sites.addVillage(QStringLiteral("220681103004"), QStringLiteral("  ")).ok());
        // A list is all or none: the second entry's fault keeps the first out too.
        const auto list = sites.addVillages({{QStringLiteral("220681103005"), QStringLiteral("甲村"), false, {}, {}},
                                             {QStringLiteral("22068110300x"), QStringLiteral("乙村"), false, {}, {}}});
        QVERIFY(!list.ok());
        QVERIFY(list.error().problems().first().field.startsWith(QStringLiteral("[1]")));
        QVERIFY(!Session::forUser(QStringLiteral("clerk"), QString(), Role::Clerk, {}).may(Action::ChangeSettings));
        QVERIFY(!SiteRepository(*m_db, Session::forUser(QStringLiteral("clerk"), QString(), Role::Clerk, {}))
                     .addVillage(QStringLiteral("220681103006"), QStringLiteral("丙村"))
                     .ok());
        QCOMPARE(snapshot(*m_db), before);

        QVERIFY(sites.renameVillage(QStringLiteral("220681103003"), QStringLiteral("新城街社区")).ok());
        QCOMPARE(sites.village(QStringLiteral("220681103003")).value()->name, QStringLiteral("新城街社区"));
        QVERIFY(!sites.renameVillage(QStringLiteral("220681103099"), QStringLiteral("无此村")).ok());

        // Households live in village A: retiring it is refused, naming why.
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*m_db, m_admin).save(h).ok());
        const QString withHousehold = snapshot(*m_db);
        const auto refused = sites.retireVillage(TestFixtures::kVillageA);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().contains(QStringLiteral("merge")));
        QCOMPARE(snapshot(*m_db), withHousehold);

        QVERIFY(sites.retireVillage(QStringLiteral("220681103003")).ok());
        const auto retired = sites.village(QStringLiteral("220681103003")).value();
        QCOMPARE(retired->retiredOn, QDate(2026, 3, 16));
        QVERIFY(!sites.retireVillage(QStringLiteral("220681103003")).ok());
        // A retired village takes no household, stays in the list for old records, not in the pickers.
        Household elsewhere = TestFixtures::household();
        elsewhere.villageCode = QStringLiteral("220681103003");
        for (Member& m : elsewhere.members)
            m.idNumber = IdNumber();
        QVERIFY(!HouseholdRepository(*m_db, m_admin).save(elsewhere).ok());
        QCOMPARE(sites.villages()->size(), 3);
        QCOMPARE(sites.activeVillages()->size(), 2);
        QVERIFY2(auditFindings().isEmpty(), qPrintable(auditFindings()));
    }

    // 合村并居: households and cadres move in one step; the audit trail keeps the old village.
    void mergeMovesHouseholdsAndCadres()
    {
        Household h = TestFixtures::household(TestFixtures::kVillageA);
        QVERIFY(HouseholdRepository(*m_db, m_admin).save(h).ok());
        User cadre;
        cadre.name = QStringLiteral("cadre01");
        cadre.displayName = QStringLiteral("六道沟村干部");
        cadre.role = Role::Cadre;
        cadre.villageCode = TestFixtures::kVillageA;
        QVERIFY(TestFixtures::addAdministrator(*m_db));
        QVERIFY(UserRepository(*m_db, m_admin).add(cadre, QStringLiteral("pw-cadre-01")).ok());

        SiteRepository sites(*m_db, m_admin);
        const QString before = snapshot(*m_db);
        QVERIFY(!sites.mergeVillage(TestFixtures::kVillageA, TestFixtures::kVillageA).ok());
        QVERIFY(!sites.mergeVillage(TestFixtures::kVillageA, QStringLiteral("220681103299")).ok());
        QCOMPARE(snapshot(*m_db), before);

        QVERIFY(sites.mergeVillage(TestFixtures::kVillageA, TestFixtures::kVillageB).ok());
        QCOMPARE(HouseholdRepository(*m_db, m_admin).load(h.uuid)->villageCode, TestFixtures::kVillageB);
        QCOMPARE(UserRepository(*m_db, m_admin).find(QStringLiteral("cadre01"))->value().villageCode,
                 TestFixtures::kVillageB);
        const auto merged = sites.village(TestFixtures::kVillageA).value();
        QVERIFY(merged->isRetired());
        QCOMPARE(merged->mergedInto, TestFixtures::kVillageB);
        // The name search finds the household in its new village only (its index document moved with it).
        HouseholdRepository households(*m_db, m_admin);
        for (const auto& [village, found] :
             {std::pair(TestFixtures::kVillageB, qint64(1)), std::pair(TestFixtures::kVillageA, qint64(0))}) {
            HouseholdFilter filter;
            filter.villageCode = village;
            filter.search = QStringLiteral("赵梅");
            QCOMPARE(households.count(filter).value(), found);
        }
        const auto counts = sites.villageCounts().value();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts[0].households, 0);
        QCOMPARE(counts[1].households, 1);

        const auto entries = AuditLog(*m_db).entries(h.uuid).value();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.last().oldValues.contains(TestFixtures::kVillageA));
        QVERIFY(entries.last().newValues.contains(TestFixtures::kVillageB));
        QVERIFY2(auditFindings().isEmpty(), qPrintable(auditFindings()));
        // Merged once: the retired village cannot merge again, nor take another.
        QVERIFY(!sites.mergeVillage(TestFixtures::kVillageA, TestFixtures::kVillageB).ok());
        QVERIFY(!sites.mergeVillage(TestFixtures::kVillageB, TestFixtures::kVillageA).ok());
    }

    // A village changed behind Doudi's back is named by the audit verification.
    void aVillageChangedWithSqlIsFound()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE villages SET urban = 1 WHERE code = '%1'").arg(TestFixtures::kVillageA)));
        QVERIFY(auditFindings().contains(QStringLiteral("六道沟村")));
    }
};

QTEST_GUILESS_MAIN(TestVillages)
#include "TestVillages.moc"
