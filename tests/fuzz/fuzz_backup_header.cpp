// A backup's header, read from the file before any passphrase is asked for.
#include "FuzzInput.h"
#include "backup/BackupArchive.h"

#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("doudi-fuzz-%1.doudi-backup").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(fuzzBytes(data, size));
    file.close();
    (void)Doudi::BackupArchive::readInfo(path);
    return 0;
}
