#pragma once

#include "cases/CaseRecord.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Doudi {

class Database;
class FormGuard;

// 入户调查: what a village cadre (or a clerk) saw at a household, recorded as the investigation's
// visit of a case — the date, the two investigators, who of the family was present, the findings,
// and that the family signed the paper record. Core refuses a household of another village.
class HomeVisitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeVisitDialog)

public:
    HomeVisitDialog(Database& database, Session session, QString caseId, QWidget* parent = nullptr);

    QLineEdit* firstInvestigator() const { return m_first; }
    QLineEdit* secondInvestigator() const { return m_second; }
    QLineEdit* presentField() const { return m_present; }
    QPlainTextEdit* findingsField() const { return m_findings; }
    QCheckBox* familySignedBox() const { return m_signed; }
    QLabel* problemsLabel() const { return m_problems; }
    bool hasChanges() const;

public slots:
    // Records the visit; on a problem, says which field and stays open.
    bool save();
    // Asks 放弃修改？ when something was typed.
    void reject() override;

private:
    HomeVisit visit() const;

    Database& m_database;
    Session m_session;
    QString m_caseId;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLineEdit* m_present = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QCheckBox* m_signed = nullptr;
    QLabel* m_problems = nullptr;
    FormGuard* m_guard = nullptr;
};

} // namespace Doudi
