#pragma once

#include <QString>

class QWidget;

namespace Doudi {

// The desk's file dialogs open where this kind of file was last found or saved (the USB stick the
// packages travel on, the folder the office keeps its Excel rosters in), and at first in the
// user's Documents — never in the program's own folder, which is where a Windows shortcut starts
// it. The folder is kept per user in QSettings, one per kind.
class FileChooser final
{
public:
    enum class Kind
    {
        Incoming, // rosters, mappings, villages, policies, signals brought to the desk
        Outgoing, // rosters, vouchers and statements saved to print or hand over
        Bank,     // the bank's layouts, files and returns
        Packages, // the sync packages on their USB stick
        Backups,  // the backup folder and the backups restored from it
    };

    // An existing file to read; empty when the user cancels. `preferred` (the configured backup
    // folder, say) comes before the remembered folder when it exists.
    static QString open(QWidget* parent, Kind kind, const QString& title, const QString& filter,
                        const QString& preferred = QString());
    // Where to write `suggestedName`; empty when the user cancels.
    static QString save(QWidget* parent, Kind kind, const QString& title, const QString& suggestedName,
                        const QString& filter);
    // A folder; empty when the user cancels.
    static QString folder(QWidget* parent, Kind kind, const QString& title, const QString& preferred = QString());

    // Where the dialog for `kind` opens, and the folder it remembers from what was chosen.
    static QString startFolder(Kind kind, const QString& preferred = QString());
    static void remember(Kind kind, const QString& chosenFolder);

private:
    FileChooser() = delete;
};

} // namespace Doudi
