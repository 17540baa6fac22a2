#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// The city's narrow tables (migrations 25 and 30): city_members, city_households, city_payments and
// city_determinations hold the few fields of the live rows that the city report, duplicates,
// search and signal matching read, so those questions need not parse 2.5 GB of JSON. A package's
// import calls refresh in its transaction, after storing its rows.
class CityProjections final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CityProjections)

public:
    // Brings the tables up to date with the rows package `sequence` of `township` stored (each
    // row it wrote carries that sequence: new, changed or tombstoned), or with all of the
    // township's rows after a re-baseline. One statement a table, inside the caller's transaction.
    static Status refresh(Database& city, const QString& township, qint64 sequence, bool rebaseline);

private:
    CityProjections() = delete;
};

} // namespace Doudi
