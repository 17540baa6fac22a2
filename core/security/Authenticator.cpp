#include "Authenticator.h"

#include "Clock.h"
#include "backup/BackupSettings.h"
#include "security/KeySlots.h"
#include "security/PasswordHasher.h"
#include "security/PasswordKey.h"
#include "security/SiteKey.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"
#include "sync/IdNumberHashes.h"
#include "sync/SiteKeys.h"

#include <QSqlQuery>

namespace Doudi {

namespace {

// The first administrator login of a database older than the key slots (or of one that never had
// a slot): a new site key, the administrator's slot, and every secret kept in the clear sealed
// under the key, in one transaction. The clear bytes are overwritten in the file (secure_delete)
// and the write-ahead log emptied, so no copy of them is left in either.
Result<std::unique_ptr<SiteKey>> sealSecretsInTheClear(Database& database, const User& admin, const QString& password)
{
    const auto slotCount = KeySlots::count(database);
    if (!slotCount)
        return slotCount.error();
    if (*slotCount > 0)
        return std::unique_ptr<SiteKey>(); // slots exist, only not this administrator's
    const auto slotKey = PasswordKey::derive(password);
    if (!slotKey)
        return slotKey.error();
    auto siteKey = SiteKey::generate();
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    {
        Transaction transaction(database.connection());
        Status s = transaction.begin();
        if (s)
            s = KeySlots::give(database, *siteKey, admin.id, *slotKey, admin.name);
        if (s)
            s = SiteKeys::sealStored(database, *siteKey);
        if (s)
            s = IdNumberHashes::sealStoredKey(database, *siteKey);
        if (s)
            s = BackupSettings::sealStoredKey(database, *siteKey);
        if (s)
            s = AuditLog(database).append(admin.name, QStringLiteral("seal"), QStringLiteral("site_keys"),
                                          QStringLiteral("1"), {}, {}, QString(),
                                          QStringLiteral("the site's secrets sealed under a site key in key slots"));
        if (s)
            s = transaction.commit();
        if (!s) {
            q.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
            return s.error();
        }
    }
    q.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return siteKey;
}

} // namespace

QString Authenticator::refusal()
{
    return tr("The user name or password is not right, or the account is disabled or locked for a while. "
              "Ask the administrator if it keeps failing.");
}

Result<Session> Authenticator::login(Database& database, const QString& name, const QString& password)
{
    const auto found = UserRepository(database, Session::bootstrap(QStringLiteral("login"))).find(name);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // As long as a real check, so that timing does not tell which names exist.
        PasswordHasher::verify(QStringLiteral("$argon2id$v=19$m=131072,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                              "bm90YXJlYWxoYXNobm90YXJlYWxoYXNobm90YXJlYWw"),
                               password);
        return Error::failed(refusal());
    }
    const User& user = **found;
    const QDateTime now = Clock::currentDateTimeUtc();
    if (user.disabled || (user.lockedUntil.isValid() && user.lockedUntil > now)) {
        Status s = UserRepository::recordLogin(database, user, user.failedLogins, user.lockedUntil,
                                               QStringLiteral("login_refused"));
        Q_UNUSED(s);
        return Error::failed(refusal());
    }
    // With a slot, the slot is the check: only the right password unwraps the site key (one Argon2id
    // for both). Without one (an account older than the slots), the password's hash.
    auto slot = KeySlots::open(database, user.id, password);
    if (!slot)
        return slot.error();
    const bool passwordRight = slot->hasSlot ? bool(slot->key) : PasswordHasher::verify(user.passwordHash, password);
    if (!passwordRight) {
        const int failures = user.failedLogins + 1;
        const bool lock = failures >= kMaxFailures;
        Status s = UserRepository::recordLogin(database, user, lock ? 0 : failures,
                                               lock ? now.addSecs(60 * kLockMinutes) : QDateTime(),
                                               lock ? QStringLiteral("lock") : QStringLiteral("login_failed"));
        Q_UNUSED(s);
        return Error::failed(refusal());
    }
    // A good login clears earlier failures; it writes nothing when there were none, so that a
    // command that is refused afterwards leaves the database exactly as it was.
    if (user.failedLogins > 0 || user.lockedUntil.isValid()) {
        if (Status s = UserRepository::recordLogin(database, user, 0, QDateTime(), QStringLiteral("login")); !s)
            return s.error();
    }
    std::unique_ptr<SiteKey> siteKey = std::move(slot->key);
    if (!slot->hasSlot && user.role == Role::Admin) {
        auto sealed = sealSecretsInTheClear(database, user, password);
        if (!sealed)
            return sealed.error();
        siteKey = std::move(*sealed);
    }
    database.setSiteKey(std::move(siteKey));
    if ((slot->hasSlot && slot->weakerThanToday) || PasswordHasher::needsRehash(user.passwordHash)) {
        // Work that can wait for the next login when it fails: the login itself succeeded.
        Status s = UserRepository::strengthen(database, user, password);
        Q_UNUSED(s);
    }
    return Session::forUser(user.name, user.displayName, user.role, user.villageCode);
}

} // namespace Doudi
