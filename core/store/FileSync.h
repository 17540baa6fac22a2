#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

// Durable renames. A file renamed into place is safe from a power cut only once its folder's entry
// is on the disk: on Linux and macOS the folder itself is synced (fsync); on Windows, NTFS writes
// its metadata journal before MoveFileEx returns, so there is nothing more to do.
class FileSync final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FileSync)

public:
    static Status syncFolderOf(const QString& filePath);
    // Renames `from` to `to` (refusing to replace an existing `to`) and syncs the folder.
    static Status renameInto(const QString& from, const QString& to);

private:
    FileSync() = delete;
};

} // namespace Doudi
