// A year of the State Council's holidays, as `calendar import` reads it.
#include "FuzzInput.h"
#include "cases/WorkCalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)Doudi::WorkCalendar::readYear(fuzzBytes(data, size));
    return 0;
}
