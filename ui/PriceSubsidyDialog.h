#pragma once

#include "payments/PriceSubsidyRun.h"
#include "security/Session.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThread;

namespace Doudi {

class Database;

// 物价联动 → 发放价格临时补贴: the month's published price index recorded (by an administrator or
// supervisor), then who the temporary price subsidy pays and how much, person by person and by
// category, before anything is written; the payments recorded in one step by the supervisor, and
// their roster printed. Working out who is covered runs on a thread of its own.
class PriceSubsidyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceSubsidyDialog)

public:
    PriceSubsidyDialog(Database& database, Session session, QWidget* parent = nullptr);
    ~PriceSubsidyDialog() override;

    QDateEdit* monthEdit() const { return m_month; }
    QLineEdit* cpiEdit() const { return m_cpi; }
    QLineEdit* foodCpiEdit() const { return m_foodCpi; }
    QLineEdit* sourceEdit() const { return m_source; }
    QTableWidget* linesTable() const { return m_lines; }
    QPushButton* payButton() const { return m_pay; }
    QString summaryText() const;
    QString message() const;
    const std::optional<PriceSubsidyRun>& run() const { return m_run; }

signals:
    // The month's preview was worked out again (or could not be).
    void refreshed();

public slots:
    // Records the figures typed in for the month, then works out the preview again.
    void recordIndex();
    // Pays those not paid yet, after asking; `confirmed` skips the question (a test, a script).
    void pay(bool confirmed = false);
    void openRoster();
    // Reads the month's index into the form and works out who would be paid.
    void refresh();

private:
    void showRun();
    void updateButtons();

    Database& m_database;
    Session m_session;
    QDateEdit* m_month = nullptr;
    QLineEdit* m_cpi = nullptr;
    QLineEdit* m_foodCpi = nullptr;
    QLineEdit* m_source = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_recorded = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_roster = nullptr;
    QThread* m_thread = nullptr;
    bool m_refreshAgain = false;
    std::optional<PriceSubsidyRun> m_run;
};

} // namespace Doudi
