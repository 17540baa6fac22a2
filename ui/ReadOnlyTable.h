#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace Doudi {

// The tables a clerk reads and picks rows from but never types into (cases, users, policies,
// the audit trail): whole rows selected, no row numbers, the last column taking the rest of the
// width. One place, so that every list in Doudi looks and behaves the same.
namespace ReadOnlyTable {

// The red of what is overdue, the same in every list.
inline const QColor kOverdue(0xb7, 0x1c, 0x1c);

// `columnWidths` for the first columns; the last one stretches.
QTableWidget* create(const QStringList& headers, const QList<int>& columnWidths, QWidget* parent);
// Appends a row of cells, all in the overdue red when `overdue`; returns its index.
int appendRow(QTableWidget* table, const QStringList& cells, bool overdue = false);

} // namespace ReadOnlyTable

} // namespace Doudi
