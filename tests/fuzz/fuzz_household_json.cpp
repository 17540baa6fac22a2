// doudi-household/1, one object or a list, as `household import` reads it.
#include "FuzzInput.h"
#include "domain/HouseholdJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)Doudi::HouseholdJson::readMany(fuzzBytes(data, size));
    return 0;
}
