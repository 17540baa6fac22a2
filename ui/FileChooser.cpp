#include "FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Doudi {

namespace {

QString settingsKey(FileChooser::Kind kind)
{
    switch (kind) {
    case FileChooser::Kind::Incoming:
        return QStringLiteral("folders/incoming");
    case FileChooser::Kind::Outgoing:
        return QStringLiteral("folders/outgoing");
    case FileChooser::Kind::Bank:
        return QStringLiteral("folders/bank");
    case FileChooser::Kind::Packages:
        return QStringLiteral("folders/packages");
    case FileChooser::Kind::Backups:
        return QStringLiteral("folders/backups");
    }
    return QStringLiteral("folders/other");
}

} // namespace

QString FileChooser::startFolder(Kind kind, const QString& preferred)
{
    if (!preferred.isEmpty() && QFileInfo(preferred).isDir())
        return preferred;
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    // A USB stick taken out, a folder deleted: back to Documents rather than a dead path.
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // Documents where the system has one (a fresh Linux account may not), else the home folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void FileChooser::remember(Kind kind, const QString& chosenFolder)
{
    if (!chosenFolder.isEmpty())
        QSettings().setValue(settingsKey(kind), QDir::cleanPath(chosenFolder));
}

QString FileChooser::open(QWidget* parent, Kind kind, const QString& title, const QString& filter,
                          const QString& preferred)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, startFolder(kind, preferred), filter);
    if (!path.isEmpty())
        remember(kind, QFileInfo(path).absolutePath());
    return path;
}

QString FileChooser::save(QWidget* parent, Kind kind, const QString& title, const QString& suggestedName,
                          const QString& filter)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(startFolder(kind)).filePath(suggestedName), filter);
    if (!path.isEmpty())
        remember(kind, QFileInfo(path).absolutePath());
    return path;
}

QString FileChooser::folder(QWidget* parent, Kind kind, const QString& title, const QString& preferred)
{
    const QString chosen = QFileDialog::getExistingDirectory(parent, title, startFolder(kind, preferred));
    if (!chosen.isEmpty())
        remember(kind, chosen);
    return chosen;
}

} // namespace Doudi
