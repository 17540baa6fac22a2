#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

#include <functional>

namespace Doudi {

// A table cell chosen from a list: the cell keeps the code in Qt::UserRole and shows the label.
// The choices come from a function, so that a list of members can change while the form is open.
class ComboBoxDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComboBoxDelegate)

public:
    using Choice = QPair<QVariant, QString>; // code, label
    using Choices = std::function<QList<Choice>()>;

    ComboBoxDelegate(Choices choices, bool editableText, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Choices m_choices;
    bool m_editableText;
};

} // namespace Doudi
