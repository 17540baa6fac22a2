#pragma once

#include "Result.h"
#include "security/Session.h"
#include "sync/PackageBody.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;
struct Peer;

// At a township: the city's package applied. Only what the city owns is accepted: policies (kept,
// never overwritten), the holiday calendar (the years it carries replace ours), decisions on the
// cases we submitted (applied as the case's decision step, or queued as a conflict when the case
// changed here since), and the hashes of other townships' members' ID numbers.
class TownshipIntake final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::TownshipIntake)

public:
    // Inside the caller's transaction.
    static Status apply(Database& township, const Peer& city, qint64 sequence, const PackageBody& body, int* conflicts);

private:
    TownshipIntake() = delete;
};

} // namespace Doudi
