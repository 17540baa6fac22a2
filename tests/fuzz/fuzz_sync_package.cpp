// A sync package as it arrives on a USB stick: its header read before any key is known, an
// unsealed (enrolment) package's body, and that body parsed.
#include "FuzzInput.h"
#include "sync/PackageBody.h"
#include "sync/SyncPackage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray file = fuzzBytes(data, size);
    (void)Doudi::SyncPackage::peek(file);
    if (const auto body = Doudi::SyncPackage::readUnsealed(file))
        (void)Doudi::PackageBody::parse(*body);
    return 0;
}
