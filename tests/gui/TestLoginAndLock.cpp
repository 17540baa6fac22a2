#include "AnswerNextQuestion.h"
#include "AuditDialog.h"
#include "CasesPanel.h"
#include "Clock.h"
#include "DueDialog.h"
#include "HouseholdEditor.h"
#include "HouseholdListModel.h"
#include "IdleLock.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "TestFixtures.h"
#include "UsersDialog.h"
#include "security/Authenticator.h"
#include "security/Session.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Doudi;

// Logging in, the idle lock that keeps open work, and what each role sees.
class TestLoginAndLock final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_householdId;

    std::unique_ptr<Database> database()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("l%1.doudi").arg(++m_counter)));
        if (!db || !TestFixtures::addAdministrator(*db))
            return nullptr;
        UserRepository users(*db, Session::bootstrap(QStringLiteral("setup")));
        User clerk;
        clerk.name = QStringLiteral("liu");
        clerk.role = Role::Clerk;
        User cadre;
        cadre.name = QStringLiteral("cadre01");
        cadre.role = Role::Cadre;
        cadre.villageCode = TestFixtures::kVillageA;
        if (!users.add(clerk, QStringLiteral("clerk-password")) || !users.add(cadre, QStringLiteral("cadre-password")))
            return nullptr;
        HouseholdRepository households(*db, Session::bootstrap(QStringLiteral("setup")));
        Household a = TestFixtures::household(TestFixtures::kVillageA);
        Household b;
        b.villageCode = TestFixtures::kVillageB;
        b.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        if (!households.save(a) || !households.save(b))
            return nullptr;
        m_householdId = a.uuid;
        return db;
    }

    // The clerk's desk on a fresh database, shown; `db` is its database.
    std::unique_ptr<MainWindow> clerkDesk(Database** db)
    {
        auto owned = database();
        if (!owned)
            return nullptr;
        *db = owned.get();
        auto window = std::make_unique<MainWindow>(
            std::move(owned), Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString()));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    // Answers the next modal login dialog with this password, as soon as it shows.
    static void answerLogin(const QString& password, bool* answered, std::function<void(LoginDialog*)> whileLocked = {})
    {
        auto* poll = new QTimer(qApp);
        auto tries = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, password, tries, answered, whileLocked] {
            LoginDialog* dialog = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* login = qobject_cast<LoginDialog*>(w); login && login->isVisible())
                    dialog = login;
            }
            if (dialog) {
                if (whileLocked)
                    whileLocked(dialog);
                // Nothing of the desk shows while it is locked.
                for (QWidget* w : QApplication::topLevelWidgets())
                    *answered = *answered || (w != dialog && w->isVisible());
                dialog->passwordField()->setText(password);
                dialog->tryLogin();
                *answered = !*answered;
            }
            if (dialog || ++*tries > 100)
                poll->deleteLater();
        });
        poll->start(50);
    }

