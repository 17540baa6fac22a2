#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace Doudi {

class AuditLog;
class Database;
class PasswordKey;
class SiteKey;

struct User
{
    QString id;
    QString name; // the login name
    QString displayName;
    Role role = Role::Clerk;
    QString villageCode; // a village cadre's village
    QString passwordHash;
    qint64 paymentLimitFen = 0;
    int failedLogins = 0;
    QDateTime lockedUntil;
    bool disabled = false;
};

// The accounts of a site. Creating, disabling and changing passwords need the right to manage users
// (a user may change their own password); each is audited, without the hash.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::UserRepository)
    Q_DISABLE_COPY_MOVE(UserRepository)

public:
    UserRepository(Database& database, Session session);
    ~UserRepository();

    // `password` is hashed here (Argon2id) and given a slot of the site key (KeySlots) from the key
    // of whoever adds the user; the user's id is filled in.
    Status add(User& user, const QString& password);
    // With `user.passwordHash` already made (demo accounts share one hash; hashing is slow on purpose),
    // and no key slot: the caller gives one.
    Status addHashed(User& user);
    Status setDisabled(const QString& name, bool disabled, const QString& reason);
    // The new password gets a slot of the site key when the person setting it has the key.
    Status setPassword(const QString& name, const QString& password);
    // The cadres of a village that merged into another follow it (inside the caller's transaction).
    Status moveVillage(const QString& from, const QString& into);

    Result<std::optional<User>> find(const QString& name) const;
    Result<QList<User>> all() const;
    Result<qint64> count() const;

    // For the login: counters and the lock, written without a session (nobody is logged in yet).
    static Status recordLogin(Database& database, const User& user, int failedLogins, const QDateTime& lockedUntil,
                              const QString& auditAction);

    // At login: the hash and the key slot made again with today's Argon2id work, when they were
    // made with less (the same password).
    static Status strengthen(Database& database, const User& user, const QString& password);

    // The digest the audit trail keeps of an account (the hash included, so a swapped hash shows).
    static QString digest(const User& user);
    static QJsonObject auditValues(const User& user);

private:
    Status insert(User& user, const SiteKey* siteKey, const PasswordKey* slotKey);

    Database& m_database;
    Session m_session;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace Doudi
