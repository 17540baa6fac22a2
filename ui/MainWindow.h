#pragma once

#include "LoginDialog.h"
#include "security/Session.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QThread;
class QTimer;

namespace Doudi {

class Database;
class DueDialog;
class HouseholdEditor;
class IdleLock;
class HouseholdListModel;
class HouseholdRepository;

// The clerk's desk: the households of the township, searched as you type and filtered by village;
// a household opens in the editor with Enter or a double click.
class RecoverDraftsDialog;
struct Draft;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // A restore asked for in 数据维护: the desk closes its database, main() restores and reopens.
    struct RestoreRequest
    {
        QString file;
        QString passphrase;
    };

    MainWindow(std::unique_ptr<Database> database, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const std::optional<RestoreRequest>& restoreRequest() const { return m_restoreRequest; }
    // The window closed for another person to sign in (注销 / 切换用户, or from the lock screen).
    bool signOutRequested() const { return m_signOut; }
    QLabel* noticesLabel() const { return m_notices; }
    // Shown above the list when a search or village finds no household.
    QLabel* noResultsLabel() const { return m_noResults; }

    HouseholdListModel* householdModel() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* householdView() const { return m_view; }
    QComboBox* villageFilter() const { return m_village; }
    IdleLock* idleLock() const { return m_idleLock; }
    bool isLocked() const { return m_locked; }

public slots:
    void newHousehold();
    // What the office must see to (backups, next year's calendar), above the desk.
    void refreshNotices();
    // The day's first backup, on a thread and connection of its own, when none was made today.
    void backUpForTheDay();
    void editCurrentHousehold();
    void removeCurrentHousehold();
    // Locks the desk: after a while without use, or by hand (Ctrl+L); the unlock screen says which.
    void lockDesk(LoginDialog::Locked why = LoginDialog::Locked::AfterIdle);
    // The due and overdue list; a case or review opened from it opens its household on its cases.
    DueDialog* showDue();
    // Closes the desk for the next person, once every open form is saved or given up.
    void signOut();
    // 恢复未保存的录入: offers back what this person was typing when Doudi last stopped (at each
    // start, when there is any, and from the File menu); the dialog, or nullptr when there is none.
    RecoverDraftsDialog* offerDrafts();
    // Puts a draft back on its form.
    void resumeDraft(const Draft& draft);
    // The reserve fund payment form for `householdId` (Ctrl+Shift+P), with a draft put back.
    void payFromReserveFund(const QString& householdId, const Draft* resume = nullptr);

signals:
    // The checks made on a thread at opening (checkDatabase) are done, found wrong or not.
    void databaseChecked();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void buildMaintenanceMenu();
    void requestRestore();
    // The keyboard to the list, on its first row chosen (Down or Enter in the search box): a
    // second Enter opens it.
    void goToResults();
    void applyFilter();
    void fillVillageFilter();
    void updateStatus();
    HouseholdEditor* openEditor(const QString& householdId);
    void selectHousehold(const QString& householdId);
    void showSettings();
    void showAbout();
    // On a thread: the whole-file scan the opening left to it, then the audit chain for those who
    // answer for it; each finding in a message when it comes.
    void checkDatabase();
    // Closes every open form, each asking about changes; false when someone keeps editing.
    bool closeOpenForms();
    int unsavedForms() const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<HouseholdRepository> m_repository;
    Session m_session;
    HouseholdListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_village = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_noResults = nullptr;
    QTimer* m_searchDelay = nullptr;
    IdleLock* m_idleLock = nullptr;
    QThread* m_databaseCheck = nullptr;
    QThread* m_dailyBackup = nullptr;
    QLabel* m_notices = nullptr;
    std::optional<RestoreRequest> m_restoreRequest;
    bool m_locked = false;
    bool m_signOut = false;
    bool m_discardOpenForms = false; // signed out at the lock screen: nobody is there to ask
};

} // namespace Doudi
