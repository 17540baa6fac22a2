// A package's body once opened: the records a township or the city sends.
#include "FuzzInput.h"
#include "sync/PackageBody.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)Doudi::PackageBody::parse(fuzzBytes(data, size));
    return 0;
}
