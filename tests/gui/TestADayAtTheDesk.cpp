#include "CasesPanel.h"
#include "CliRunner.h"
#include "Clock.h"
#include "HomeVisitDialog.h"
#include "HouseholdEditor.h"
#include "HouseholdListModel.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "cases/CaseRepository.h"
#include "domain/PinyinInitials.h"
#include "fund/FundLedger.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPointer>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Doudi;

// A clerk's whole day on the demo township, by the keyboard alone — no mouse click, no call into
// a form: the clerk logs in, finds a family by pinyin initials, types a new household, assesses
// it and opens its case; the village cadre records the home visit; the clerk publishes the notice
// and submits the case, and pays the family's emergency from the reserve fund with the supervisor
// signing on the form; the supervisor approves the case, prints the month's roster and hands the
// desk to the next person.
class TestADayAtTheDesk final : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_path;
    // What the next modal windows are to be answered with, in the order they open.
    struct Answer
    {
        QPointer<QWidget> below; // the window the question opens above
        std::function<void(QWidget*)> answer;
    };
    QList<Answer> m_answers;
    QTimer m_watch;

    static QWidget* keyboard()
    {
        if (QWidget* popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget* focus = QApplication::focusWidget())
            return focus;
        if (QWidget* modal = QApplication::activeModalWidget())
            return modal;
        return QApplication::activeWindow();
    }

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = keyboard();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(key), modifiers);
        QTest::qWait(30);
    }

    static void alt(char letter)
    {
        press(Qt::Key_A + (QChar::fromLatin1(letter).toUpper().unicode() - 'A'), Qt::AltModifier);
    }

    // Typed where the keyboard is: keys for ASCII, an input method's commit for Chinese.
    static void type(const QString& text)
    {
        QWidget* target = keyboard();
        QVERIFY(target);
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii) {
            // Key by key to wherever the keyboard is: the first key in a grid opens the cell's editor.
            for (const QChar c : text)
                QTest::keyClick(keyboard(), c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QApplication::sendEvent(target, &commit);
        }
        QTest::qWait(30);
    }

    // A menu item by its letters: Alt+menu, then the item's.
    static void menu(char menuLetter, char itemLetter)
    {
        alt(menuLetter);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_A + (QChar::fromLatin1(itemLetter).toUpper().unicode() - 'A'));
    }

    // The next modal window that opens is answered by `answer` (which uses the keyboard only).
    void whenAsked(std::function<void(QWidget*)> answer)
    {
        m_answers.append({QApplication::activeModalWidget(), std::move(answer)});
    }

    void watchForQuestions()
    {
        m_watch.setInterval(40);
        connect(&m_watch, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || m_answers.isEmpty() || modal == m_answers.first().below || !modal->isVisible())
                return;
            const auto answer = m_answers.takeFirst().answer;
            // A new window has the keyboard, as a window manager gives it.
            modal->activateWindow();
            if (!QTest::qWaitForWindowActive(modal))
                qWarning() << "not active:" << modal;
            // The keys go where the window put its focus, not to the window under it.
            const auto focusedInside = [modal] {
                QWidget* focus = QApplication::focusWidget();
                return focus && (focus == modal || modal->isAncestorOf(focus));
            };
            if (!QTest::qWaitFor(focusedInside, 2000))
                qWarning() << "no focus in:" << modal << QApplication::focusWidget();
            answer(modal);
        });
        m_watch.start();
    }

    std::optional<Session> logIn(Database& db, const QString& user)
    {
        LoginDialog login(db);
        login.show();
        if (!QTest::qWaitForWindowActive(&login))
            return std::nullopt;
        type(user);
        press(Qt::Key_Tab);
        type(QStringLiteral("doudi-demo"));
        press(Qt::Key_Return);
        if (!QTest::qWaitFor([&login] { return !login.isVisible(); }, 10000))
            return std::nullopt;
        return login.session();
    }

    // The step `action` chosen in the next-step form, by the arrow keys, and the form accepted.
    static void chooseAndAccept(QWidget* asked, const QString& action)
    {
        auto* steps = asked->findChild<QComboBox*>();
        QVERIFY(steps);
        const int wanted = steps->findData(action);
        QVERIFY2(wanted >= 0, qPrintable(action));
        steps->setFocus();
        while (steps->currentIndex() < wanted)
            press(Qt::Key_Down);
        while (steps->currentIndex() > wanted)
            press(Qt::Key_Up);
        press(Qt::Key_Return);
    }

    // Logs `user` in, as main() does after a sign-out: the desk on a freshly opened database.
    std::unique_ptr<MainWindow> openDesk(const QString& user)
    {
        auto opened = Database::open(m_path, Database::OpenMode::MustExist);
        if (!opened)
            return nullptr;
        std::unique_ptr<Database> db = std::move(opened).value();
        const auto session = logIn(*db, user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(db), *session);
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

    // 文件 → 注销 / 切换用户: the desk closes, its database with it.
    static void signOut(std::unique_ptr<MainWindow>& window)
    {
        menu('f', 'w');
        QTRY_VERIFY(window->signOutRequested());
        QTRY_VERIFY(!window->isVisible());
        window.reset();
    }

    // The family found by what is typed in 查找, opened with Enter.
    static HouseholdEditor* openFamily(const QString& typed, MainWindow* window)
    {
        alt('n');
        type(typed);
        press(Qt::Key_Return);
        if (!QTest::qWaitFor([window] { return window->householdModel()->totalCount() == 1; }))
            return nullptr;
        press(Qt::Key_Return);
        return openForm();
    }

    // The window under a dialog that closed has the keyboard again (what a window manager does).
    static void backTo(QWidget* window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    // The household form the keyboard opened above the desk.
    static HouseholdEditor* openForm()
    {
        HouseholdEditor* form = nullptr;
        const bool shown = QTest::qWaitFor([&form] {
            form = qobject_cast<HouseholdEditor*>(QApplication::activeModalWidget());
            return form && form->isVisible();
        });
        return shown ? form : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_path = m_cli.path(QStringLiteral("day.doudi"));
        const auto demo =
            m_cli.run({QStringLiteral("demo"), QStringLiteral("--db"), m_path, QStringLiteral("--households"),
                       QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        watchForQuestions();
    }

    void aWholeDayByKeyboard()
    {
        auto opened = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(opened);
        std::unique_ptr<Database> db = std::move(opened).value();
        Database* store = db.get();

        // A family already on the books, to be found by its head's initials: the first whose initials
        // the desk's own search finds in no other household (a member's name counts too).
        QString known;
        QString knownId;
        {
            QSqlQuery q(store->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, head_name FROM households WHERE deleted = 0 ORDER BY "
                                          "head_name, id")));
            HouseholdRepository households(*store, Session::bootstrap(QStringLiteral("check")));
            while (known.isEmpty() && q.next()) {
                const QString name = q.value(1).toString();
                HouseholdFilter filter;
                filter.search = PinyinInitials::of(name);
                const auto found = households.count(filter);
                if (name.size() == 3 && found && *found == 1) {
                    known = name;
                    knownId = q.value(0).toString();
                }
            }
        }
        QVERIFY(!known.isEmpty());

        // 1. The clerk logs in and finds the family by pinyin.
        auto clerk = logIn(*store, QStringLiteral("clerk1"));
        QVERIFY(clerk);
        auto window = std::make_unique<MainWindow>(std::move(db), *clerk);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        alt('n'); // 查找 (a clerk's desk opens on the list)
        type(PinyinInitials::of(known));
        press(Qt::Key_Return); // the keyboard goes to what was found
        QTRY_COMPARE(window->householdModel()->totalCount(), qint64(1));
        press(Qt::Key_Return); // and opens it
        HouseholdEditor* form = openForm();
        QVERIFY(form);
        QVERIFY2(form->windowTitle().contains(known), qPrintable(form->windowTitle()));
        press(Qt::Key_Escape); // nothing changed: it just closes
        QTRY_VERIFY(!QApplication::activeModalWidget());
        backTo(window.get());

        // 2. A new family, typed: the ID number first (the cell has the keyboard), then the name.
        press(Qt::Key_N, Qt::ControlModifier);
        form = openForm();
        QVERIFY(form);
        type(QStringLiteral("220681195003070018"));
        press(Qt::Key_Tab); // the ID cell is done; on to the name
        type(QStringLiteral("张福"));
        press(Qt::Key_Return);
        QTRY_COMPARE(form->membersTable()->item(0, HouseholdEditor::AgeColumn)->text().isEmpty(), false);
        alt('b'); // 基本情况
        alt('d'); // 住址
        type(QStringLiteral("六道沟村5组8号"));
        alt('k'); // 发放账号
        type(QStringLiteral("6228480012345678901"));
        // 3. Assessed on its tab, the determination saved (which saves the household).
        alt('t');
        alt('d'); // 保存认定
        QString newId;
        QTRY_VERIFY((newId =
                         [store] {
                             QSqlQuery q(store->connection());
                             q.exec(QStringLiteral("SELECT household_id FROM determinations d JOIN households h ON "
                                                   "h.id = d.household_id WHERE h.head_name = '张福'"));
                             return q.next() ? q.value(0).toString() : QString();
                         }())
                        .size() > 0);
        // 4. Its case opened (the application, accepted today) and the investigation started.
        alt('c');
        whenAsked([](QWidget*) { press(Qt::Key_Return); }); // 低保申请, today
        alt('o');
        QTRY_COMPARE(form->casesPanel()->cases().size(), 1);
        backTo(form);
        whenAsked([](QWidget*) { press(Qt::Key_Return); }); // the first step it may take
        alt('n');
        QTRY_COMPARE(form->casesPanel()->cases().first().state, QStringLiteral("investigating"));
        backTo(form);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        backTo(window.get());

        // The clerk hands over: 注销 / 切换用户.
        signOut(window);

        // 5. The village's cadre records the home visit, for a household of their own village.
        QString cadreName;
        {
            auto check = Database::open(m_path, Database::OpenMode::MustExist);
            QVERIFY(check);
            QSqlQuery q((*check)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT u.name FROM users u JOIN households h ON h.village_code = "
                                          "u.village_code WHERE u.role = 'cadre' AND h.head_name = '张福'")) &&
                    q.next());
            cadreName = q.value(0).toString();
        }
        window = openDesk(cadreName);
        QVERIFY(window);
        alt('n');
        type(QStringLiteral("220681195003070018"));
        press(Qt::Key_Return);
        QTRY_COMPARE(window->householdModel()->totalCount(), qint64(1));
        press(Qt::Key_Return);
        form = openForm();
        QVERIFY(form);
        alt('c');
        press(Qt::Key_Down); // the case
        QTRY_VERIFY(!form->casesPanel()->casesTable()->selectedItems().isEmpty());
        alt('v'); // 记录入户调查
        QTRY_VERIFY(qobject_cast<HomeVisitDialog*>(QApplication::activeModalWidget()));
        QPointer<QWidget> visit = QApplication::activeModalWidget(); // gone once saved
        alt('e');
        type(QStringLiteral("刘丽"));
        alt('p');
        type(QStringLiteral("张福"));
        alt('i');
        type(QStringLiteral("独居，房屋老旧，无劳动能力，靠亲属接济。"));
        alt('g'); // the family signed
        alt('s');
        QTRY_VERIFY(!visit || !visit->isVisible());
        backTo(form);
        QTRY_VERIFY(std::any_of(form->casesPanel()->cases().first().steps.cbegin(),
                                form->casesPanel()->cases().first().steps.cend(),
                                [&cadreName](const CaseStep& s) { return s.userName == cadreName; }));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        backTo(window.get());
        signOut(window);

        // 6. The clerk publishes the notice and, its seven days over, submits the case; the
        // supervisor, who may not prepare a decision, approves it.
        const auto step = [this](HouseholdEditor* on, const char* action, const char* expectedState) {
            whenAsked([action](QWidget* asked) { chooseAndAccept(asked, QString::fromLatin1(action)); });
            alt('n');
            QTRY_COMPARE(on->casesPanel()->cases().first().state, QString::fromLatin1(expectedState));
            backTo(on);
        };
        window = openDesk(QStringLiteral("clerk1"));
        QVERIFY(window);
        form = openFamily(QStringLiteral("220681195003070018"), window.get());
        QVERIFY(form);
        alt('c');
        step(form, "publish_notice", "noticed");
        Clock::setFixed(Clock::currentDateTimeUtc().addDays(8));
        step(form, "submit", "submitted");
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        backTo(window.get());

        // 7. While the case waits, the family's emergency is met from the reserve fund: the clerk
        // prepares 2,000 元, above the clerk's own limit, so the supervisor signs on the same form;
        // the voucher is previewed.
        whenAsked([this](QWidget*) {
            type(QStringLiteral("房屋漏雨，修缮急需"));
            alt('a');
            type(QStringLiteral("2000"));
            alt('v');
            type(QStringLiteral("supervisor"));
            alt('w');
            type(QStringLiteral("doudi-demo"));
            // The voucher's preview opens above the desk once the payment is recorded.
            whenAsked([](QWidget* preview) {
                QVERIFY(preview->windowTitle().contains(
                    QCoreApplication::translate("Doudi::FundDialog", "Reserve fund voucher")));
                press(Qt::Key_Escape);
            });
            alt('p');
        });
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_answers.isEmpty() && !QApplication::activeModalWidget(), 10000);
        backTo(window.get());
        signOut(window);

        window = openDesk(QStringLiteral("supervisor"));
        QVERIFY(window);
        alt('e'); // 家庭户 (the supervisor's desk opens on the dashboard)
        form = openFamily(QStringLiteral("220681195003070018"), window.get());
        QVERIFY(form);
        alt('c');
        step(form, "approve", "approved");
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        backTo(window.get());

        // 8. The month's roster, exported as the PDF that is printed.
        const QString rosterFile = m_cli.path(QStringLiteral("roster.pdf"));
        press(Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeModalWidget());
        QPointer<QWidget> rosters = QApplication::activeModalWidget();
        whenAsked([rosterFile](QWidget*) {
            press(Qt::Key_A, Qt::ControlModifier);
            type(rosterFile);
            press(Qt::Key_Return);
        });
        alt('e');
        QTRY_VERIFY(QFile::exists(rosterFile));
        backTo(rosters);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        backTo(window.get());
        QFile pdf(rosterFile);
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");

        // 9. And hands the desk over.
        signOut(window);

        // What the day left: the case approved with the cadre's visit, the payment on the ledger.
        auto after = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(after);
        const Session reader = Session::bootstrap(QStringLiteral("check"));
        const auto cases = CaseRepository(**after, reader).forHousehold(newId);
        QVERIFY(cases);
        QCOMPARE(cases->size(), 1);
        QCOMPARE(cases->first().state, QStringLiteral("approved"));
        const auto paid = FundLedger(**after, reader).forHousehold(newId);
        QVERIFY(paid);
        QCOMPARE(paid->size(), 1);
        QCOMPARE(paid->first().amountFen, 200000);
        QCOMPARE(paid->first().preparedBy, QStringLiteral("clerk1"));
        QCOMPARE(paid->first().approvedBy, QStringLiteral("supervisor"));
        QCOMPARE(paid->first().reason, QStringLiteral("房屋漏雨，修缮急需"));
        Clock::setFixed({});
    }
};

QTEST_MAIN(TestADayAtTheDesk)
#include "TestADayAtTheDesk.moc"
