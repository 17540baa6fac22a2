#pragma once

#include "Result.h"
#include "sync/PackageBody.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;
struct Peer;

// At the city: a township's package into the consolidated view. Every record lands under the
// township's code, so a package cannot touch another township's records or the city's own; only
// the tables a township owns are accepted. A re-baseline replaces all the township's records. A
// case the city decided, changed by the township before the decision reached it, goes to the
// conflict queue.
class CityIntake final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CityIntake)

public:
    // Inside the caller's transaction; `acknowledged` is the highest city package the township has.
    static Status apply(Database& city, const Peer& township, qint64 sequence, qint64 acknowledged,
                        const PackageBody& body, bool rebaseline, int* conflicts);

private:
    CityIntake() = delete;
};

} // namespace Doudi
