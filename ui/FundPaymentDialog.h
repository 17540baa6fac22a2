#pragma once

#include "fund/FundLedger.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Doudi {

class Database;
class DraftKeeper;
struct Draft;

// A payment from the reserve fund, at the desk: the household (found by name or part of an ID
// number, or the one chosen in the list), the reason, the amount and how it is paid. While the
// clerk types, the form shows the limits the amount is held to and what the fund has left; above the
// clerk's limit the supervisor signs in on the same form. Nothing is written until core accepts
// the whole payment.
class FundPaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundPaymentDialog)

public:
    FundPaymentDialog(Database& database, Session session, const QString& householdId, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* matches() const { return m_matches; }
    QLineEdit* amountField() const { return m_amount; }
    QLineEdit* reasonField() const { return m_reason; }
    QComboBox* reasonTypeBox() const { return m_reasonType; }
    QLineEdit* meetingRefField() const { return m_meetingRef; }
    QLineEdit* overrideField() const { return m_override; }
    QLineEdit* approverField() const { return m_approver; }
    QLineEdit* approverPasswordField() const { return m_approverPassword; }
    QLabel* limitsLabel() const { return m_limits; }
    QLabel* messageLabel() const { return m_message; }
    QCheckBox* printVoucherBox() const { return m_printVoucher; }
    // The id of the payment made, once accepted.
    const QString& paymentId() const { return m_paymentId; }
    // Keeps what is typed while it changes.
    DraftKeeper* draftKeeper() const { return m_draft; }
    // Puts back what was typed before a crash; the household is the draft's.
    void resumeDraft(const Draft& draft);

public slots:
    // Tries the payment; on success closes the form, else says what is wrong and keeps everything.
    bool pay();

private:
    void search();
    void chooseHousehold(const QString& id);
    void updateLimits();
    // Says each problem by the form's own name for its field, and puts the cursor in the first.
    void showProblems(const Error& error);
    QWidget* fieldFor(const QString& path) const;

    Database& m_database;
    DraftKeeper* m_draft = nullptr;
    Session m_session;
    QString m_householdId;
    QString m_paymentId;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_household = nullptr;
    QLineEdit* m_recipient = nullptr;
    QComboBox* m_reasonType = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_case = nullptr;
    QLineEdit* m_meetingRef = nullptr;
    QLineEdit* m_override = nullptr;
    QLineEdit* m_approver = nullptr;
    QLineEdit* m_approverPassword = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_message = nullptr;
    QCheckBox* m_printVoucher = nullptr;
};

} // namespace Doudi
