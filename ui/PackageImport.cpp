#include "PackageImport.h"

#include "sync/Enrolment.h"
#include "sync/SyncPackage.h"

#include <QFile>

namespace Doudi {

Result<QString> PackageImport::run(Database& database, const Session& session, const QString& path,
                                   const std::function<bool(const QString&, const QString&)>& confirm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto header = SyncPackage::peek(bytes);
    if (!header)
        return header.error();
    if (header->kind != QLatin1String("enrolment"))
        return Error::failed(tr("This Doudi imports enrolment packages; data packages from the city or a township "
                                "come with a later version."));
    if (!confirm(header->senderFingerprint, header->sender))
        return Error::failed(tr("Not imported: the fingerprint was not confirmed."));
    const auto imported = Enrolment::import(database, session, bytes, header->senderFingerprint);
    if (!imported)
        return imported.error();
    if (imported->alreadyEnrolled)
        return tr("Already enrolled with %1; %n policy(ies) checked.", nullptr, imported->policies)
            .arg(imported->cityName);
    return tr("Enrolled with %1; %n policy(ies) imported.", nullptr, imported->policies).arg(imported->cityName);
}

} // namespace Doudi
