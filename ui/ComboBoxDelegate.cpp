#include "ComboBoxDelegate.h"

#include <QComboBox>

namespace Doudi {

ComboBoxDelegate::ComboBoxDelegate(Choices choices, bool editableText, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_editableText(editableText)
{}

QWidget* ComboBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    // Editable where the format allows any lowercase word (an income type the list lacks).
    combo->setEditable(m_editableText);
    for (const Choice& c : m_choices())
        combo->addItem(c.second, c.first);
    return combo;
}

void ComboBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->findData(index.data(Qt::UserRole));
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (m_editableText)
        combo->setEditText(index.data(Qt::UserRole).toString());
}

void ComboBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    // A typed text that matches no label is taken as a code.
    const bool typed = m_editableText && combo->currentText() != combo->itemText(combo->currentIndex());
    const QVariant code = typed ? QVariant(combo->currentText().trimmed()) : combo->currentData();
    model->setData(index, code, Qt::UserRole);
    model->setData(index, typed ? combo->currentText().trimmed() : combo->currentText(), Qt::DisplayRole);
}

} // namespace Doudi
