// Data-matching signals, JSON or CSV, as `signal import` reads them.
#include "FuzzInput.h"
#include "cases/MonitoringSignal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)Doudi::SignalReader::read(fuzzBytes(data, size));
    return 0;
}
