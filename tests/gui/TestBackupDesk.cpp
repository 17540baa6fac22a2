#include "BackupDialog.h"
#include "Clock.h"
#include "MainWindow.h"
#include "RestoreDialog.h"
#include "TestFixtures.h"
#include "backup/BackupKey.h"
#include "backup/BackupSettings.h"
#include "backup/Backups.h"
#include "security/Authenticator.h"
#include "store/HouseholdRepository.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Doudi;

// The desk keeps the office's backups (issue 14): the administrator sets the folder and the
// passphrase, the desk backs up at the day's first start and at close, says above everything when
// backups are missing or old (and in December when next year's calendar is), and the restore
// screen shows what a backup holds before anything is replaced.
class TestBackupDesk final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_stick;
    const QString m_passphrase = QStringLiteral("六道沟镇备份口令");
    const Session m_admin = Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, {});

    std::unique_ptr<Database> open() { return TestFixtures::openAsAdministrator(m_path); }
    QList<BackupInfo> backups() const
    {
        const auto listing = Backups::list(m_stick);
        return listing ? listing->backups : QList<BackupInfo>();
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        m_path = m_dir.filePath(QStringLiteral("desk.doudi"));
        m_stick = m_dir.filePath(QStringLiteral("stick"));
        QVERIFY(QDir().mkpath(m_stick));
        auto db = TestFixtures::townshipDatabase(m_path);
        QVERIFY(db);
        QVERIFY(TestFixtures::addAdministrator(*db));
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*db, m_admin).save(h).ok());
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void noticesSayWhatIsMissing()
    {
        MainWindow window(open(), m_admin);
        QVERIFY(window.noticesLabel()->isVisibleTo(&window));
        const QString text = window.noticesLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("not set up")), qPrintable(text));
        // December, and the built-in calendars end with 2026.
        QVERIFY(text.contains(QStringLiteral("calendar of 2027")));
    }

    void theAdministratorSetsUpAndBacksUp()
    {
        auto db = open();
        BackupDialog dialog(*db, m_admin);
        dialog.folderField()->setText(m_stick);
        dialog.passphraseField()->setText(m_passphrase);
        dialog.repeatField()->setText(QStringLiteral("typed differently"));
        QTimer::singleShot(100, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!dialog.saveSettings());
        QVERIFY(!BackupSettings::load(*db)->has_value());
        dialog.repeatField()->setText(m_passphrase);
        QVERIFY(dialog.saveSettings());
        const auto setup = BackupSettings::load(*db);
        QVERIFY(setup->has_value());
        QVERIFY((*setup)->key.matches(m_passphrase));
        dialog.backUpNow();
        QCOMPARE(dialog.backupTable()->rowCount(), 1);
        QCOMPARE(backups().size(), 1);
        QCOMPARE(backups().first().reason, Backups::kManual);
    }

    void theDeskBacksUpForTheDayAndAtClose()
    {
        // Tomorrow: no backup yet today.
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        {
            MainWindow window(open(), m_admin);
            QTRY_COMPARE_WITH_TIMEOUT(backups().size(), 2, 20000);
            QCOMPARE(backups().first().reason, Backups::kDaily);
            // A second start the same day makes none.
            window.backUpForTheDay();
            QTest::qWait(300);
            QCOMPARE(backups().size(), 2);
            QVERIFY(!window.noticesLabel()->text().contains(QStringLiteral("backup")));
            window.show();
            QVERIFY(window.close());
        }
        // The backup at close, and the rotation keeps one automatic backup a day: the newer.
        QCOMPARE(backups().size(), 2);
        QCOMPARE(backups().first().reason, Backups::kAtClose);
        QCOMPARE(backups().last().reason, Backups::kManual);

        // Ten days on without a backup, the notice says so.
        Clock::setFixed(QDateTime(QDate(2026, 12, 14), QTime(9, 0), Qt::UTC));
        auto db = open();
        QVERIFY(BackupSettings::moveTo(*db, m_admin, m_dir.filePath(QStringLiteral("unplugged"))).ok());
        MainWindow unplugged(std::move(db), m_admin);
        QVERIFY(unplugged.noticesLabel()->text().contains(QStringLiteral("cannot be reached")));
    }

    void theRestoreScreenShowsWhatABackupHolds()
    {
        const QList<BackupInfo> made = backups();
        QVERIFY(!made.isEmpty());
        RestoreDialog dialog(QStringLiteral("220681103"), m_stick);
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("1 households")));
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("六道沟镇")));
        QVERIFY(!dialog.restoreButton()->isEnabled());
        dialog.passphraseField()->setText(m_passphrase);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.file(), made.first().fileName);
        // Another township's backup is not offered.
        RestoreDialog other(QStringLiteral("220681101"), m_stick);
        other.passphraseField()->setText(m_passphrase);
        QVERIFY(other.summary()->text().contains(QStringLiteral("not of this township")));
        QVERIFY(!other.restoreButton()->isEnabled());
    }

    // The desk opens at once and scans the whole file on a thread: damage in pages the opening did
    // not read is said in a message that sends the clerk to the backups.
    void theDeskSaysWhenItsFileIsDamaged()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.doudi"));
        {
            auto db = TestFixtures::townshipDatabase(path);
            QVERIFY(db);
            QVERIFY(TestFixtures::addAdministrator(*db));
            // A megabyte the desk's opening never reads, at the end of the file.
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
            QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "1000) INSERT INTO filler SELECT randomblob(1000) FROM n")));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() - 512 * 1024);
            f.write(QByteArray(256 * 1024, '\x5a'));
        }
        auto db = Database::open(path, Database::OpenMode::Desk);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(Authenticator::login(**db, QStringLiteral("admin"), TestFixtures::kAdminPassword));
        // The message is modal: a timer reads and closes it from inside its own event loop.
        QString said;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&said] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said = box->text();
                box->close();
            }
        });
        closer.start(50);
        MainWindow window(std::move(db).value(), m_admin);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 20000);
        QVERIFY2(said.contains(QStringLiteral("damaged")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("Restore from a backup")));
    }
};

QTEST_MAIN(TestBackupDesk)
#include "TestBackupDesk.moc"
