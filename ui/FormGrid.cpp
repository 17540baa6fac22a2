#include "FormGrid.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Doudi {

FormGrid::FormGrid(const QStringList& headers, QWidget* parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    verticalHeader()->setDefaultSectionSize(28);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    // Any key typed on a cell starts editing it with that key: the first digit is not lost.
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setTabKeyNavigation(true);
}

bool FormGrid::atEdge(bool next) const
{
    if (rowCount() == 0)
        return true;
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return true;
    return next ? current.row() == rowCount() - 1 && current.column() == columnCount() - 1
                : current.row() == 0 && current.column() == 0;
}

bool FormGrid::focusNextPrevChild(bool next)
{
    // Past the edge the item view would wrap around; the form's focus chain goes on instead.
    if (atEdge(next))
        return QAbstractScrollArea::focusNextPrevChild(next);
    return QTableWidget::focusNextPrevChild(next);
}

bool FormGrid::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    const bool editing = QTableWidget::edit(index, trigger, event);
    if (editing) {
        for (QWidget* editor : viewport()->findChildren<QWidget*>())
            editor->installEventFilter(this); // once per object: installing again only moves it first
    }
    return editing;
}

bool FormGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Insert || key->key() == Qt::Key_Delete))
            return true; // left unaccepted: the shortcut runs
    }
    return QTableWidget::eventFilter(watched, event);
}

void FormGrid::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool moving = hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem;
    const bool next = hint == QAbstractItemDelegate::EditNextItem;
    if (moving && atEdge(next)) {
        QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
        QAbstractScrollArea::focusNextPrevChild(next);
        return;
    }
    QTableWidget::closeEditor(editor, hint);
}

} // namespace Doudi
