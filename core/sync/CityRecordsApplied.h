#pragma once

#include "Result.h"

#include <QString>

namespace Doudi {

class Database;

// At a township: which of the city's records (signals, allocations) were applied already. The city
// repeats a record in every package until the township acknowledges one that carried it; this is
// what makes applying it happen once.
class CityRecordsApplied final
{
public:
    static Result<bool> contains(Database& township, const QString& table, const QString& key);
    static Status add(Database& township, const QString& table, const QString& key);

private:
    CityRecordsApplied() = delete;
};

} // namespace Doudi
