#include "RosterExport.h"

#include "RosterPdf.h"
#include "RosterXlsx.h"
#include "report/RosterCsv.h"
#include "store/PrivateFile.h"

#include <QFileInfo>

namespace Doudi {

Status RosterExport::write(const Roster& roster, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return RosterPdf::write(roster, path);
    if (suffix == QLatin1String("xlsx"))
        return RosterXlsx::write(roster, path);
    if (suffix == QLatin1String("csv")) {
        return PrivateFile::write(path, RosterCsv::render(roster));
    }
    return Error::invalid(QStringLiteral("out"), tr("must end in .pdf, .xlsx or .csv"));
}

} // namespace Doudi
