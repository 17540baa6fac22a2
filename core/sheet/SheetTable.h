#pragma once

#include <QList>
#include <QString>

namespace Doudi {

// One cell as the spreadsheet holds it: its text, and whether the spreadsheet stored a number.
// The distinction matters for ID numbers and bank accounts: Excel keeps 15 significant digits
// of a number, so an 18-digit ID typed into a "General" column has already lost its last digits.
struct SheetCell
{
    QString text;
    bool number = false;

    bool isBlank() const { return text.trimmed().isEmpty(); }
};

// The cells of one sheet, row by row, every row as wide as the widest. A merged area carries
// its value in every cell it covers, as the clerk sees it on screen.
struct SheetTable
{
    // A township's roster is at most some tens of thousands of rows of a few dozen columns. A sheet
    // that reaches further — a stray value in cell XFD1048576, a merge over the whole sheet, a CSV
    // line of a million commas — is refused before its cells are made: filled out, it would take
    // more memory than an office's computer has.
    static constexpr qsizetype kMaxCells = 2'000'000;
    static bool fits(qsizetype rowCount, qsizetype columnCount)
    {
        return rowCount <= kMaxCells && columnCount <= kMaxCells && rowCount * columnCount <= kMaxCells;
    }

    QString name; // the sheet's name; empty for CSV
    QList<QList<SheetCell>> rows;

    SheetCell cell(qsizetype row, qsizetype column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return {};
        return rows[row][column];
    }
    qsizetype columnCount() const { return rows.isEmpty() ? 0 : rows.first().size(); }

    // "A", "B", … "Z", "AA": how a spreadsheet names the 0-based column.
    static QString columnName(qsizetype column)
    {
        QString name;
        for (qsizetype c = column + 1; c > 0; c = (c - 1) / 26)
            name.prepend(QChar(u'A' + char16_t((c - 1) % 26)));
        return name;
    }
};

} // namespace Doudi
