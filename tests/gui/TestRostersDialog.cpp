#include "Clock.h"
#include "RostersDialog.h"
#include "demo/DemoGenerator.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The rosters window: the roster follows the choices, the village narrows it, and an export
// writes the file and is recorded; a failed export says why and writes nothing.
class TestRostersDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("r.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(5, Clock::currentDate()).fill(*m_db, QStringLiteral("setup"), 400));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void followsTheChoices()
    {
        RostersDialog dialog(*m_db, m_supervisor);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("payment")));
        dialog.monthEdit()->setDate(QDate(2025, 3, 1));
        QVERIFY(dialog.roster().has_value());
        QCOMPARE(dialog.roster()->kind, QStringLiteral("payment"));
        QCOMPARE(dialog.roster()->month, QStringLiteral("2025-03"));
        const int villages = int(dialog.roster()->sections.size());
        QVERIFY(villages > 1);
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("page")));
        dialog.villageBox()->setCurrentIndex(1);
        QCOMPARE(dialog.roster()->sections.size(), 1);
        // The fund's statement is the township's: no village to choose.
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("fund")));
        QVERIFY(!dialog.villageBox()->isEnabled());
        QCOMPARE(dialog.roster()->kind, QStringLiteral("fund"));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("payment")));
        dialog.resize(1100, 760);
        dialog.show();
        QTest::qWait(50);
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/rosters.png"));
    }

    void exportsAndRecords()
    {
        RostersDialog dialog(*m_db, m_supervisor);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("stats")));
        dialog.monthEdit()->setDate(QDate(2025, 3, 1));
        const qint64 before = AuditLog(*m_db).entries().value().size();
        const QString path = m_dir.filePath(QStringLiteral("stats.xlsx"));
        QVERIFY(dialog.exportTo(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(AuditLog(*m_db).entries().value().size(), before + 1);
        QCOMPARE(AuditLog(*m_db).entries().value().last().action, QStringLiteral("export"));
        // A clerk may not print rosters: the window says so instead of a roster.
        const Session clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
        RostersDialog refused(*m_db, clerk);
        QVERIFY(!refused.roster().has_value());
        QVERIFY(!refused.summaryLabel()->text().isEmpty());
    }
};

QTEST_MAIN(TestRostersDialog)
#include "TestRostersDialog.moc"
