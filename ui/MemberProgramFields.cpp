#include "MemberProgramFields.h"

#include "domain/Vocabulary.h"
#include "rules/ProgramRules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace Doudi {

MemberProgramFields::MemberProgramFields(QTableWidget* members, Columns columns, int codeRole, QWidget* parent)
    : QGroupBox(tr("Parents (for a minor) and date of death"), parent)
    , m_members(members)
    , m_columns(columns)
    , m_codeRole(codeRole)
{
    m_who = new QLabel(this);
    m_father = new QComboBox(this);
    m_mother = new QComboBox(this);
    for (const ParentState state : Vocabulary::parentStates()) {
        m_father->addItem(Vocabulary::parentStateLabel(state), Vocabulary::parentStateCode(state));
        m_mother->addItem(Vocabulary::parentStateLabel(state), Vocabulary::parentStateCode(state));
    }
    m_careSetting = new QComboBox(this);
    for (const CareSetting setting : Vocabulary::careSettings())
        m_careSetting->addItem(Vocabulary::careSettingLabel(setting), Vocabulary::careSettingCode(setting));
    // Some states are long (服刑在押、强制隔离戒毒或被限制人身自由): the boxes keep a width that fits
    // the form on a 1024-pixel screen, and their lists open as wide as they need.
    for (QComboBox* box : {m_father, m_mother, m_careSetting}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_diedOn = new QLineEdit(this);
    m_diedOn->setPlaceholderText(tr("YYYY-MM-DD"));
    m_diedOn->setFixedWidth(m_diedOn->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_who);
    const auto labelled = [this, layout](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addSpacing(8);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    labelled(tr("&Father:"), m_father);
    labelled(tr("M&other:"), m_mother);
    labelled(tr("Brought &up:"), m_careSetting);
    labelled(tr("Date of &death:"), m_diedOn);
    layout->addStretch(1);

    connect(m_father, &QComboBox::activated, this, [this] { writeChoice(m_columns.father, m_father); });
    connect(m_mother, &QComboBox::activated, this, [this] { writeChoice(m_columns.mother, m_mother); });
    connect(m_careSetting, &QComboBox::activated, this, [this] { writeChoice(m_columns.careSetting, m_careSetting); });
    connect(m_diedOn, &QLineEdit::editingFinished, this, &MemberProgramFields::writeDiedOn);
    connect(m_members, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_members, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_busy && item->row() == m_row)
            showRow(m_row);
    });
    showRow(-1);
}

void MemberProgramFields::showRow(int row)
{
    m_busy = true;
    m_row = row >= 0 && row < m_members->rowCount() ? row : -1;
    const auto cell = [this](int column) {
        return m_row < 0 ? nullptr : m_members->item(m_row, column);
    };
    const QTableWidgetItem* name = cell(m_columns.name);
    m_who->setText(m_row < 0 ? tr("No member chosen")
                             : tr("Row %1 %2").arg(m_row + 1).arg(name ? name->text() : QString()));
    for (const auto& [box, column] : {std::pair{m_father, m_columns.father}, std::pair{m_mother, m_columns.mother},
                                      std::pair{m_careSetting, m_columns.careSetting}}) {
        const QTableWidgetItem* item = cell(column);
        box->setCurrentIndex(std::max(0, item ? box->findData(item->data(m_codeRole)) : 0));
    }
    const QTableWidgetItem* died = cell(m_columns.diedOn);
    m_diedOn->setText(died ? died->text() : QString());
    // An adult's parents decide nothing: the fields stay still (an age not known yet leaves them open).
    bool ageKnown = false;
    const QTableWidgetItem* age = cell(m_columns.age);
    const int years = age ? age->text().toInt(&ageKnown) : 0;
    const bool child = !ageKnown || years < ProgramRules::kChildAge;
    for (QWidget* w :
         {static_cast<QWidget*>(m_father), static_cast<QWidget*>(m_mother), static_cast<QWidget*>(m_careSetting)})
        w->setEnabled(m_row >= 0 && child);
    m_diedOn->setEnabled(m_row >= 0);
    m_busy = false;
}

void MemberProgramFields::writeChoice(int column, const QComboBox* box)
{
    QTableWidgetItem* item = m_row < 0 ? nullptr : m_members->item(m_row, column);
    if (!item || item->data(m_codeRole) == box->currentData())
        return;
    m_busy = true;
    item->setData(m_codeRole, box->currentData());
    item->setText(box->currentText());
    m_busy = false;
}

void MemberProgramFields::writeDiedOn()
{
    QTableWidgetItem* item = m_row < 0 ? nullptr : m_members->item(m_row, m_columns.diedOn);
    const QString text = m_diedOn->text().trimmed();
    if (!item || item->text() == text)
        return;
    m_busy = true;
    item->setText(text);
    m_busy = false;
}

} // namespace Doudi
