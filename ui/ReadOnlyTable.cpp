#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace Doudi::ReadOnlyTable {

QTableWidget* create(const QStringList& headers, const QList<int>& columnWidths, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < columnWidths.size(); ++column)
        table->setColumnWidth(column, columnWidths.at(column));
    return table;
}

int appendRow(QTableWidget* table, const QStringList& cells, bool overdue)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (overdue)
            item->setForeground(kOverdue);
        table->setItem(row, column, item);
    }
    return row;
}

} // namespace Doudi::ReadOnlyTable
