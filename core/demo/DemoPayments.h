#pragma once

#include "Result.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace Doudi {

class Database;

// The demo township's payments as an office would have them after a year on Doudi: each receiving
// household's recorded amount approved from a year ago, twelve monthly batches prepared by the
// clerk and approved by the supervisor, a few payments the bank returned, and one supplement paid
// after an account was corrected. Written through ApprovedAmounts and PaymentBatches, so every
// rule and the audit trail apply as at the desk.
class DemoPayments final
{
public:
    DemoPayments(QRandomGenerator& random, QDate today);

    // Does nothing when the database already has payment batches.
    Status fill(Database& database, const QStringList& householdIds);

private:
    QRandomGenerator& m_random;
    QDate m_today;
};

} // namespace Doudi
