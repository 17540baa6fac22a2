#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Doudi {

void AppPaths::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Doudi"));
    QCoreApplication::setApplicationName(QStringLiteral("Doudi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOUDI_VERSION));
}

QString AppPaths::dataDirectory()
{
    // One folder named after the program (not organisation/program): %LOCALAPPDATA%\Doudi on Windows,
    // ~/.local/share/Doudi on Linux. Local, not roaming: a database is not copied around at logon.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Doudi"));
}

QString AppPaths::defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("township.doudi"));
}

QString AppPaths::demoDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("demo/demo-township.doudi"));
}

} // namespace Doudi
