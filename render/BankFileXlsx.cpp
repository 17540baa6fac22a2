#include "BankFileXlsx.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace Doudi {

Result<QByteArray> BankFileXlsx::render(const QString& sheetName, const QList<QList<SheetCell>>& rows)
{
    // libxlsxwriter writes to a file name: a private temporary one, read back whole.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::failed(tr("Cannot create a temporary folder for the workbook."));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("bank.xlsx")));
    lxw_workbook* workbook = workbook_new(path.constData());
    if (!workbook)
        return Error::failed(tr("Cannot create the workbook."));
    const QByteArray name = sheetName.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.isEmpty() ? nullptr : name.constData());
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format* money = workbook_add_format(workbook);
    format_set_num_format(money, "0.00");
    QList<int> widths;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const SheetCell& cell = rows[r][c];
            if (widths.size() <= c)
                widths.append(8);
            widths[c] = std::max(widths[c], int(cell.text.toUtf8().size()) + 2);
            if (cell.number) {
                // Amounts carry two decimals; counts none: both exact in a double at these sizes.
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), cell.text.toDouble(),
                                       cell.text.contains(QLatin1Char('.')) ? money : nullptr);
            } else {
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.text.toUtf8().constData(), text);
            }
        }
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths[c], 40), nullptr);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return Error::failed(tr("Cannot write the workbook."));
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read the workbook back: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace Doudi
