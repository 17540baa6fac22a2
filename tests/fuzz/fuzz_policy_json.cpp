// doudi-policy/1, as `policy import` and the city's packages bring it.
#include "FuzzInput.h"
#include "rules/PolicyJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)Doudi::PolicyJson::read(fuzzBytes(data, size));
    return 0;
}
