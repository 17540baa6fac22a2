#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Doudi {

// One column of a roster table: its heading, what its cells hold and how wide it prints
// (a relative width, in characters).
struct RosterColumn
{
    enum class Kind
    {
        Text,      // a QString
        Money,     // qint64 fen, printed in 元 with two decimals; summed
        Count,     // qint64, summed
        Signature, // an empty box to sign in
    };
    QString title;
    Kind kind = Kind::Text;
    int width = 8;

    bool isSummed() const { return kind == Kind::Money || kind == Kind::Count; }
    bool isNumber() const { return isSummed(); }
    // A cell as printed: money as 1,234.50 (the unit is in the heading), counts as numbers.
    QString format(const QVariant& value) const;
};

// A table of a roster: a title, its columns and rows, and whether it is totalled (and subtotalled
// on every page it spans, as the payment roster is) and starts on a page of its own (each village's
// roster is posted and signed on its own).
struct RosterSection
{
    QString title;
    QList<RosterColumn> columns;
    QList<QVariantList> rows;
    bool totals = false;
    bool subtotalsPerPage = false;
    bool newPage = false;
    bool summary = false; // sums up the sections before it (the township's total): not lines of its own
    QString emptyText;    // shown in place of rows when there are none

    // A village's table of a roster signed at payment: totalled, subtotalled on every page it
    // spans, and on a page of its own (each village's roster is posted and signed on its own).
    static RosterSection signedByVillage(const QString& title, const QList<RosterColumn>& columns);

    // The sum of a summed column over rows [first, first + count), or all rows.
    qint64 sum(int column, int first = 0, int count = -1) const;
};

// A roster as data (issue: rosters): what is printed, exported to XLSX or CSV, and tested; the
// renderers only decide how it looks. Every page repeats the title, the township, the period and
// the header fields.
struct Roster
{
    QString kind; // notice, payment, stats, fund
    QString title;
    QString township;
    QString month;  // YYYY-MM
    QString period; // 2025年3月, as printed
    QList<QPair<QString, QString>> headerFields;
    QList<RosterSection> sections;
    QStringList footnotes;
    QStringList signatures; // 制表人, 审核人, … printed with a line to sign on
    bool landscape = false;
    int linesPerPage = 20; // table lines (headings, rows, totals) that fit on one page

    bool hasRows() const;
};

// Where each table line of a roster falls: pages of blocks, each a run of one section's rows with
// its heading, and its page subtotal or the section's total under it.
struct RosterBlock
{
    int section = 0;
    int first = 0;
    int count = 0;
    bool subtotal = false; // the rows of this block, on a page the section spans with others
    bool total = false;    // the whole section, under its last rows
    bool showTitle = true;
};

using RosterPage = QList<RosterBlock>;

class RosterLayout final
{
public:
    static QList<RosterPage> paginate(const Roster& roster);
    // Table lines a block takes: title, column headings, rows (or the empty text), subtotal, total.
    static int lines(const Roster& roster, const RosterBlock& block);

private:
    RosterLayout() = delete;
};

} // namespace Doudi
