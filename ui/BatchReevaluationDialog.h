#pragma once

#include "security/Session.h"

#include "services/BatchEvaluation.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDateEdit;
class QLabel;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QThread;

namespace Doudi {

class Database;

// Re-evaluates every household when a new standard takes effect: choose the month, watch the
// progress (cancel at any time), read what would change, then save all determinations in one
// transaction, or discard. The work runs on its own thread and connection; the desk never freezes.
class BatchReevaluationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchReevaluationDialog)

public:
    BatchReevaluationDialog(Database& database, Session session, QWidget* parent = nullptr);
    ~BatchReevaluationDialog() override;

    std::shared_ptr<const BatchEvaluation> batch() const { return m_batch; }
    // How many households the last approval gave new amounts.
    int decided() const { return m_decided; }

public slots:
    void start();
    void commit();
    // Asks, then saves them and approves the new amounts from the month chosen (a supervisor's
    // decision); decideFrom does it without asking.
    void decide();
    void decideFrom(const QString& month);

signals:
    // The preview is on screen (for tests and the status bar).
    void previewReady();
    void committed(const QString& batchId);

private:
    void showPreview();
    // The other programs' monthly totals before and after, one line each.
    static QString programsText(const BatchPreview& preview);
    void showFailure(const QString& message);
    // Runs `work` on a thread of its own, with its own connection to the database.
    void runInBackground(std::function<void(Database&)> work, std::function<void()> done);

    Database& m_database;
    Session m_session;
    std::shared_ptr<const BatchEvaluation> m_batch;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;

    QStackedWidget* m_pages = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_transitions = nullptr;
    QTableView* m_changes = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_commitButton = nullptr;
    QPushButton* m_decideButton = nullptr;
    QDateEdit* m_decideFrom = nullptr;
    int m_decided = 0;
    QProgressDialog* m_progress = nullptr;
};

} // namespace Doudi
