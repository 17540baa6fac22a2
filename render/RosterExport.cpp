#include "RosterExport.h"

#include "RosterPdf.h"
#include "RosterXlsx.h"
#include "report/RosterCsv.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Doudi {

Status RosterExport::write(const Roster& roster, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return RosterPdf::write(roster, path);
    if (suffix == QLatin1String("xlsx"))
        return RosterXlsx::write(roster, path);
    if (suffix == QLatin1String("csv")) {
        const QByteArray bytes = RosterCsv::render(roster);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error::failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return success();
    }
    return Error::invalid(QStringLiteral("out"), tr("must end in .pdf, .xlsx or .csv"));
}

} // namespace Doudi
