#include "CasesPanel.h"
#include "Clock.h"
#include "HelpBrowser.h"
#include "HelpKey.h"
#include "MainWindow.h"
#include "PrintPreview.h"
#include "RostersDialog.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "WindowSizes.h"
#include "demo/DemoGenerator.h"
#include "report/Rosters.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace Doudi;

namespace {

constexpr int kScreenWidth = 1024;
constexpr int kScreenHeight = 700; // 768 less a taskbar and the title bar

// The mnemonic of a text (the letter after a single '&'), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// What in `window` answers an Alt+letter now: visible buttons, labels with a buddy, group boxes,
// tabs and the menu bar's titles.
QMap<QChar, QStringList> mnemonicsShowing(QWidget* window)
{
    QMap<QChar, QStringList> out;
    const auto add = [&out](const QString& text) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            out[key].append(text);
    };
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && button->window() == window)
            add(button->text());
    }
    for (auto* label : window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy() && label->window() == window)
            add(label->text());
    }
    for (auto* group : window->findChildren<QGroupBox*>()) {
        if (group->isVisible() && group->window() == window)
            add(group->title());
    }
    for (auto* tabs : window->findChildren<QTabBar*>()) {
        if (!tabs->isVisible() || tabs->window() != window)
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(tabs->tabText(i));
        }
    }
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* menu : main->menuBar()->actions()) {
            if (menu->isVisible())
                add(menu->text());
        }
    }
    return out;
}

} // namespace

