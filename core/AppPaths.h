#pragma once

#include <QString>

namespace Doudi {

// Where Doudi keeps its files on this machine (QStandardPaths: %APPDATA% on Windows,
// ~/.local/share on Linux). Never inside the program's folder or a source checkout.
class AppPaths final
{
public:
    // Sets the organisation and application names every front-end shares.
    static void setApplicationIdentity();

    static QString dataDirectory();
    static QString defaultDatabasePath();
    static QString demoDatabasePath();

private:
    AppPaths() = delete;
};

} // namespace Doudi
