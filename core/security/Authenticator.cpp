#include "Authenticator.h"

#include "Clock.h"
#include "security/PasswordHasher.h"
#include "store/UserRepository.h"

namespace Doudi {

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
    if (!PasswordHasher::verify(user.passwordHash, password)) {
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
    return Session::forUser(user.name, user.displayName, user.role, user.villageCode);
}

} // namespace Doudi
