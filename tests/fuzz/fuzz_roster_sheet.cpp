// An office's roster, XLSX or CSV (UTF-8 or GBK), read into a sheet and planned as
// `household import-sheet` plans it.
#include "FuzzInput.h"
#include "sheet/RosterImporter.h"
#include "sheet/RosterReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto table = Doudi::RosterImporter::readSheet(fuzzBytes(data, size), QStringLiteral("roster"), QString());
    if (!table)
        return 0;
    Doudi::RosterContext context;
    context.townshipName = QStringLiteral("六道沟镇");
    context.villages = {{QStringLiteral("220681101201"), QStringLiteral("六道沟村"), false, {}, {}}};
    (void)Doudi::RosterReader::read(*table, Doudi::RosterMapping(), context);
    return 0;
}
