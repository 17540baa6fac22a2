#pragma once

#include "Result.h"
#include "payments/PriceSubsidyRun.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>

namespace Doudi {

class Database;

// The price subsidy as paid (price_subsidy_payments): what the roster of a month prints and the
// recipients sign. Read from the record, never worked out again.
class PriceSubsidyPayments final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PriceSubsidyPayments)

public:
    // The month's payments, of one village or all the session may see, in the order signed
    // (PriceSubsidyRun::sortAsSigned). Every line is paid.
    static Result<QList<PriceSubsidyLine>> paid(Database& database, const Session& session, const QString& month,
                                                const QString& villageCode = QString());

private:
    PriceSubsidyPayments() = delete;
};

} // namespace Doudi
