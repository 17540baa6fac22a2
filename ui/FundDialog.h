#pragma once

#include "Result.h"
#include "report/Roster.h"
#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Doudi {

class Database;
class FundLedgerModel;

// The township reserve fund (备用金): the year's figures against the quota, a warning when the
// balance runs low, and the ledger with its running balance, narrowed by month, kind and a search,
// with the totals of what is shown. From here the clerk pays, prints vouchers and records paperwork;
// the supervisor records quotas and money received, reverses mistakes and closes the year.
class FundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundDialog)

public:
    FundDialog(Database& database, Session session, QWidget* parent = nullptr);

    FundLedgerModel* model() const { return m_model; }
    QTableView* ledgerView() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* warningLabel() const { return m_warning; }
    QLabel* totalsLabel() const { return m_totals; }
    QComboBox* yearBox() const { return m_year; }
    QComboBox* monthBox() const { return m_month; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* searchField() const { return m_search; }

    // Shows the voucher of a payment in the print preview (from here and after a payment).
    static void showVoucher(Database& database, const Session& session, const QString& paymentId, QWidget* parent);

public slots:
    void reload();
    void selectEntry(const QString& entryId);
    // The actions, each on the selected entry where it needs one.
    void newPayment();
    void recordPaperwork();
    void reverseSelected();
    void printVoucher();
    void saveVoucherPdf();
    void showStatement();
    void saveStatementPdf();
    void recordQuota();
    void recordReceipt();
    void closeYear();

private:
    void applyFilter();
    void updateSummary();
    void updateButtons();
    QString selectedId() const;
    // The month the statement is for: the month filter's, else the current one.
    QDate statementMonth() const;
    // The month's statement (报账单) as a roster, for the preview and the PDF.
    Result<Roster> statement(const QDate& month) const;
    void showError(const QString& message);

    Database& m_database;
    Session m_session;
    FundLedgerModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_totals = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_paperwork = nullptr;
    QPushButton* m_reverse = nullptr;
    QPushButton* m_voucher = nullptr;
};

} // namespace Doudi
