#pragma once

#include "Result.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Doudi {

// A bank's payment file as an Excel workbook (libxlsxwriter): one plain sheet a bank's import tool
// reads, amounts as numbers with two decimals, account numbers and references as text so that
// Excel never rounds them.
class BankFileXlsx final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BankFileXlsx)

public:
    static Result<QByteArray> render(const QString& sheetName, const QList<QList<SheetCell>>& rows);

private:
    BankFileXlsx() = delete;
};

} // namespace Doudi
