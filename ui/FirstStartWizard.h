#pragma once

#include "services/TownshipSetup.h"

#include <QWizard>

class QLineEdit;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace Doudi {

// The desktop's first start on a PC without a database (issue 14), five screens at most, keyboard
// first: open the demo, or set up our township — find it by name or code in the built-in list,
// confirm its villages, create the administrator, take the bureau's policy file (or keep the
// example) and choose the backup folder. Finishing creates the database, all or nothing.
class FirstStartWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartWizard)

public:
    enum class Choice
    {
        SetUpTownship,
        Demo,
        OpenFile
    };
    enum PageId
    {
        StartPage,
        TownshipPage,
        VillagesPage,
        AdministratorPage,
        PolicyAndBackupPage
    };

    // `databasePath`: where the township's database is created.
    explicit FirstStartWizard(QString databasePath, QWidget* parent = nullptr);

    Choice choice() const;
    const QString& databasePath() const { return m_databasePath; }

    QLineEdit* searchField() const { return m_search; }
    QListWidget* townshipList() const { return m_townships; }
    QTableWidget* villageTable() const { return m_villages; }
    QLineEdit* adminNameField() const { return m_adminName; }
    QLineEdit* adminPasswordField() const { return m_password; }
    QLineEdit* adminRepeatField() const { return m_repeat; }
    QLineEdit* policyField() const { return m_policy; }
    QLineEdit* backupFolderField() const { return m_backupFolder; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* passphraseRepeatField() const { return m_passphraseRepeat; }
    QRadioButton* demoButton() const { return m_demo; }

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWizardPage* startPage();
    QWizardPage* townshipPage();
    QWizardPage* villagesPage();
    QWizardPage* administratorPage();
    QWizardPage* policyAndBackupPage();
    void search(const QString& text);
    TownshipPlan plan() const;
    bool refuse(const QString& message, QWidget* field);

    QString m_databasePath;
    QRadioButton* m_setUp = nullptr;
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_open = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_townships = nullptr;
    QLineEdit* m_townshipCode = nullptr; // the chosen code, a mandatory field of its page
    QTableWidget* m_villages = nullptr;
    QString m_villagesOf;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_adminDisplay = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLineEdit* m_policy = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_passphraseRepeat = nullptr;
};

} // namespace Doudi
