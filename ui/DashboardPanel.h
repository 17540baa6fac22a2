#pragma once

#include "report/DashboardFigures.h"
#include "security/Session.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableWidget;
class QThread;

namespace Doudi {

class Database;

// The supervisor's first screen: this month's recipients by category and village, twelve months
// of amounts (Qt Charts), the reserve fund against its quota, what is due or overdue, and the
// compliance figures (增发 at least 50 % of the standard; purchased services at most 2 % of the
// central and provincial assistance funds, once those amounts are entered).
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    DashboardPanel(Database& database, Session session, QWidget* parent = nullptr);
    ~DashboardPanel() override;

    const std::optional<DashboardFigures>& figures() const { return m_figures; }
    QTableWidget* categoryTable() const { return m_categories; }
    QTableWidget* villageTable() const { return m_villages; }
    QTableWidget* programTable() const { return m_programs; }
    QLabel* enrolledLabel() const { return m_enrolled; }
    QLabel* fundLabel() const { return m_fund; }
    QLabel* dueLabel() const { return m_due; }
    QLabel* complianceLabel() const { return m_compliance; }
    QProgressBar* fundBar() const { return m_fundBar; }
    QChartView* trendChart() const { return m_chart; }

signals:
    // The supervisor wants the full list of what is due.
    void dueRequested();
    // The figures are counted and shown (or the reason they could not be).
    void reloaded();

public slots:
    // Counts on a thread of its own with its own connection: a large township's twelve months of
    // evaluations never hold up the desk at login.
    void reload();

private:
    void showFigures(const Result<DashboardFigures>& figures);
    void showTrend(const DashboardFigures& f);

    Database& m_database;
    Session m_session;
    std::optional<DashboardFigures> m_figures;
    QLabel* m_title = nullptr;
    QTableWidget* m_categories = nullptr;
    QTableWidget* m_villages = nullptr;
    QTableWidget* m_programs = nullptr; // the township's other programs this month
    QLabel* m_enrolled = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_fund = nullptr;
    QProgressBar* m_fundBar = nullptr;
    QLabel* m_compliance = nullptr;
    QChartView* m_chart = nullptr;
    QTabWidget* m_villagesOrTrend = nullptr;
    QThread* m_thread = nullptr;
};

} // namespace Doudi