private slots:
    void loginDialogLogsInAndRefusesPlainly()
    {
        auto db = database();
        QVERIFY(db);
        LoginDialog login(*db);
        login.nameField()->setText(QStringLiteral("liu"));
        login.passwordField()->setText(QStringLiteral("wrong password"));
        login.tryLogin();
        QVERIFY(!login.session());
        QVERIFY(login.passwordField()->text().isEmpty());
        login.passwordField()->setText(QStringLiteral("clerk-password"));
        login.tryLogin();
        QVERIFY(login.session());
        QCOMPARE(login.session()->role(), Role::Clerk);
    }

    void idleLockKeepsOpenWorkAndAsksForThePassword()
    {
        Database* db = nullptr;
        const auto desk = clerkDesk(&db);
        QVERIFY(desk);
        MainWindow& window = *desk;

        // Work in progress: a household being typed in.
        auto* editor = new HouseholdEditor(*db, Session::bootstrap(QStringLiteral("liu")), QString(), &window);
        editor->show();
        editor->membersTable()->item(0, HouseholdEditor::NameColumn)->setText(QStringLiteral("正在录入"));

        // Activity (a key, the mouse) starts the wait again.
        IdleLock* lock = window.idleLock();
        lock->setIntervalMs(10000);
        lock->resume();
        QTest::qWait(300);
        QVERIFY(lock->remainingMs() < 9800);
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QApplication::sendEvent(window.searchField(), &key);
        QVERIFY(lock->remainingMs() > 9800);
        QVERIFY(!window.isLocked());

        // The clerk's site key, unwrapped at login, is wiped while the desk is locked and unwrapped
        // again by the login that unlocks it.
        QVERIFY(Authenticator::login(*db, QStringLiteral("liu"), QStringLiteral("clerk-password")).ok());
        QVERIFY(db->siteKey());
        bool wipedWhileLocked = false;
        bool idleSaid = false;

        // Quiet locks it.
        lock->setIntervalMs(200);
        lock->resume();
        // (The lock and the unlock both happen inside the lock's own dialog loop.)
        bool unlockedWithNothingShown = false;
        answerLogin(QStringLiteral("clerk-password"), &unlockedWithNothingShown, [&](LoginDialog* dialog) {
            wipedWhileLocked = window.isLocked() && !db->siteKey();
            idleSaid = dialog->introText().contains(QStringLiteral("without use"));
        });
        QTRY_VERIFY_WITH_TIMEOUT(unlockedWithNothingShown, 5000);
        lock->setIntervalMs(60000);
        lock->resume();
        QVERIFY(!window.isLocked());
        QVERIFY(wipedWhileLocked);
        QVERIFY(idleSaid);
        QVERIFY(db->siteKey());

        // Locked by hand (Ctrl+L), the screen does not say it was for want of use.
        bool byHandAnswered = false;
        bool byHandSaidIdle = true;
        answerLogin(QStringLiteral("clerk-password"), &byHandAnswered, [&](LoginDialog* dialog) {
            byHandSaidIdle = dialog->introText().contains(QStringLiteral("without use"));
        });
        QTimer::singleShot(0, &window, [&window] { window.lockDesk(LoginDialog::Locked::ByHand); });
        QTRY_VERIFY_WITH_TIMEOUT(byHandAnswered, 5000);
        QVERIFY(!byHandSaidIdle);
        QVERIFY(!window.isLocked());
        // Unlocked: the form is still there, with what was typed.
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->membersTable()->item(0, HouseholdEditor::NameColumn)->text(), QStringLiteral("正在录入"));
        QVERIFY(window.idleLock()->isActive());
    }

    // 注销 / 切换用户 in the File menu closes the desk for the next person, once each open form with
    // changes is saved or given up; keeping on editing keeps the desk.
    void signingOutAsksAboutOpenFormsFirst()
    {
        Database* db = nullptr;
        const auto desk = clerkDesk(&db);
        QVERIFY(desk);
        MainWindow& window = *desk;
        auto* signOut = window.findChild<QAction*>(QStringLiteral("signOut"));
        QVERIFY(signOut && signOut->isVisible());
        auto* editor = new HouseholdEditor(*db, Session::bootstrap(QStringLiteral("liu")), m_householdId, &window);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->membersTable()->item(0, HouseholdEditor::NameColumn)->setText(QStringLiteral("正在录入"));
        QVERIFY(editor->hasChanges());
        answerNextQuestion(QMessageBox::Cancel); // 继续编辑
        signOut->trigger();
        QVERIFY(window.isVisible());
        QVERIFY(!window.signOutRequested());
        QVERIFY(editor->isVisible());
        answerNextQuestion(QMessageBox::Discard);
        signOut->trigger();
        QVERIFY(!window.isVisible());
        QVERIFY(window.signOutRequested());
    }

    // The lock screen lets the next person in the office sign in; the locked person's unsaved forms
    // are given up only when whoever is there says so.
    void anotherPersonSignsInAtTheLockScreen()
    {
        Database* db = nullptr;
        const auto desk = clerkDesk(&db);
        QVERIFY(desk);
        MainWindow& window = *desk;
        auto* editor = new HouseholdEditor(*db, Session::bootstrap(QStringLiteral("liu")), m_householdId, &window);
        editor->show();
        editor->membersTable()->item(0, HouseholdEditor::NameColumn)->setText(QStringLiteral("正在录入"));
        int warned = 0;
        auto* poll = new QTimer(&window);
        connect(poll, &QTimer::timeout, poll, [&warned] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* login = qobject_cast<LoginDialog*>(modal)) {
                login->findChild<QPushButton*>(QStringLiteral("someoneElse"))->click();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                // First "no": back to the lock screen; then "yes".
                ++warned;
                box->button(warned == 1 ? QMessageBox::No : QMessageBox::Yes)->click();
            }
        });
        poll->start(50);
        window.lockDesk(LoginDialog::Locked::ByHand);
        poll->stop();
        QCOMPARE(warned, 2);
        QVERIFY(window.signOutRequested());
        QVERIFY(!window.isVisible());
        QVERIFY(!editor->isVisible());
        QVERIFY(!db->siteKey());
    }

    // Esc clears the search box; a search that finds nobody says so.
    void anEmptySearchSaysSoAndEscClearsIt()
    {
        auto db = database();
        QVERIFY(db);
        MainWindow window(std::move(db),
                          Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.householdModel()->totalCount(), qint64(2));
        QVERIFY(!window.noResultsLabel()->isVisible());
        window.searchField()->setFocus();
        window.searchField()->setText(QStringLiteral("没有这个人")); // (QTest types no Chinese)
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QTRY_COMPARE(window.householdModel()->totalCount(), qint64(0));
        QTRY_VERIFY(window.noResultsLabel()->isVisible());
        QVERIFY2(window.noResultsLabel()->text().contains(QStringLiteral("No results")),
                 qPrintable(window.noResultsLabel()->text()));
        QTest::keyClick(window.searchField(), Qt::Key_Escape);
        QVERIFY(window.searchField()->text().isEmpty());
        QTRY_COMPARE(window.householdModel()->totalCount(), qint64(2));
        QVERIFY(!window.noResultsLabel()->isVisible());
    }

    // A case or review chosen in the due list opens its household on the Cases tab.
    void theDueListOpensTheHouseholdOnItsCases()
    {
        auto db = database();
        QVERIFY(db);
        MainWindow window(std::move(db),
                          Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString()));
        DueDialog* due = window.showDue();
        QVERIFY(QSignalSpy(due, &DueDialog::reloaded).wait(30000));
        emit due->householdRequested(m_householdId);
        HouseholdEditor* editor = nullptr;
        for (HouseholdEditor* e : window.findChildren<HouseholdEditor*>())
            editor = e->isVisible() ? e : editor;
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QTabWidget*>()->currentWidget(), static_cast<QWidget*>(editor->casesPanel()));
        editor->close();
        due->close();
    }

    // The audit trail names the person (刘丽), not the login; a login with no account shows as it is.
    void theAuditTrailNamesPeople()
    {
        auto db = database();
        QVERIFY(db);
        User named;
        named.name = QStringLiteral("clerk7");
        named.displayName = QStringLiteral("刘丽");
        named.role = Role::Clerk;
        QVERIFY(
            UserRepository(*db, Session::bootstrap(QStringLiteral("setup"))).add(named, QStringLiteral("long enough")));
        Household h = TestFixtures::household(TestFixtures::kVillageB);
        h.members = {TestFixtures::member("220681195003070018", "张福", "head")};
        QVERIFY(HouseholdRepository(
                    *db, Session::forUser(QStringLiteral("clerk7"), QStringLiteral("刘丽"), Role::Clerk, QString()))
                    .save(h));
        AuditDialog dialog(*db);
        QStringList who;
        for (int r = 0; r < dialog.entriesTable()->rowCount(); ++r)
            who.append(dialog.entriesTable()->item(r, 2)->text());
        QVERIFY2(who.contains(QStringLiteral("刘丽")), qPrintable(who.join(QLatin1Char(','))));
        QVERIFY(!who.contains(QStringLiteral("clerk7")));
        QVERIFY(who.contains(QStringLiteral("setup"))); // no account: shown as written
    }

    void aCadreSeesTheirVillageOnly()
    {
        auto db = database();
        QVERIFY(db);
        MainWindow window(std::move(db), Session::forUser(QStringLiteral("cadre01"), QStringLiteral("村干部"),
                                                          Role::Cadre, TestFixtures::kVillageA));
        QCOMPARE(window.householdModel()->totalCount(), qint64(1));
        QCOMPARE(window.villageFilter()->count(), 1);
        QVERIFY(!window.villageFilter()->isEnabled());
        bool newVisible = true;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::New))
                newVisible = action->isVisible();
        }
        QVERIFY(!newVisible);
    }

    void aBrokenAuditChainWarnsTheSupervisorAtStart()
    {
        auto db = database();
        QVERIFY(db);
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_never_changed"))); // as an intruder would
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 2")));
        }
        QString warning;
        auto* poll = new QTimer(qApp);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, &warning] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    warning = box->text();
                    box->accept();
                    poll->deleteLater();
                }
            }
        });
        poll->start(50);
        MainWindow window(std::move(db), Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"),
                                                          Role::Supervisor, QString()));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 5000);
        QVERIFY(warning.contains(QStringLiteral("Audit entry 2 was changed")));
    }

    void theAdministratorSeesTheUsers()
    {
        auto db = database();
        QVERIFY(db);
        UsersDialog dialog(*db,
                           Session::forUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, QString()));
        QCOMPARE(dialog.usersTable()->rowCount(), 3); // the administrator, the clerk and the cadre
        QStringList names;
        for (int r = 0; r < 3; ++r)
            names.append(dialog.usersTable()->item(r, 0)->text());
        QVERIFY(names.contains(QStringLiteral("admin")));
        QVERIFY(names.contains(QStringLiteral("cadre01")));
        QVERIFY(names.contains(QStringLiteral("liu")));
    }

    void idNumbersShowMaskedUntilRevealed()
    {
        auto db = database();
        QVERIFY(db);
        const Session supervisor =
            Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
        HouseholdEditor editor(*db, supervisor, m_householdId);
        QTableWidget* members = editor.membersTable();
        QCOMPARE(members->item(0, HouseholdEditor::IdNumberColumn)->text(), QStringLiteral("220681********0139"));
        QVERIFY(!(members->item(0, HouseholdEditor::IdNumberColumn)->flags() & Qt::ItemIsEditable));
        // The birth date is the masked digits: it hides with them; the age still shows.
        QCOMPARE(members->item(0, HouseholdEditor::BirthDateColumn)->text(), QStringLiteral("****-**-**"));
        QVERIFY(members->item(0, HouseholdEditor::AgeColumn)->text().toInt() >= 43);
        QVERIFY(!editor.hasChanges());
        // Showing them asks first (确认显示完整身份证号？); “no” shows and records nothing.
        auto* reveal = editor.findChild<QPushButton*>(QStringLiteral("revealIdNumbers"));
        QVERIFY(reveal);
        const auto entries = AuditLog(*db).entries(m_householdId).value().size();
        answerNextQuestion(QMessageBox::No);
        reveal->click();
        QCOMPARE(members->item(0, HouseholdEditor::IdNumberColumn)->text(), QStringLiteral("220681********0139"));
        QCOMPARE(AuditLog(*db).entries(m_householdId).value().size(), entries);
        answerNextQuestion(QMessageBox::Yes);
        reveal->click();
        QCOMPARE(members->item(0, HouseholdEditor::IdNumberColumn)->text(), QStringLiteral("220681198204110139"));
        QCOMPARE(members->item(0, HouseholdEditor::BirthDateColumn)->text(), QStringLiteral("1982-04-11"));
        QVERIFY(!editor.hasChanges());
        QCOMPARE(AuditLog(*db).entries(m_householdId).value().last().action, QStringLiteral("reveal"));
        QCOMPARE(AuditLog(*db).entries(m_householdId).value().last().userName, QStringLiteral("wang"));

        // A role that may not reveal, nor edit, sees a read-only form.
        const Session auditor =
            Session::forUser(QStringLiteral("audit"), QStringLiteral("审计"), Role::Auditor, QString());
        HouseholdEditor readOnly(*db, auditor, m_householdId);
        QVERIFY(!readOnly.revealIdNumbers());
        QVERIFY(readOnly.windowTitle().contains(QStringLiteral("read only")));
        QCOMPARE(readOnly.membersTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(readOnly.membersTable()->item(0, HouseholdEditor::BirthDateColumn)->text(),
                 QStringLiteral("****-**-**"));
        // Nor can a cadre find the person by the hidden digits of the birth date.
        HouseholdRepository asCadre(*db, Session::forUser(QStringLiteral("cadre01"), QStringLiteral("村干部"),
                                                          Role::Cadre, TestFixtures::kVillageA));
        HouseholdFilter byBirth;
        byBirth.search = QStringLiteral("19820411");
        QCOMPARE(asCadre.count(byBirth).value(), qint64(0));
    }
};

QTEST_MAIN(TestLoginAndLock)
#include "TestLoginAndLock.moc"
