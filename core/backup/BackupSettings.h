#pragma once

#include "Result.h"
#include "backup/BackupKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Doudi {

class Database;
class Session;
class SiteKey;

// Where the office's automatic backups go and the key they are encrypted under.
struct BackupSetup
{
    QString folder;
    BackupKey key;
    QDateTime setAt;
    QString setBy;
};

// The office's backup settings (table backup_settings): set by the administrator, on the first
// day or later; the passphrase is asked once, its derived key kept (sealed under the site key, so
// opened only by a logged-in user) so that the desktop can back up at close without asking.
class BackupSettings final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BackupSettings)

public:
    static Result<std::optional<BackupSetup>> load(Database& database);
    // Derives the key (a fresh salt) and keeps it with the folder; audited without the key.
    static Status save(Database& database, const Session& session, const QString& folder, const QString& passphrase);
    // Inside the caller's transaction: a key an older database kept in the clear, sealed.
    static Status sealStoredKey(Database& database, const SiteKey& siteKey);
    // Another folder, the same passphrase.
    static Status moveTo(Database& database, const Session& session, const QString& folder);

private:
    BackupSettings() = delete;
};

} // namespace Doudi
