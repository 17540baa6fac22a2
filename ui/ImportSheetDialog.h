#pragma once

#include "security/Session.h"
#include "sheet/RosterMapping.h"
#include "sheet/RosterPlan.h"
#include "sheet/SheetTable.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Doudi {

class Database;

// 家庭户 → 从 Excel 导入: the office's Excel or WPS roster, previewed before anything is written —
// what each column is taken for (the clerk changes what Doudi did not recognise, and saves that
// for next month), the households with their villages, categories and amounts, and every problem
// by row and column. Import is all or nothing, or every valid household with the rest listed.
class ImportSheetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSheetDialog)

public:
    ImportSheetDialog(Database& database, Session session, QWidget* parent = nullptr);

    // Reads the file and shows its preview; false (after saying why) when it cannot be read.
    bool openFile(const QString& path);
    void setMapping(const RosterMapping& mapping);

    QTableWidget* columnsTable() const { return m_columns; }
    QTableWidget* householdsTable() const { return m_households; }
    QTableWidget* problemsTable() const { return m_problems; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* importValidButton() const { return m_importValid; }
    QLabel* summaryLabel() const { return m_summary; }
    const std::optional<RosterPlan>& plan() const { return m_plan; }

signals:
    void imported(int households);

private:
    void chooseFile();
    void readSheet();
    void replan();
    void showPlan();
    void showColumns();
    void columnFieldChanged(int row, int comboIndex);
    void importRoster(bool skipInvalid);
    void saveMapping();
    void loadMapping();

    Database& m_database;
    Session m_session;
    QString m_path;
    QByteArray m_bytes;
    SheetTable m_table;
    RosterMapping m_mapping;
    std::optional<RosterPlan> m_plan;

    QLabel* m_file = nullptr;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_defaultCategory = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_households = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_importValid = nullptr;
    QPushButton* m_saveMapping = nullptr;
};

} // namespace Doudi
