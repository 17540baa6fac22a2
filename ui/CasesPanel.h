#pragma once

#include "cases/CaseRecord.h"
#include "security/Session.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Doudi {

class HomeVisitDialog;
struct Draft;

class Database;

// The 案件 tab of the household form: the household's cases with their state and next time
// limit, each one's dated and signed history, and the forms to open a case or take its next step.
class CasesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesPanel)

public:
    CasesPanel(Database& database, Session session, std::function<QString()> householdId, QWidget* parent = nullptr);

    QTableWidget* casesTable() const { return m_cases; }
    const QList<CaseRecord>& cases() const { return m_records; }
    QListWidget* timeline() const { return m_timeline; }

public slots:
    void reload();
    // Opens a case of `type` on `date`; from the form's dialog when called without arguments.
    bool openCase(const QString& type = QString(), const QDate& date = QDate());
    // Takes the selected case a step further; from a dialog when called without an action.
    bool advance(const QString& action = QString(), const QDate& date = QDate(), const QString& note = QString());
    // The next-step form of the draft's case, with what was typed on it before a crash.
    bool resumeStep(const Draft& draft);
    // The home visit form for the selected case (入户调查), window-modal; nullptr without a case.
    HomeVisitDialog* recordVisit();
    // A paper of the selected case in the print preview: visit-blank, visit, authorisation, refusal.
    bool printPaper(const QString& paper);

private:
    void showHistory();
    static QString readableNote(const QString& note);
    int selectedRow() const;
    // Chooses the case `caseId`, or the first case when it is not among them.
    void selectCase(const QString& caseId);

    Database& m_database;
    Session m_session;
    std::function<QString()> m_householdId;
    QList<CaseRecord> m_records;
    const Draft* m_resume = nullptr; // the draft the next step form puts back, while resumeStep runs
    QTableWidget* m_cases = nullptr;
    QListWidget* m_history = nullptr;
    QListWidget* m_timeline = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_papers = nullptr;
    QPushButton* m_visit = nullptr;
};

} // namespace Doudi