// It fits an old screen and the keyboard reaches everything (issue 17): every window and dialog
// the menus open, for each role, fits 1024×700 with every button inside it, and no Alt+letter is
// used twice in what a window shows at once (each of its tabs in turn).
class TestDeskFitsTheScreen final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_problems;
    QSet<QString> m_seen;
    QHash<QString, int> m_closeAttempts;
    WindowSizes m_sizes;

    // Each page of each tab widget in turn, and the window as a whole.
    void checkWindow(QWidget* window, const QString& name)
    {
        const QSize least = window->minimumSize().expandedTo(window->minimumSizeHint());
        if (least.height() > kScreenHeight || least.width() > kScreenWidth)
            m_problems.append(QStringLiteral("%1: at least %2×%3").arg(name).arg(least.width()).arg(least.height()));
        if (window->height() > kScreenHeight || window->width() > kScreenWidth)
            m_problems.append(
                QStringLiteral("%1: opens at %2×%3").arg(name).arg(window->width()).arg(window->height()));
        window->resize(window->size().boundedTo(QSize(kScreenWidth, kScreenHeight)));
        QTest::qWait(20);
        if (window->height() > kScreenHeight || window->width() > kScreenWidth)
            m_problems.append(
                QStringLiteral("%1: shown at %2×%3").arg(name).arg(window->width()).arg(window->height()));
        const auto checkNow = [&](const QString& where) {
            for (auto* button : window->findChildren<QAbstractButton*>()) {
                if (!button->isVisible() || button->window() != window)
                    continue;
                const QRect r(button->mapTo(window, QPoint(0, 0)), button->size());
                if (!window->rect().contains(r))
                    m_problems.append(QStringLiteral("%1%2: button “%3” lies outside %4×%5")
                                          .arg(name, where, button->text())
                                          .arg(window->width())
                                          .arg(window->height()));
            }
            const auto mnemonics = mnemonicsShowing(window);
            for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
                if (it.value().size() > 1)
                    m_problems.append(QStringLiteral("%1%2: Alt+%3 is %4")
                                          .arg(name, where, QString(it.key()), it.value().join(QStringLiteral(", "))));
            }
        };
        checkNow(QString());
        for (auto* tabs : window->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible() || tabs->window() != window)
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i) || !tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(10);
                checkNow(QStringLiteral(" [%1]").arg(tabs->tabText(i)));
            }
            tabs->setCurrentIndex(current);
        }
    }

    // Checks a dialog, then what each of its “…” buttons opens (by convention a window of its own,
    // that asks before it does anything), two levels down, and closes it.
    void inspectAndClose(QWidget* modal, const QString& path, int depth)
    {
        const QString what = path + QStringLiteral(" → ") + QString::fromLatin1(modal->metaObject()->className());
        if (!m_seen.contains(what)) {
            m_seen.insert(what);
            if (qEnvironmentVariableIsSet("DOUDI_LIST_WINDOWS"))
                qInfo().noquote() << "visiting" << what;
            checkWindow(modal, what);
            if (depth < 2) {
                for (auto* button : modal->findChildren<QAbstractButton*>()) {
                    // And the print previews.
                    static const QStringList previews{QStringLiteral("Voucher"), QStringLiteral("Papers"),
                                                      QStringLiteral("Preview")};
                    const QString text = QString(button->text()).remove(QLatin1Char('&'));
                    if (!button->isVisible() || !button->isEnabled() || button->window() != modal ||
                        !(text.endsWith(QStringLiteral("…")) || previews.contains(text)))
                        continue;
                    closeWhatOpens([button] { button->click(); }, modal,
                                   what + QStringLiteral(" → ") + QString(button->text()).remove(QLatin1Char('&')),
                                   depth + 1);
                }
            }
        }
        // A window that will not close (a form asking about changes nobody made) fails, not hangs.
        if (++m_closeAttempts[what] > 5) {
            m_problems.append(QStringLiteral("%1: does not close when rejected").arg(what));
            modal->hide();
            return;
        }
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    }

    // Runs `open` and inspects whatever modal window it opens above `below` (nullptr: the desk).
    void closeWhatOpens(const std::function<void()>& open, QWidget* below, const QString& path, int depth)
    {
        QTimer poll; // one per level: a timer does not fire inside its own handler
        poll.setInterval(30);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal != below)
                inspectAndClose(modal, path, depth);
        });
        poll.start();
        open();
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == below, 20000);
    }

    // The items of one menu answer a letter each.
    void checkMenu(QMenu* menu, const QString& role)
    {
        QMap<QChar, QStringList> letters;
        for (QAction* a : menu->actions()) {
            if (const QChar key = mnemonicOf(a->text()); a->isVisible() && !key.isNull())
                letters[key].append(a->text());
        }
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            if (it.value().size() > 1)
                m_problems.append(
                    QStringLiteral("%1 menu %2: Alt+%3 is %4")
                        .arg(role, menu->title(), QString(it.key()), it.value().join(QStringLiteral(", "))));
        }
    }

    void walk(const Session& session)
    {
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(db);
        MainWindow window(std::move(db).value(), session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);
        const QString role = session.userName();
        checkWindow(&window, role + QStringLiteral(" main window"));
        // A household chosen in the list, as the clerk has one.
        auto* list = window.findChild<QTableView*>();
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        // Not: leaving, locking, backing up or restoring, deleting.
        const QStringList skipped{QStringLiteral("quit"), QStringLiteral("lock"), QStringLiteral("backUpNow"),
                                  QStringLiteral("deleteHousehold"), QStringLiteral("signOut")};
        for (QAction* menuAction : window.menuBar()->actions()) {
            if (!menuAction->isVisible() || !menuAction->menu())
                continue;
            QList<QAction*> actions = menuAction->menu()->actions();
            checkMenu(menuAction->menu(), role);
            for (qsizetype i = 0; i < actions.size(); ++i) {
                QAction* a = actions.at(i);
                if (a->menu()) {
                    checkMenu(a->menu(), role);
                    actions.append(a->menu()->actions());
                    continue;
                }
                const QString text = QString(a->text()).remove(QLatin1Char('&'));
                if (a->isSeparator() || !a->isVisible() || !a->isEnabled() || skipped.contains(a->objectName()))
                    continue;
                closeWhatOpens([a] { a->trigger(); }, nullptr, QStringLiteral("%1 %2").arg(role, text), 0);
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // ctest runs this on a 1024×740 offscreen screen (tests/gui/offscreen-1024x740.json).
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(kScreenWidth, 740));
        // As the app does: every window at its remembered size, no larger than the screen.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DoudiTest"));
        qApp->installEventFilter(&m_sizes);
        Clock::setFixed(QDateTime(QDate(2025, 11, 20), QTime(9, 0), Qt::UTC));
        m_path = m_dir.filePath(QStringLiteral("fits.doudi"));
        auto db = Database::open(m_path, Database::OpenMode::MustNotExist);
        QVERIFY(db);
        QVERIFY(DemoGenerator(5, Clock::currentDate()).fill(**db, QStringLiteral("setup"), 300));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    // The print previews (a voucher, a case's papers, a roster) fit the screen with their buttons.
    void printPreviewsFitTheScreen()
    {
        m_problems.clear();
        m_seen.clear();
        m_closeAttempts.clear();
        closeWhatOpens(
            [] {
                PrintPreview::show(QStringLiteral("凭证"), QStringLiteral("<h1>凭证</h1>"), QPageLayout::Portrait,
                                   nullptr);
            },
            nullptr, QStringLiteral("voucher"), 0);
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(db);
        const auto roster = Rosters::build(
            **db, Session::forUser(QStringLiteral("supervisor"), QStringLiteral("王建国"), Role::Supervisor, QString()),
            QStringLiteral("payment"), Clock::currentDate());
        QVERIFY(roster.ok());
        closeWhatOpens([&] { RostersDialog::preview(*roster, nullptr); }, nullptr, QStringLiteral("roster"), 0);
        QCOMPARE(m_seen.size(), 2);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // F1 in any window — a modal dialog too — opens the bundled guide at that window's section.
    void f1OpensTheGuideWhereTheClerkIs()
    {
        HelpKey f1;
        qApp->installEventFilter(&f1);
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(db);
        SettingsDialog settings(**db, Session::bootstrap(QStringLiteral("admin")));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QTest::keyClick(settings.focusWidget() ? settings.focusWidget() : &settings, Qt::Key_F1);
        auto* guide = settings.findChild<HelpBrowser*>();
        QVERIFY(guide && guide->isVisible());
        QCOMPARE(guide->section(), QStringLiteral("SettingsDialog"));
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("首选项")));
        // Inside the household form's cases tab: the cases section.
        QCOMPARE(HelpBrowser::sectionFor(new QWidget(new CasesPanel(
                     **db, Session::bootstrap(QStringLiteral("c")), [] { return QString(); }, &settings))),
                 QStringLiteral("CasesPanel"));
        QCOMPARE(HelpBrowser::sectionFor(&settings), QStringLiteral("SettingsDialog"));
        guide->close();
        settings.close();
        qApp->removeEventFilter(&f1);
    }

    // Each window opens at the size and state its user left it, and a print preview that asks for
    // an A4 page's height gets no more than the screen has.
    void everyWindowRemembersItsSize()
    {
        {
            QPrintPreviewDialog first;
            WindowSizes::fitToScreen(&first, QSize(900, 5000));
            QVERIFY(first.height() <= first.screen()->availableGeometry().height());
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(640, 480);
            QTest::qWait(20);
            first.hide();
        }
        QVERIFY(QSettings().contains(QStringLiteral("windows/QPrintPreviewDialog/geometry")));
        {
            QPrintPreviewDialog second;
            second.show();
            QVERIFY(QTest::qWaitForWindowExposed(&second));
            QCOMPARE(second.size(), QSize(640, 480));
            second.showMaximized();
            QTest::qWait(20);
            second.hide();
        }
        QPrintPreviewDialog third;
        third.show();
        QVERIFY(QTest::qWaitForWindowExposed(&third));
        QVERIFY(third.isMaximized());
        third.hide();
        QSettings().remove(QStringLiteral("windows/QPrintPreviewDialog/geometry")); // the walks start afresh
    }

    void everyWindowOfEveryRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("clerk") << int(Role::Clerk);
        QTest::newRow("admin") << int(Role::Admin);
        QTest::newRow("auditor") << int(Role::Auditor);
    }
    void everyWindowOfEveryRole()
    {
        QFETCH(int, role);
        m_problems.clear();
        m_seen.clear();
        m_closeAttempts.clear();
        walk(Session::forUser(QString::fromLatin1(QTest::currentDataTag()), QStringLiteral("测试"), Role(role),
                              QString()));
        // The walk reached the dialogs of the menus, not only the main window.
        QVERIFY2(m_seen.size() >= 8, qPrintable(QStringList(m_seen.cbegin(), m_seen.cend()).join(QLatin1Char('\n'))));
        if (qEnvironmentVariableIsSet("DOUDI_LIST_WINDOWS"))
            qInfo().noquote() << QStringList(m_seen.cbegin(), m_seen.cend()).join(QLatin1Char('\n'));
        for (const QString& problem : std::as_const(m_problems))
            qWarning().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s)").arg(m_problems.size())));
    }

    // The same in Chinese, whose mnemonics a translator chose.
    void everyWindowInChinese_data() { everyWindowOfEveryRole_data(); }
    void everyWindowInChinese()
    {
        Translations::install(*qApp, QStringLiteral("zh_CN"));
        everyWindowOfEveryRole();
    }
};

QTEST_MAIN(TestDeskFitsTheScreen)
#include "TestDeskFitsTheScreen.moc"
