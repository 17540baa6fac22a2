#include "TestFixtures.h"
#include "cases/SignalRepository.h"
#include "store/HouseholdRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// Monitoring signals: read as JSON or CSV, matched to households, moved to their close.
class TestSignals final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_household;

    std::unique_ptr<Database> database()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("s%1.doudi").arg(++m_counter)));
        Household h = TestFixtures::household();
        if (!db || !HouseholdRepository(*db, Session::bootstrap(QStringLiteral("setup"))).save(h))
            return nullptr;
        m_household = h.uuid;
        return db;
    }

private slots:
    void readsJsonAndCsv()
    {
        const auto json = SignalReader::read(
            R"([{"id_number": "220681198204110139", "kind": "vehicle", "source": "公安局", "date": "2025-03-01",
                 "detail": "小型轿车"}])");
        QVERIFY2(json.ok(), qPrintable(json.error().toString()));
        QCOMPARE(json->first().kind, QStringLiteral("vehicle"));
        const auto csv = SignalReader::read("\xEF\xBB\xBFid_number,kind,source,date,detail\n"
                                            "11010519491231002x,death,公安局,2025-03-02,\"死亡, 已注销户口\"\n"
                                            "220681198409020241,large_medical_bill,医保局,2025-03-03,\n");
        QVERIFY2(csv.ok(), qPrintable(csv.error().toString()));
        QCOMPARE(csv->size(), 2);
        QCOMPARE(csv->first().idNumber.toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(csv->first().detail, QStringLiteral("死亡, 已注销户口"));
    }

    void badInputNamesThePlace()
    {
        const auto json = SignalReader::read(
            R"([{"id_number": "220681198204110130", "kind": "flood", "source": "", "date": "2025-02-30"}])");
        QVERIFY(!json.ok());
        QStringList fields;
        for (const Problem& p : json.error().problems())
            fields.append(p.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("[0].id_number"), QStringLiteral("[0].kind"),
                                      QStringLiteral("[0].source"), QStringLiteral("[0].date")}));
        QVERIFY(!json.error().toString().contains(QStringLiteral("220681198204110130")));
        const auto csv = SignalReader::read("id_number,kind,source,date,detail\nnot-an-id,death,x,2025-01-01,\n");
        QCOMPARE(csv.error().problems().first().field, QStringLiteral("line 2: id_number"));
        QVERIFY(!SignalReader::read("wrong,header\n").ok());
    }

    void importMatchesAndTracksToTheClose()
    {
        auto db = database();
        QVERIFY(db);
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        SignalRepository signalRepo(*db, clerk);
        const auto read = SignalReader::read(
            R"([{"id_number": "220681198204110139", "kind": "vehicle", "source": "公安局", "date": "2025-03-01"},
                {"id_number": "11010519491231002X", "kind": "death", "source": "民政局", "date": "2025-03-02"}])");
        const auto report = signalRepo.import(*read);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->matched, 1);
        QCOMPARE(report->unmatched, 1);
        const auto open = signalRepo.list(true);
        QCOMPARE(open->size(), 2);
        const MonitoringSignal matched = open->first();
        QCOMPARE(matched.householdId, m_household);
        QVERIFY(open->last().householdId.isEmpty());

        // Visit, then close; the close needs its reason; nothing skips the visit.
        QVERIFY(!signalRepo.move(matched.id, QStringLiteral("included"), QString()).ok());
        QVERIFY(signalRepo.move(matched.id, QStringLiteral("visited"), QStringLiteral("入户核实有车")));
        QCOMPARE(
            signalRepo.move(matched.id, QStringLiteral("not_eligible"), QString()).error().problems().first().field,
            QStringLiteral("note"));
        QVERIFY(signalRepo.move(matched.id, QStringLiteral("not_eligible"), QStringLiteral("车辆价值超过限额")));
        QVERIFY(!signalRepo.move(matched.id, QStringLiteral("visited"), QString()).ok());
        QVERIFY(signalRepo.move(open->last().id, QStringLiteral("referred"), QStringLiteral("转介至公安户籍")));
        QVERIFY(signalRepo.list(true)->isEmpty());
        QCOMPARE(signalRepo.list(false)->size(), 2);

        // A cadre of another village does not see the household's signal.
        SignalRepository other(*db, Session::forUser(QStringLiteral("c2"), QStringLiteral("村干部"), Role::Cadre,
                                                     TestFixtures::kVillageB));
        QCOMPARE(other.list(false)->size(), 1); // only the unmatched one
    }

    // The same file imported twice, or a line twice in it, does not open a task twice; a JSON file
    // with a byte order mark is read as JSON.
    void aFileImportedTwiceOpensItsTasksOnce()
    {
        auto db = database();
        QVERIFY(db);
        SignalRepository signalRepo(
            *db, Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString()));
        const QByteArray file = "\xEF\xBB\xBF"
                                R"([{"id_number": "220681198204110139", "kind": "vehicle", "source": "公安局",
                                     "date": "2025-03-01"},
                                    {"id_number": "220681198204110139", "kind": "vehicle", "source": "公安局",
                                     "date": "2025-03-01"},
                                    {"id_number": "11010519491231002X", "kind": "death", "source": "民政局",
                                     "date": "2025-03-02"}])";
        const auto read = SignalReader::read(file);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const auto first = signalRepo.import(*read);
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        QCOMPARE(first->duplicates, 1);
        QCOMPARE(signalRepo.list(true)->size(), 2);
        const auto again = signalRepo.import(*read);
        QCOMPARE(again->duplicates, 3);
        QCOMPARE(signalRepo.list(true)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "TestSignals.moc"
