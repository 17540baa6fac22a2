#pragma once

#include <QTableWidget>

namespace Doudi {

// A grid of a form (members, incomes, expenditures, vehicles, dwellings) that the keyboard moves
// through as a spreadsheet and out of: Tab goes from cell to cell, and from the last cell
// (Shift+Tab: the first) on to the next field, whether a cell is being edited or not, so that a
// clerk typing a household is never caught in a grid.
class FormGrid final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormGrid)

public:
    explicit FormGrid(const QStringList& headers, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    // Lets the form's row shortcuts (Ctrl+Insert, Ctrl+Delete) through an open cell editor, which
    // would otherwise take Ctrl+Delete for deleting a word.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    // Whether the current cell is the last (going forward) or the first (going back).
    bool atEdge(bool next) const;
};

} // namespace Doudi
