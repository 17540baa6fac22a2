#pragma once

#include <QString>

namespace Doudi {

// A month's published price index (spec/programs.md §4.5): the consumer price index and its food
// part, year on year, in permille (41 is 4.1 %; negative when prices fell). The bureau publishes
// it; the city's package carries it or an administrator enters it.
struct PriceIndex
{
    QString month; // YYYY-MM
    int cpiYoyPermille = 0;
    int foodCpiYoyPermille = 0;

    bool operator==(const PriceIndex&) const = default;
};

} // namespace Doudi
