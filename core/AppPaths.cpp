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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
