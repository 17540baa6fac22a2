#include "RosterXlsx.h"

#include "report/RosterHtml.h"
#include "store/PrivateFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace Doudi {

namespace {

// "A1"-style name of a cell, for the SUM formulas.
QByteArray cellName(int row, int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name + QByteArray::number(row + 1);
}

} // namespace

Result<QByteArray> RosterXlsx::render(const Roster& roster)
{
    // libxlsxwriter writes to a file name: a private temporary one, read back whole.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::failed(tr("Cannot create a temporary folder for the workbook."));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("roster.xlsx")));
    lxw_workbook* workbook = workbook_new(path.constData());
    if (!workbook)
        return Error::failed(tr("Cannot create the workbook."));
    // The sheet is named after the roster, as a clerk would name it (Excel allows 31 characters
    // and none of []:*?/\).
    QString sheetName = roster.title;
    sheetName.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    const QByteArray sheetUtf8 = sheetName.left(31).trimmed().toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetUtf8.isEmpty() ? nullptr : sheetUtf8.constData());

    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_border(heading, LXW_BORDER_THIN);
    format_set_bg_color(heading, 0xEEEEEE);
    format_set_text_wrap(heading);
    lxw_format* text = workbook_add_format(workbook);
    format_set_border(text, LXW_BORDER_THIN);
    lxw_format* money = workbook_add_format(workbook);
    format_set_border(money, LXW_BORDER_THIN);
    format_set_num_format(money, "#,##0.00");
    lxw_format* count = workbook_add_format(workbook);
    format_set_border(count, LXW_BORDER_THIN);
    format_set_num_format(count, "0");
    lxw_format* totalText = workbook_add_format(workbook);
    format_set_bold(totalText);
    format_set_border(totalText, LXW_BORDER_THIN);
    lxw_format* totalMoney = workbook_add_format(workbook);
    format_set_bold(totalMoney);
    format_set_border(totalMoney, LXW_BORDER_THIN);
    format_set_num_format(totalMoney, "#,##0.00");
    lxw_format* totalCount = workbook_add_format(workbook);
    format_set_bold(totalCount);
    format_set_border(totalCount, LXW_BORDER_THIN);
    format_set_num_format(totalCount, "0");

    int widest = 0;
    for (const RosterSection& s : roster.sections)
        widest = std::max(widest, int(s.columns.size()));
    const QByteArray heading0 =
        (roster.title + QStringLiteral("　") + roster.township + QStringLiteral("　") + roster.period).toUtf8();
    worksheet_write_string(sheet, 0, 0, heading0.constData(), title);
    lxw_row_t row = 1;
    for (const auto& [label, value] : roster.headerFields) {
        worksheet_write_string(sheet, row++, 0, (label + QStringLiteral("：") + value).toUtf8().constData(), nullptr);
    }
    // Column widths from the widest section's columns (CJK characters take two).
    if (!roster.sections.isEmpty()) {
        const RosterSection& first = roster.sections.first();
        for (int c = 0; c < first.columns.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), first.columns.at(c).width * 1.6, nullptr);
    }
    lxw_row_t freezeAt = 0;
    for (const RosterSection& s : roster.sections) {
        ++row;
        if (!s.title.isEmpty())
            worksheet_write_string(sheet, row++, 0, s.title.toUtf8().constData(), title);
        if (freezeAt == 0)
            freezeAt = row + 1;
        for (int c = 0; c < s.columns.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), s.columns.at(c).title.toUtf8().constData(), heading);
        ++row;
        const lxw_row_t firstRow = row;
        if (s.rows.isEmpty())
            worksheet_write_string(sheet, row++, 0, s.emptyText.toUtf8().constData(), nullptr);
        for (const QVariantList& cells : s.rows) {
            for (int c = 0; c < s.columns.size(); ++c) {
                const RosterColumn& column = s.columns.at(c);
                const QVariant v = cells.value(c);
                if (column.kind == RosterColumn::Kind::Money)
                    worksheet_write_number(sheet, row, lxw_col_t(c), double(v.toLongLong()) / 100.0, money);
                else if (column.kind == RosterColumn::Kind::Count)
                    worksheet_write_number(sheet, row, lxw_col_t(c), double(v.toLongLong()), count);
                else
                    worksheet_write_string(sheet, row, lxw_col_t(c), column.format(v).toUtf8().constData(), text);
            }
            ++row;
        }
        if (s.totals && !s.rows.isEmpty()) {
            bool labelled = false;
            for (int c = 0; c < s.columns.size(); ++c) {
                const RosterColumn& column = s.columns.at(c);
                if (column.isSummed()) {
                    const QByteArray formula =
                        "=SUM(" + cellName(int(firstRow), c) + ':' + cellName(int(row) - 1, c) + ')';
                    const bool isMoney = column.kind == RosterColumn::Kind::Money;
                    worksheet_write_formula_num(sheet, row, lxw_col_t(c), formula.constData(),
                                                isMoney ? totalMoney : totalCount,
                                                isMoney ? double(s.sum(c)) / 100.0 : double(s.sum(c)));
                } else {
                    worksheet_write_string(sheet, row, lxw_col_t(c),
                                           labelled ? "" : RosterHtml::totalLabel().toUtf8().constData(), totalText);
                }
                labelled = labelled || !column.isSummed();
            }
            ++row;
        }
    }
    ++row;
    for (const QString& note : roster.footnotes)
        worksheet_write_string(sheet, row++, 0, note.toUtf8().constData(), nullptr);
    if (!roster.signatures.isEmpty())
        worksheet_write_string(sheet, ++row, 0,
                               roster.signatures.join(QStringLiteral("　　　　　　")).toUtf8().constData(), nullptr);

    // Print setup: what the township's printer makes of it.
    if (freezeAt > 0)
        worksheet_freeze_panes(sheet, freezeAt, 0);
    worksheet_set_paper(sheet, 9); // A4
    if (roster.landscape)
        worksheet_set_landscape(sheet);
    else
        worksheet_set_portrait(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    if (freezeAt > 0)
        worksheet_repeat_rows(sheet, freezeAt - 1, freezeAt - 1);
    const QByteArray header = "&C" + roster.title.toUtf8();
    worksheet_set_header(sheet, header.constData());
    const QByteArray footer = "&C" + RosterHtml::pageLabel(-1, -2).toUtf8().replace("-1", "&P").replace("-2", "&N");
    worksheet_set_footer(sheet, footer.constData());

    if (workbook_close(workbook) != LXW_NO_ERROR)
        return Error::failed(tr("Cannot write the workbook."));
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read the workbook back: %1").arg(file.errorString()));
    return file.readAll();
}

Status RosterXlsx::write(const Roster& roster, const QString& path)
{
    const auto bytes = render(roster);
    if (!bytes)
        return bytes.error();
    return PrivateFile::write(path, *bytes);
}

} // namespace Doudi
