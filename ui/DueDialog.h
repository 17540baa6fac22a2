#pragma once

#include "security/Session.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QTableWidget;
class QThread;

namespace Doudi {

class ReferralsDialog;

class Database;
struct DueData;

// What is due this week and what is overdue: the time limits of open cases, the reviews of
// households receiving help, the monitoring signals still waiting for a visit or a close, and the
// reserve fund's payments whose paperwork has still to come in, and the care register's visits.
class DueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueDialog)

public:
    DueDialog(Database& database, Session session, QWidget* parent = nullptr);
    ~DueDialog() override;

    QTableWidget* casesTable() const { return m_cases; }
    QTableWidget* signalsTable() const { return m_signals; }
    QTableWidget* reviewsTable() const { return m_reviews; }
    QTableWidget* paperworkTable() const { return m_paperwork; }
    QTableWidget* careTable() const { return m_care; }
    QTableWidget* referralsTable() const { return m_referrals; }

signals:
    // The lists are read and shown.
    void reloaded();
    // Enter or a double click on a case or a review: the household to open, on its cases.
    void householdRequested(const QString& householdId);

public slots:
    // Reads on a thread of its own with its own connection, then fills the lists.
    void reload();
    // Moves the selected signal's task on (visited, included, not eligible, referred), with a note.
    bool moveSelectedSignal(const QString& status, const QString& note);
    // 转介 for the selected signal: the referral dialog for its household, the signal then closed as
    // referred, naming the letter; a signal matched to nobody is closed with a note only.
    ReferralsDialog* referSelectedSignal();

private:
    void showData(const DueData& data, const QDate& today);

    Database& m_database;
    Session m_session;
    QTableWidget* m_cases = nullptr;
    QTableWidget* m_signals = nullptr;
    QTableWidget* m_reviews = nullptr;
    QTableWidget* m_paperwork = nullptr;
    QTableWidget* m_care = nullptr;
    QTableWidget* m_referrals = nullptr;
    QLabel* m_casesMore = nullptr;
    QLabel* m_reviewsMore = nullptr;
    QLabel* m_message = nullptr;
    QStringList m_signalIds;          // of the rows of m_signals
    QStringList m_signalHouseholds;   // of the rows of m_signals, empty for a person Doudi does not know
    QStringList m_caseHouseholds;     // of the rows of m_cases
    QStringList m_referralHouseholds; // of the rows of m_referrals
    QStringList m_reviewHouseholds;   // of the rows of m_reviews
    QThread* m_thread = nullptr;
    bool m_reloadAgain = false;
    static constexpr qsizetype kShown = 1000;
};

} // namespace Doudi
