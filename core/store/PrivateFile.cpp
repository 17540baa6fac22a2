#include "PrivateFile.h"

#include <QSaveFile>

namespace Doudi {

Status PrivateFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    // On the temporary file, before a byte is in it; the rename keeps it.
    file.setPermissions(kPermissions);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace Doudi
