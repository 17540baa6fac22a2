#pragma once

#include "Result.h"
#include "backup/BackupInfo.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

class BackupKey;

// One backup file (`.doudi-backup`): "DOUDIBAK", the length of the header (4 bytes, little
// endian), the header (compact JSON, in clear: BackupInfo and a check of the key), then the
// database file in chunks of 1 MiB, each compressed (zlib, qCompress) and encrypted with
// libsodium's secretstream (XChaCha20-Poly1305), with its length before it. The header is the first chunk's additional
// data, so a changed header is detected like a changed byte of data; the last chunk is tagged final, so a file cut
// short is detected too.
class BackupArchive final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BackupArchive)

public:
    static constexpr qsizetype kChunkBytes = 1024 * 1024;

    // Encrypts the database file at `databasePath` into `archivePath`, atomically (QSaveFile) and
    // private to the user. Returns the archive's size in bytes.
    static Result<qint64> write(const QString& archivePath, const BackupInfo& info, const BackupKey& key,
                                const QString& databasePath);
    // The header alone: what the backup holds, without the passphrase.
    static Result<BackupInfo> readInfo(const QString& archivePath);
    // Decrypts into `databasePath` (atomically, private), checking every chunk: a wrong passphrase,
    // a changed byte or a file cut short is refused and nothing is left at `databasePath`.
    static Result<BackupInfo> decrypt(const QString& archivePath, const QString& passphrase,
                                      const QString& databasePath);

private:
    BackupArchive() = delete;
};

} // namespace Doudi
