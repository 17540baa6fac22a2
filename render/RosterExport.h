#pragma once

#include "Result.h"
#include "report/Roster.h"

#include <QCoreApplication>

namespace Doudi {

// Writes a roster to a file whose extension picks the format: .pdf, .xlsx or .csv.
class RosterExport final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterExport)

public:
    static Status write(const Roster& roster, const QString& path);

private:
    RosterExport() = delete;
};

} // namespace Doudi
