#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Makes files or folders unwritable — `unwritable` false makes them writable again — or says why it
// cannot here (the reason, for QSKIP). Root's writes are stopped only by the immutable attribute
// (chattr +i), which also stops a program that has the file open already; for anyone else a mode
// without write does, but only for files opened afterwards (`openAlready` asks for the former).
inline QString makeUnwritable(const QStringList& paths, bool unwritable, bool openAlready = false)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        if (openAlready)
            return QStringLiteral("a file open already can be made unwritable only by root (chattr)");
        const QFileDevice::Permissions read = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
        for (const QString& path : paths)
            QFile::setPermissions(path, unwritable ? read : read | QFileDevice::WriteOwner);
        return QString();
    }
    for (const QString& path : paths) {
        QProcess chattr;
        chattr.start(QStringLiteral("chattr"), {unwritable ? QStringLiteral("+i") : QStringLiteral("-i"), path});
        if (!chattr.waitForFinished() || chattr.exitCode() != 0)
            return QStringLiteral("chattr does not work on this file system");
    }
    return QString();
#else
    Q_UNUSED(paths)
    Q_UNUSED(unwritable)
    Q_UNUSED(openAlready)
    return QStringLiteral("the tests make files unwritable the Unix way");
#endif
}
