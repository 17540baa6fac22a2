#pragma once

#include "security/Session.h"

#include "Result.h"
#include "domain/Household.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace Doudi {

class DraftKeeper;
class FormGuard;
class FormUndo;
struct Draft;

class AssessmentPanel;
class CasesPanel;
class Database;
class HouseholdRepository;
class MemberProgramFields;

// The household form: basic facts, members (typing an ID number fills birth date, sex and age),
// income, expenditure and assets. Saving is one transaction; when it fails, the problems are
// shown at their fields in words and nothing typed is lost.
class HouseholdEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdEditor)

public:
    // Member table columns, in the order of the paper form.
    enum MemberColumn
    {
        IdNumberColumn,
        NameColumn,
        RelationColumn,
        BirthDateColumn,
        SexColumn,
        AgeColumn,
        DisabilityTypeColumn,
        DisabilityGradeColumn,
        SeriousIllnessColumn,
        ChronicIllnessColumn,
        StudentColumn,
        AdlColumn,
        FatherColumn, // 父母情况: what became of a minor's parents (the other programs)
        MotherColumn,
        CareSettingColumn, // where a child is brought up
        DiedOnColumn,      // 死亡日期
        MemberColumnCount
    };

    // An empty `householdId` opens a new household.
    HouseholdEditor(Database& database, const Session& session, const QString& householdId, QWidget* parent = nullptr);
    ~HouseholdEditor() override;

    QTableWidget* membersTable() const { return m_members; }
    QTableWidget* incomeTable() const { return m_income; }
    QComboBox* villageBox() const { return m_village; }
    // What the last failed save reported, one line per problem (for tests and the status bar).
    QStringList problemLines() const { return m_problemLines; }

    AssessmentPanel* assessmentPanel() const { return m_assessment; }
    MemberProgramFields* programFields() const { return m_programFields; }
    CasesPanel* casesPanel() const { return m_cases; }
    // Brings the Cases tab to the front (opened from the due list).
    void showCasesTab();
    // Whether the stored members' ID numbers are shown in full (after an audited reveal).
    bool idNumbersRevealed() const { return m_revealed; }

    // The household's file as printed (empty for a household not saved yet); audited.
    QString fileHtml();
    // Whether anything in the form differs from what was loaded or last saved.
    bool hasChanges() const;
    // The form's edits, to undo and redo (none when the form is read only).
    FormUndo* undo() const { return m_undo; }
    // Keeps what is typed while it changes (none when the form is read only).
    DraftKeeper* draftKeeper() const { return m_draft; }
    // Puts back what was typed before a crash (a draft of this household's form, or of a new one).
    void resumeDraft(const Draft& draft);

public slots:
    // Saves; on success emits saved() and closes, else shows the problems and stays open.
    bool save();
    // Esc, 取消 and the window's close button: with changes, asks first (保存 / 放弃 / 继续编辑).
    void reject() override;
    // Saves and stays open; returns the household's id.
    Result<QString> saveAndStay();
    void addMember();
    // Shows the stored members' full ID numbers and birth dates, once the role allows it; the
    // reveal is audited.
    bool revealIdNumbers();
    // The same after asking 确认显示完整身份证号？ (the button).
    void askToRevealIdNumbers();
    // 打印家庭档案 in the print preview (Ctrl+P): the household as saved.
    void printFile();

signals:
    void saved(const QString& householdId);

private:
    QWidget* buildBasicTab();
    QWidget* buildMembersTab();
    QWidget* buildIncomeTab();
    QWidget* buildExpenditureTab();
    QWidget* buildAssetsTab();
    QTableWidget* makeTable(const QStringList& headers);
    QWidget* withRowButtons(QTableWidget* table, const std::function<void()>& add);

    void load(const Household& household);
    // After a save: a covered member's recorded death offers the funeral waiver.
    void offerFuneralWaiver(const QString& householdId);
    // Undo and redo (Ctrl+Z, Ctrl+Shift+Z) for every field, grid and row of the form.
    void followEdits();
    // The text of the label a form layout shows beside `field`.
    QString fieldLabel(QWidget* field) const;
    // Everything the clerk can change in the form, as text, to tell whether anything was changed.
    QStringList formState() const;
    // Where a household of the village at `villageIndex` lives: in town for a 社区.
    Residence residenceOf(int villageIndex) const;
    // The village list's item role that holds whether a village is a 社区.
    static constexpr int kUrbanRole = Qt::UserRole + 1;
    void appendMemberRow(const Member& member);
    void appendIncomeRow(const IncomeItem& item, int memberKey);
    void appendExpenditureRow(const ExpenditureItem& item);
    void appendVehicleRow(const Vehicle& vehicle);
    void appendDwellingRow(const Dwelling& dwelling);
    void onMemberCellChanged(QTableWidgetItem* item);
    void refreshDerivedColumns(int row);
    // The ID number of a member row in full, whether or not it is shown masked.
    QString memberIdNumber(int row) const;
    // A cell's value, the real one when it shows masked.
    static QString hiddenOrShown(const QTableWidgetItem* item);
    void makeReadOnly();

    // Reads the form; cells that cannot be read (a wrong ID number, "12a" yuan) add problems.
    Household collect(QList<Problem>& problems) const;
    // collect() and the shared rules: the household, or every problem with it.
    Result<Household> readForm() const;
    void showProblems(const QList<Problem>& problems);
    void clearProblems();
    void markCell(QTableWidget* table, int row, int column, const QString& message);
    void markWidget(QWidget* widget, const QString& message);

    Database& m_database;
    Session m_session;
    std::unique_ptr<HouseholdRepository> m_repository;
    Household m_original;
    int m_nextMemberKey = 1;
    QStringList m_problemLines;

    QTabWidget* m_tabs = nullptr;
    QComboBox* m_village = nullptr;
    QComboBox* m_residence = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_monthlyBenefit = nullptr;
    QLineEdit* m_exitStarted = nullptr;
    QCheckBox* m_sustainedMedical = nullptr;
    QCheckBox* m_capableSupporter = nullptr;
    QTableWidget* m_members = nullptr;
    QLabel* m_memberHint = nullptr;
    MemberProgramFields* m_programFields = nullptr;
    QTableWidget* m_income = nullptr;
    QTableWidget* m_expenditure = nullptr;
    QLineEdit* m_financial = nullptr;
    QCheckBox* m_business = nullptr;
    QTableWidget* m_vehicles = nullptr;
    QTableWidget* m_dwellings = nullptr;
    QLabel* m_problems = nullptr;
    AssessmentPanel* m_assessment = nullptr;
    CasesPanel* m_cases = nullptr;
    bool m_filling = false;
    FormGuard* m_guard = nullptr;   // 放弃修改？ against the form as loaded or last saved
    FormUndo* m_undo = nullptr;     // none on a read-only form
    DraftKeeper* m_draft = nullptr; // none on a read-only form
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_referButton = nullptr;
    bool m_revealed = false;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Doudi
