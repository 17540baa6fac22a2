#include "CityAllocationDialog.h"
#include "CityPanel.h"
#include "MainWindow.h"
#include "PackageImport.h"
#include "SyncDialog.h"
#include "TestFixtures.h"
#include "Translations.h"
#include "cases/CaseRepository.h"
#include "store/HouseholdRepository.h"
#include "sync/Enrolment.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"

#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// The sync dialog and the city's desk on a real exchange: a township's first package imported at
// the desk after the fingerprint and the preview are confirmed, the city deciding the case the
// township submitted, and the tables showing where each exchange stands.
class TestSyncDialogs final : public QObject
{
    Q_OBJECT

private slots:
    // In the system's language (English under the test's C locale; Chinese for screenshots).
    void initTestCase() { Translations::install(*QCoreApplication::instance(), QString()); }

    void exchangeAtTheDesk()
    {
        QTemporaryDir dir;
        const Session setup = Session::bootstrap(QStringLiteral("setup"));
        const Session director =
            Session::forUser(QStringLiteral("director"), QStringLiteral("王科长"), Role::Supervisor, {});
        auto city = Database::open(dir.filePath(QStringLiteral("city.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(city);
        QVERIFY(SiteRepository(**city, setup)
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        auto township = TestFixtures::townshipDatabase(dir.filePath(QStringLiteral("township.doudi")));
        const auto enrolment = Enrolment::write(**city, setup, QStringLiteral("220681103"), QStringLiteral("六道沟镇"));
        QVERIFY(Enrolment::import(*township, setup, *enrolment, SiteKeys::ensure(**city)->fingerprint()));
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*township, setup).save(h));
        CaseRepository cases(*township, setup);
        const auto caseId = cases.open({h.uuid, QStringLiteral("temporary_assistance"), QDate(2026, 11, 20)});
        QVERIFY(cases.advance(*caseId, QStringLiteral("submit"), QDate(2026, 11, 20), QString()));
        const QString path = dir.filePath(QStringLiteral("p1.doudi"));
        QVERIFY(SyncExporter::write(*township, setup, QString(), false, path));

        // Not confirmed: nothing imported. Confirmed, but the preview declined: nothing imported.
        QString shownFingerprint;
        QVERIFY(!PackageImport::run(**city, setup, path, [&](const QString& fingerprint, const QString&) {
            shownFingerprint = fingerprint;
            return false;
        }));
        QCOMPARE(shownFingerprint, SiteKeys::ensure(*township)->fingerprint());
        QString preview;
        QVERIFY(!PackageImport::run(
            **city, setup, path, [](const QString&, const QString&) { return true; },
            [&](const QString& summary) {
                preview = summary;
                return false;
            }));
        QVERIFY2(preview.contains(
                     PackageImport::tr("%1: %2").arg(PackageImport::kindLabel(QStringLiteral("households"))).arg(1)),
                 qPrintable(preview));
        const auto done = PackageImport::run(
            **city, setup, path, [](const QString&, const QString&) { return true; },
            [](const QString&) { return true; });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));

        SyncDialog sync(**city, director);
        QCOMPARE(sync.peersTable()->rowCount(), 1);
        QCOMPARE(sync.peersTable()->item(0, 4)->text(), QStringLiteral("1"));
        QCOMPARE(sync.historyTable()->rowCount(), 1);
        CityPanel desk(**city, director);
        QCOMPARE(desk.awaitingTable()->rowCount(), 1);
        desk.awaitingTable()->selectRow(0);
        desk.approveSelected();
        QVERIFY(desk.awaitingTable()->item(0, 4)->text() != CityPanel::tr("to decide"));
        QCOMPARE(desk.townshipsTable()->rowCount(), 2); // the township and the city's total

        // The reserve fund for the township: a wrong amount is named and nothing is recorded.
        CityAllocationDialog fund(**city, director);
        auto* amount = fund.findChild<QLineEdit*>(QStringLiteral("amount"));
        auto* document = fund.findChild<QLineEdit*>(QStringLiteral("document"));
        amount->setText(QStringLiteral("五万"));
        document->setText(QStringLiteral("临民发〔2026〕1号"));
        fund.accept();
        QCOMPARE(fund.result(), int(QDialog::Rejected));
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            fund.show();
            QCoreApplication::processEvents();
            fund.grab().save(QDir(shots).filePath(QStringLiteral("city-fund.png")));
        }
        const auto allocations = [&] {
            QSqlQuery q((*city)->connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM city_allocations")) && q.next() ? q.value(0).toInt()
                                                                                               : -1;
        };
        QCOMPARE(allocations(), 0);
        amount->setText(QStringLiteral("50000.00"));
        fund.accept();
        QCOMPARE(fund.result(), int(QDialog::Accepted));
        QCOMPARE(allocations(), 1);
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            sync.show();
            desk.resize(1000, 560);
            desk.show();
            QCoreApplication::processEvents();
            sync.grab().save(QDir(shots).filePath(QStringLiteral("sync-dialog.png")));
            desk.grab().save(QDir(shots).filePath(QStringLiteral("city-desk.png")));
        }
    }

    // A city database opens in city mode: the bureau's desk, without the township's household menus.
    void aCityDatabaseOpensOnTheBureausDesk()
    {
        QTemporaryDir dir;
        auto city = Database::open(dir.filePath(QStringLiteral("city.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(city);
        QVERIFY(SiteRepository(**city, Session::bootstrap(QStringLiteral("setup")))
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        MainWindow window(std::move(city).value(),
                          Session::forUser(QStringLiteral("director"), QStringLiteral("王科长"), Role::Supervisor, {}));
        QVERIFY(window.findChild<CityPanel*>());
        QVERIFY(window.windowTitle().contains(QStringLiteral("临江市")));
        int visibleMenus = 0;
        for (QAction* menu : window.menuBar()->actions())
            visibleMenus += menu->isVisible() ? 1 : 0;
        // file, assessment (the policies it publishes), settings, maintenance (backups), help
        QCOMPARE(visibleMenus, 5);
        if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
            window.show();
            QCoreApplication::processEvents();
            window.grab().save(QDir(shots).filePath(QStringLiteral("city-mode.png")));
        }
    }
};

QTEST_MAIN(TestSyncDialogs)
#include "TestSyncDialogs.moc"
