#pragma once

#include "Result.h"
#include "fund/FundBalance.h"
#include "fund/FundEntry.h"
#include "fund/FundStatement.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// The reserve fund's papers as HTML for the print preview: the voucher of one payment (signed by
// the recipient, the preparer and the approver) and the monthly reconciliation statement for the
// city. ID numbers appear masked, first 6 and last 4 characters only.
class FundDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FundDocuments)

public:
    struct VoucherHousehold
    {
        QString villageName;
        QString headName;
        QString maskedIdNumber;
        int members = 0;
    };

    static QString voucher(const QString& townshipName, const FundEntry& payment, const VoucherHousehold& household);
    // The voucher of a payment in the database, with its household and the township's name; the
    // print is recorded in the audit trail.
    static Result<QString> voucherFor(Database& database, const Session& session, const QString& paymentId);
    static QString statement(const QString& townshipName, const FundStatement& statement, const QString& preparedBy);

private:
    FundDocuments() = delete;
};

} // namespace Doudi
