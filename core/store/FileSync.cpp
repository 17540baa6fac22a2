#include "FileSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Doudi {

Status FileSync::syncFolderOf(const QString& filePath)
{
#ifdef Q_OS_UNIX
    const QByteArray folder = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error::failed(tr("Cannot open the folder of %1 to make the new file durable.").arg(filePath));
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return Error::failed(tr("The disk did not confirm the new file %1.").arg(filePath));
#else
    Q_UNUSED(filePath);
#endif
    return success();
}

Status FileSync::renameInto(const QString& from, const QString& to)
{
    if (QFileInfo::exists(to))
        return Error::failed(tr("%1 already exists; it is not replaced.").arg(QDir::toNativeSeparators(to)));
    QFile file(from);
    if (!file.rename(to))
        return Error::failed(
            tr("Cannot move the new file into place as %1: %2").arg(QDir::toNativeSeparators(to), file.errorString()));
    return syncFolderOf(to);
}

} // namespace Doudi
