#include "FirstStartWizard.h"
#include "backup/BackupSettings.h"
#include "security/Authenticator.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Doudi;

// The desktop's first start at a real township (issue 14): find 六道沟 in the built-in list, keep
// its villages but one, create the administrator, keep the example policy, choose the backup
// folder — and the database is there, all of it; a refusal on the way leaves no file.
class TestFirstStart final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void dismissNextMessage()
    {
        QTimer::singleShot(50, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
            else
                dismissNextMessage();
        });
    }

private slots:
    void setsUpLiudaogou()
    {
        const QString path = m_dir.filePath(QStringLiteral("data/doudi.doudi"));
        const QString stick = m_dir.filePath(QStringLiteral("stick"));
        QVERIFY(QDir().mkpath(stick));
        FirstStartWizard wizard(path);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::StartPage));
        QCOMPARE(wizard.choice(), FirstStartWizard::Choice::SetUpTownship);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::TownshipPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // By code, typed; then by name (an input method's text arrives whole).
        QTest::keyClicks(wizard.searchField(), QStringLiteral("2206811"));
        QVERIFY(wizard.townshipList()->count() >= 1);
        wizard.searchField()->setText(QStringLiteral("六道沟"));
        QVERIFY(wizard.townshipList()->count() >= 1);
        QVERIFY(wizard.townshipList()->item(0)->text().startsWith(QStringLiteral("220681101")));
        QVERIFY(wizard.townshipList()->item(0)->text().contains(QStringLiteral("临江市六道沟镇")));
        // Enter takes the best match and goes on to its villages.
        QTest::keyClick(wizard.searchField(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::VillagesPage));
        QCOMPARE(wizard.villageTable()->rowCount(), 19);
        // One village the office knows is gone, one renamed.
        wizard.villageTable()->item(18, 0)->setCheckState(Qt::Unchecked);
        const QString dropped = wizard.villageTable()->item(18, 1)->text();
        wizard.villageTable()->item(1, 2)->setText(QStringLiteral("砬台新村"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdministratorPage));
        QTest::keyClicks(wizard.adminPasswordField(), QStringLiteral("Liudaogou-2026"));
        QTest::keyClicks(wizard.adminRepeatField(), QStringLiteral("Liudaogou-2027"));
        dismissNextMessage();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdministratorPage)); // the passwords differ
        wizard.adminRepeatField()->setText(QStringLiteral("Liudaogou-2026"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::PolicyAndBackupPage));

        // A policy file that does not read: refused, and no database is left behind.
        const QString badPolicy = m_dir.filePath(QStringLiteral("policy.json"));
        QFile bad(badPolicy);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"doudi-policy/1\"}");
        bad.close();
        wizard.policyField()->setText(badPolicy);
        wizard.backupFolderField()->setText(stick);
        wizard.passphraseField()->setText(QStringLiteral("六道沟镇备份口令"));
        wizard.passphraseRepeatField()->setText(QStringLiteral("六道沟镇备份口令"));
        dismissNextMessage();
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(!QFile::exists(path));
        wizard.policyField()->clear();
        QVERIFY(wizard.validateCurrentPage());

        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        const Session reader = Session::bootstrap(QStringLiteral("test"));
        SiteRepository sites(**db, reader);
        QCOMPARE(sites.site()->code, QStringLiteral("220681101"));
        QCOMPARE(sites.site()->name, QStringLiteral("六道沟镇"));
        const auto villages = sites.villages();
        QCOMPARE(villages->size(), 18);
        bool renamed = false;
        for (const Village& v : *villages) {
            QVERIFY(v.code != dropped);
            renamed = renamed || v.name == QStringLiteral("砬台新村");
        }
        QVERIFY(renamed);
        QCOMPARE(*UserRepository(**db, reader).count(), 1);
        QVERIFY(PolicyRepository(**db, reader).inForce(QDate(2026, 12, 2))->isExample);
        // The backup key is sealed: it opens once the administrator has logged in.
        QVERIFY(!BackupSettings::load(**db).ok());
        QVERIFY(Authenticator::login(**db, QStringLiteral("admin"), QStringLiteral("Liudaogou-2026")).ok());
        const auto setup = BackupSettings::load(**db);
        QVERIFY(setup.ok() && setup->has_value());
        QCOMPARE((*setup)->folder, stick);
    }

    void theDemoEndsTheWizardAtOnce()
    {
        FirstStartWizard wizard(m_dir.filePath(QStringLiteral("unused.doudi")));
        wizard.show();
        wizard.demoButton()->setChecked(true);
        QCOMPARE(wizard.nextId(), -1);
        QCOMPARE(wizard.choice(), FirstStartWizard::Choice::Demo);
    }
};

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
