#pragma once

#include "Result.h"
#include "payments/PaymentBatches.h"
#include "security/Session.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace Doudi {

class Database;

// 发放 → 按月发放: the month's payment as a record. The clerk previews and prepares the month's
// batch (or a supplement), a supervisor other than the clerk approves it, the clerk writes the
// bank's file, reads its returns or marks a returned payment, and records the batch paid. The
// work runs on a thread of its own with its own connection; the lists refresh when it ends.
class PaymentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsDialog)

public:
    PaymentsDialog(Database& database, Session session, QWidget* parent = nullptr);
    ~PaymentsDialog() override;

    QTableWidget* batchesTable() const { return m_batches; }
    QTableWidget* linesTable() const { return m_lines; }
    QString summaryText() const;
    QString message() const;
    QDateEdit* monthEdit() const { return m_month; }
    QComboBox* kindBox() const { return m_kind; }

signals:
    // The lists are read again after a change (or the preview is shown).
    void refreshed();

public slots:
    // Shows what the month's batch of the chosen kind would pay, writing nothing.
    void preview();
    // Writes it as a prepared batch.
    void prepare();
    // The batch selected in the list, one step each.
    void approveSelected();
    void discardSelected();
    void markPaidSelected();
    // Writes the bank's file of the selected (approved) batch in the layout chosen.
    void exportSelected(const QString& path);
    // Reads the bank's returns of the selected batch.
    void importReturns(const QString& path);
    // Saves a bank's layout from its file and chooses it.
    bool saveLayout(const QString& path);
    // The payment of the line selected came back, for `reason`.
    void markReturned(const QString& reason);
    void refresh();

private:
    void run(std::function<Status(Database&)> work, const QString& done);
    void showBatch(int row);
    void showPlan(const PaymentBatches::Plan& plan, const QString& heading);
    void updateButtons();
    QString selectedBatchId() const;

    Database& m_database;
    Session m_session;
    QDateEdit* m_month = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_layout = nullptr;
    QTableWidget* m_batches = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_prepareButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_returnsButton = nullptr;
    QPushButton* m_returnedButton = nullptr;
    QPushButton* m_paidButton = nullptr;
    QList<PaymentBatch> m_shownBatches;
    QList<PaymentLine> m_shownLines;
    QString m_selectAfter; // month and kind of the batch to select once the list is read again
    QThread* m_thread = nullptr;
};

} // namespace Doudi
