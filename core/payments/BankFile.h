#pragma once

#include "Result.h"
#include "payments/BankLayout.h"
#include "payments/PaymentBatches.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Doudi {

// The files exchanged with the bank for a batch (银行代发): the payment file out, in the bank's
// layout, and its returns (回盘) in.
class BankFile final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BankFile)

public:
    // The rows of the payment file: the titles when the layout has them, then a row per line;
    // amounts and counts are numbers, account numbers and references text.
    static QList<QList<SheetCell>> rows(const BankLayout& layout, const PaymentBatch& batch,
                                        const QList<PaymentLine>& lines);
    // The rows as CSV in the layout's encoding (GBK: GB18030, of which GBK is a part).
    static Result<QByteArray> csv(const BankLayout& layout, const QList<QList<SheetCell>>& rows);
    // Writes the file whole (QSaveFile), readable by its owner only; returns the bytes' digest
    // (BLAKE2b-256, hex) to record with the batch.
    static Result<QString> writePrivate(const QString& path, const QByteArray& bytes);
    static QString digest(const QByteArray& bytes);

    // The bank's returns: a sheet with a reference column and a result column (成功/失败), and
    // optionally the reason and the amount. Each problem names its row and column.
    static Result<QList<BankReturn>> readReturns(const SheetTable& table);

private:
    BankFile() = delete;
};

} // namespace Doudi
