#pragma once

#include "Result.h"
#include "payments/PaymentBatches.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// An approved batch written as the bank's 代发 file (.csv or .xlsx by the name's suffix) in a
// saved layout (the standard one for an empty name): private to its writer, its digest recorded
// with the batch and audited. A file the record does not know of is removed: it never reaches the
// bank. The desk and doudi-cli share it.
class BankFileExport final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BankFileExport)

public:
    static Result<BankFileRecord> write(Database& database, const Session& session, const PaymentBatch& batch,
                                        const QString& layoutName, const QString& path);
    // The bank's returns file (回盘, .xlsx or .csv) read and recorded with the batch, all or nothing.
    static Status importReturns(Database& database, const Session& session, const QString& batchId,
                                const QString& path);

private:
    BankFileExport() = delete;
};

} // namespace Doudi
