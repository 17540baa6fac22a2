#pragma once

#include "security/Session.h"

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "rules/Entitlements.h"
#include "store/PolicyRepository.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Doudi {

class Database;

// The 评估 tab of the household form: what the rules say of the household as it stands in the
// form, for a month: the classification, the amount broken down, the gradual exit, the score, the
// explanation, and what changed since the last saved determination. Saving keeps it on record.
class AssessmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentPanel)

public:
    // The household as the form has it now, or the problems that keep it from being read.
    using FormReader = std::function<Result<Household>()>;
    // Saves the form's household and returns its id (the determination refers to it).
    using FormSaver = std::function<Result<QString>()>;

    AssessmentPanel(Database& database, Session session, FormReader read, FormSaver save, QWidget* parent = nullptr);

    const std::optional<Determination>& determination() const { return m_result; }
    // What the other programs pay beside it, under a policy that has them.
    const std::optional<Entitlements>& entitlements() const { return m_entitlements; }
    // The lines of the other programs' table and what it says was not paid, as shown.
    QStringList programLines() const;
    QString exclusionsText() const;
    QString classificationText() const;
    // What the last saved determination was and how today's differs from it.
    QString comparisonText() const;

public slots:
    // Evaluates the form's household for the chosen month.
    void evaluate();
    // Saves the household, then the determination with its input snapshot.
    bool saveDetermination();

signals:
    void determinationSaved();

private:
    void showResult(const Household& household);
    void showEntitlements(const Household& household);
    void showComparison(const QString& householdId);
    void showMessage(const QString& text);
    QString month() const;

    Database& m_database;
    Session m_session;
    FormReader m_read;
    FormSaver m_save;
    std::optional<Determination> m_result;
    std::optional<Entitlements> m_entitlements;
    std::optional<StoredPolicy> m_policy;
    Household m_input;

    QDateEdit* m_month = nullptr;
    QLabel* m_policyLabel = nullptr;
    QLabel* m_classification = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_amounts = nullptr;
    QProgressBar* m_exitProgress = nullptr;
    QLabel* m_exitLabel = nullptr;
    QTableWidget* m_score = nullptr;
    QListWidget* m_trace = nullptr;
    QGroupBox* m_programsBox = nullptr;
    QTableWidget* m_programs = nullptr;
    QLabel* m_exclusions = nullptr;
    QLabel* m_comparison = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Doudi
