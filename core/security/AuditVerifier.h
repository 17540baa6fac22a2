#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Doudi {

class Database;

// One thing `audit verify` found wrong.
struct AuditFinding
{
    qint64 seq = 0; // the audit entry it concerns, or 0
    QString table;
    QString recordId;
    QString message;
};

struct AuditReport
{
    qint64 entries = 0;
    qint64 recordsChecked = 0;
    QList<AuditFinding> findings;

    bool ok() const { return findings.isEmpty(); }
};

// Recomputes the audit chain and reports its first break (an entry edited, removed or slipped in
// with plain SQL), then compares every household, user, village, policy and determination with the
// digest its latest audit entry recorded, naming each record changed, added or removed behind
// Doudi's back.
class AuditVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::AuditVerifier)

public:
    // `records`: compare the data with the trail too (a full check; the chain alone is quick).
    static Result<AuditReport> verify(Database& database, bool records = true);

private:
    AuditVerifier() = delete;
};

} // namespace Doudi
