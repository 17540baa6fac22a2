#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Doudi {

// 父母情况 and 死亡日期 of the member on the current row of the household form's members table:
// the fields of the township's other programs (spec/programs.md §2), at the table's right end,
// shown under it in words for the member the clerk is on. What is chosen here is written into the
// row's cells, which the form reads when it saves; the cells' changes show here.
class MemberProgramFields final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProgramFields)

public:
    struct Columns
    {
        int name;
        int age;
        int father;
        int mother;
        int careSetting;
        int diedOn;
    };

    // `codeRole`: where a choice cell keeps its code beside the label it shows.
    MemberProgramFields(QTableWidget* members, Columns columns, int codeRole, QWidget* parent = nullptr);

    void showRow(int row);

private:
    void writeChoice(int column, const QComboBox* box);
    void writeDiedOn();

    QTableWidget* m_members;
    Columns m_columns;
    int m_codeRole;
    int m_row = -1;
    bool m_busy = false; // showing a row or writing a cell: the table's change is our own
    QLabel* m_who = nullptr;
    QComboBox* m_father = nullptr;
    QComboBox* m_mother = nullptr;
    QComboBox* m_careSetting = nullptr;
    QLineEdit* m_diedOn = nullptr;
};

} // namespace Doudi
