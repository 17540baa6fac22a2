#pragma once

#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Doudi {

class Database;

// 社会救助资源库 and 转介 at the desk. The referrals tab lists the referrals (open ones by default,
// overdue in red) and moves the selected one on (accepted, helped, declined) or prints its letter;
// opened for a household, it refers one of its members to a library entry, from the household's
// file, a signal or its refused application, and prints the letter at once. The library tab lists
// who else can help and adds the office's own entries.
class ReferralsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralsDialog)

public:
    struct From
    {
        QString householdId; // empty: no household to refer, the lists only
        QString source = QStringLiteral("household");
        QString sourceId;
    };
    ReferralsDialog(Database& database, Session session, From from, QWidget* parent = nullptr);
    ~ReferralsDialog() override = default;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* referralsTable() const { return m_referrals; }
    QTableWidget* libraryTable() const { return m_library; }
    QComboBox* memberBox() const { return m_member; }
    QComboBox* resourceBox() const { return m_resource; }
    QPlainTextEdit* needEdit() const { return m_need; }
    const QList<Referral>& referrals() const { return m_shown; }
    QString message() const;

    // Library form fields, for tests.
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* providerEdit() const { return m_provider; }
    QLineEdit* offersEdit() const { return m_offers; }

signals:
    // A referral was opened from this dialog.
    void referred(const Doudi::Referral& referral);

public slots:
    void reload();
    // Refers the chosen member to the chosen entry; `print` opens the letter's print preview.
    bool refer(bool print = true);
    // The selected referral moves on to `state` on `on`, with the outcome in words.
    bool moveSelected(const QString& state, const QDate& on, const QString& outcome);
    bool addResource();
    // Ends the selected entry of the office's own library on `lastDay`.
    bool endSelectedResource(const QDate& lastDay);
    void printSelected();

private:
    const Referral* selected() const;
    void askToMove(const QString& state);
    void updateButtons();
    void fillHousehold();

    Database& m_database;
    Session m_session;
    From m_from;
    QList<Referral> m_shown;
    QList<HelpResource> m_resources; // the rows of m_library
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_referrals = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_resource = nullptr;
    QPlainTextEdit* m_need = nullptr;
    QPushButton* m_accepted = nullptr;
    QPushButton* m_helped = nullptr;
    QPushButton* m_declined = nullptr;
    QPushButton* m_print = nullptr;
    QTableWidget* m_library = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_provider = nullptr;
    QLineEdit* m_offers = nullptr;
    QLineEdit* m_conditions = nullptr;
    QLineEdit* m_contact = nullptr;
    QDateEdit* m_until = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QPushButton* m_end = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace Doudi
