#pragma once

#include "Result.h"
#include "report/Roster.h"

#include <QCoreApplication>

namespace Doudi {

// A roster as an Excel workbook (libxlsxwriter): real cells, money and counts as numbers with
// totals as SUM formulas (their values cached), the heading row frozen, column widths, and the
// page set up to print (A4, orientation, one page wide, headings repeated, page numbers).
class RosterXlsx final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterXlsx)

public:
    static Result<QByteArray> render(const Roster& roster);
    static Status write(const Roster& roster, const QString& path);

private:
    RosterXlsx() = delete;
};

} // namespace Doudi
