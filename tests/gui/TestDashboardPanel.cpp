#include "Clock.h"
#include "DashboardPanel.h"
#include "MainWindow.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The supervisor's first screen on a demo township: this month's figures add up, twelve months
// of trend, the fund against its quota, and the compliance figures once the amounts are entered.
class TestDashboardPanel final : public QObject
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
        Clock::setFixed(QDateTime(QDate(2025, 11, 20), QTime(9, 0), Qt::UTC));
        auto db = Database::open(m_dir.filePath(QStringLiteral("d.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(9, Clock::currentDate()).fill(*m_db, QStringLiteral("setup"), 600));
        // A screenshot in the desk's language when asked for (to look at; never compared).
        if (!qEnvironmentVariableIsEmpty("DOUDI_SCREENSHOTS"))
            Translations::install(*qApp, QStringLiteral("zh_CN"));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void figuresAddUp()
    {
        DashboardPanel panel(*m_db, m_supervisor);
        QSignalSpy counted(&panel, &DashboardPanel::reloaded);
        QVERIFY(counted.wait(30000));
        QVERIFY(panel.figures().has_value());
        const DashboardFigures& f = *panel.figures();
        QCOMPARE(f.trend.size(), 12);
        QCOMPARE(f.trend.last().month, QDate(2025, 11, 1));
        qint64 byCategory = 0;
        qint64 byVillage = 0;
        int households = 0;
        for (const auto& c : f.byCategory) {
            byCategory += c.fen;
            households += c.households;
        }
        for (const auto& c : f.byVillage)
            byVillage += c.fen;
        QVERIFY(byCategory > 0);
        QCOMPARE(byVillage, byCategory);
        QCOMPARE(f.trend.last().benefitsFen, byCategory);
        QCOMPARE(f.trend.last().households, households);
        QCOMPARE(panel.categoryTable()->rowCount(), int(f.byCategory.size()) + 1); // and the total
        QVERIFY(f.fundVisible);
        QVERIFY(f.fund.quotaFen > 0);
        QVERIFY(panel.fundBar()->value() > 0);
        QVERIFY(panel.complianceLabel()->text().contains(QStringLiteral("not entered")) ||
                !qEnvironmentVariableIsEmpty("DOUDI_SCREENSHOTS"));
    }

    // A 12-village township's tables show every row without a scroll bar in the main window on a
    // 1366×768 screen (less a taskbar and the title bar), the backup banner showing.
    void everyVillageWithoutScrollingAt1366x768()
    {
        const QString copy = m_dir.filePath(QStringLiteral("twelve.doudi"));
        QSqlQuery vacuum(m_db->connection());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        auto db = Database::open(copy, Database::OpenMode::MustExist);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE households SET deleted = 1 WHERE village_code NOT IN (SELECT code FROM "
                                      "villages ORDER BY code LIMIT 12)")));
        MainWindow window(std::move(db).value(), m_supervisor);
        window.resize(1366, 768 - 40 - 30);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.findChild<DashboardPanel*>();
        QVERIFY(panel);
        // Counted on the panel's worker; a slow machine (or a sanitizer build) may show an earlier
        // count first.
        QTRY_COMPARE_WITH_TIMEOUT(panel->villageTable()->rowCount(), 13, 30000); // and the total
        QTest::qWait(50);
        QVERIFY(!panel->villageTable()->verticalScrollBar()->isVisible());
        QVERIFY(!panel->categoryTable()->verticalScrollBar()->isVisible());
        // The other programs, one line each and no total (one person may receive several).
        QCOMPARE(panel->programTable()->rowCount(), 4);
        QCOMPARE(panel->programTable()->item(3, 0)->text(),
                 ProgramRules::programLabel(QStringLiteral("price_subsidy")));
    }

    void complianceOnceEntered()
    {
        SiteRepository sites(*m_db, Session::bootstrap(QStringLiteral("setup")));
        QVERIFY(sites.setSetting(DashboardFigures::kPurchasedServicesSetting + QStringLiteral("/2025"),
                                 QStringLiteral("150000")));
        QVERIFY(sites.setSetting(DashboardFigures::kAssistanceFundsSetting + QStringLiteral("/2025"),
                                 QStringLiteral("10000000")));
        DashboardPanel panel(*m_db, m_supervisor);
        QSignalSpy counted(&panel, &DashboardPanel::reloaded);
        QVERIFY(counted.wait(30000));
        QVERIFY2(panel.complianceLabel()->text().contains(QStringLiteral("1.50")),
                 qPrintable(panel.complianceLabel()->text()));
        panel.resize(1280, 820);
        panel.show();
        QTest::qWait(50);
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/dashboard.png"));
    }
};

QTEST_MAIN(TestDashboardPanel)
#include "TestDashboardPanel.moc"
