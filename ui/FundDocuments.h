#pragma once

#include "Result.h"
#include "fund/FundEntry.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// The voucher of one reserve-fund payment as HTML for the print preview, signed by the recipient,
// the preparer and the approver. ID numbers appear masked, first 6 and last 4 characters only.
// (The monthly statement is a roster: report/FundRoster.)
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

private:
    FundDocuments() = delete;
};

} // namespace Doudi
