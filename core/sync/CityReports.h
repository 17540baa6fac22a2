#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Doudi {

class Database;

// The city's consolidated view over what townships sent (issue: sync, "City mode"): city-wide
// statistics per township, persons who are members in more than one township, and a read-only
// search. ID numbers are masked in everything it returns.
class CityReports final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CityReports)

public:
    // Per township: households, those with help by status, members, the monthly amount, cases by
    // state, the reserve fund paid out, the other programs (persons and monthly amount of each,
    // from every live household's newest determination; the price subsidy paid, by month), and the
    // last package; and the city's totals.
    static Result<QJsonObject> report(Database& city);
    // Persons (by ID number) who are live members of households in two townships or more.
    static Result<QJsonArray> duplicates(Database& city);
    // Households whose head's or a member's name contains `text`, across all townships.
    static Result<QJsonArray> search(Database& city, const QString& text, int limit = 200);

private:
    CityReports() = delete;
};

} // namespace Doudi
