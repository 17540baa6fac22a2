#include "Clock.h"
#include "TestFixtures.h"
#include "store/PolicyRepository.h"

#include "security/Session.h"
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

class TestPolicyRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    static Policy variant(const char* id, const char* from, qint64 rural)
    {
        Policy p = PolicyRepository::bundledExample().value();
        p.id = QString::fromLatin1(id);
        p.effectiveFrom = QDate::fromString(QString::fromLatin1(from), Qt::ISODate);
        p.standardRuralFen = rural;
        p.source.insert(QStringLiteral("id"), p.id);
        p.source.insert(QStringLiteral("effective_from"), QString::fromLatin1(from));
        QJsonObject standard = p.source.value(QStringLiteral("dibao_standard_fen")).toObject();
        standard.insert(QStringLiteral("rural"), rural);
        p.source.insert(QStringLiteral("dibao_standard_fen"), standard);
        return p;
    }

private slots:
    void init()
    {
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("p%1.doudi").arg(++m_counter)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void exampleUntilABureauPolicyArrives()
    {
        PolicyRepository policies(*m_db, Session::bootstrap(QStringLiteral("admin")));
        QVERIFY(!policies.inForce(QDate(2025, 3, 1)).ok()); // nothing stored yet
        QVERIFY(policies.ensureExample());
        QVERIFY(policies.ensureExample()); // once only
        QCOMPARE(policies.all()->size(), 1);
        auto inForce = policies.inForce(QDate(2025, 3, 1));
        QVERIFY(inForce.ok());
        QVERIFY(inForce->isExample);
        QCOMPARE(inForce->policy.id, QStringLiteral("220681-2025-02"));
        QVERIFY(!policies.inForce(QDate(2024, 12, 31)).ok()); // before it takes effect

        // A bureau's policy wins over the example, even one that took effect earlier.
        QVERIFY(policies.add(variant("220681-2024-07", "2024-07-01", 46000)));
        inForce = policies.inForce(QDate(2025, 3, 1));
        QCOMPARE(inForce->policy.id, QStringLiteral("220681-2024-07"));
        QVERIFY(!inForce->isExample);
        QCOMPARE(inForce->policy.standardRuralFen, qint64(46000));
    }

    void theLatestEffectiveDateOnTheFirstDayWins()
    {
        PolicyRepository policies(*m_db, Session::bootstrap(QStringLiteral("admin")));
        QVERIFY(policies.add(variant("220681-2025-01", "2025-01-01", 48000)));
        QVERIFY(policies.add(variant("220681-2026-01", "2026-01-01", 51000)));
        QCOMPARE(policies.inForce(QDate(2025, 12, 1))->policy.id, QStringLiteral("220681-2025-01"));
        QCOMPARE(policies.inForce(QDate(2026, 1, 1))->policy.id, QStringLiteral("220681-2026-01"));
        QCOMPARE(policies.all()->first().policy.id, QStringLiteral("220681-2026-01"));
        QCOMPARE(policies.find(QStringLiteral("220681-2025-01"))->policy.standardRuralFen, qint64(48000));
    }

    void neverOverwritten()
    {
        PolicyRepository policies(*m_db, Session::bootstrap(QStringLiteral("admin")));
        const Policy p = variant("220681-2025-01", "2025-01-01", 48000);
        QVERIFY(policies.add(p));
        QVERIFY(policies.add(p)); // the same document again is harmless
        const Status changed = policies.add(variant("220681-2025-01", "2025-01-01", 49000));
        QVERIFY(!changed.ok());
        QVERIFY(changed.error().toString().contains(QStringLiteral("never overwritten")));
        QCOMPARE(policies.find(QStringLiteral("220681-2025-01"))->policy.standardRuralFen, qint64(48000));
        // Not even SQL can change it.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE policies SET body = '{}'")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "TestPolicyRepository.moc"
