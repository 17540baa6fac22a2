#include "UserRepository.h"

#include "Clock.h"
#include "domain/TextLimits.h"
#include "security/KeySlots.h"
#include "security/PasswordHasher.h"
#include "security/PasswordKey.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
QString now()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Permissions::roleFromCode(q.value(3).toString()).value_or(Role::Auditor);
    u.villageCode = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.paymentLimitFen = q.value(6).toLongLong();
    u.failedLogins = q.value(7).toInt();
    if (!q.value(8).isNull())
        u.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    u.disabled = q.value(9).toBool();
    return u;
}

// The key a new password's slot is wrapped under, when the site key is at hand to give it one.
Result<std::optional<PasswordKey>> slotKeyFor(Database& database, const QString& password)
{
    if (!database.siteKey())
        return std::optional<PasswordKey>();
    auto derived = PasswordKey::derive(password);
    if (!derived)
        return derived.error();
    return std::optional<PasswordKey>(*derived);
}

const QString kColumns = QStringLiteral("id, name, display_name, role, village_code, password_hash, payment_limit_fen, "
                                        "failed_logins, locked_until, disabled");
} // namespace

UserRepository::UserRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_audit(std::make_unique<AuditLog>(database))
{}

UserRepository::~UserRepository() = default;

QString UserRepository::digest(const User& u)
{
    const QString content = u.name + QLatin1Char('\n') + u.displayName + QLatin1Char('\n') +
                            Permissions::roleCode(u.role) + QLatin1Char('\n') + u.villageCode + QLatin1Char('\n') +
                            QString::number(u.paymentLimitFen) + QLatin1Char('\n') + QString::number(int(u.disabled)) +
                            QLatin1Char('\n') + u.passwordHash;
    return AuditLog::digest(content.toUtf8());
}

QJsonObject UserRepository::auditValues(const User& u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), Permissions::roleCode(u.role)},
            {QStringLiteral("village"), u.villageCode},
            {QStringLiteral("payment_limit_fen"), u.paymentLimitFen},
            {QStringLiteral("disabled"), u.disabled}};
}

Status UserRepository::add(User& user, const QString& password)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    static const QRegularExpression loginName(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!loginName.match(user.name).hasMatch())
        return Error::invalid(QStringLiteral("name"), tr("use 2 to 32 letters, digits, dots, dashes or underscores"));
    if (user.displayName.trimmed().isEmpty())
        user.displayName = user.name;
    if (const auto tooLong = TextLimits::check(QStringLiteral("display_name"), user.displayName, TextLimits::kName))
        return Error(Error::Kind::InvalidInput, QList<Problem>{*tooLong});
    if (user.role == Role::Cadre && user.villageCode.isEmpty())
        return Error::invalid(QStringLiteral("village"), tr("a village cadre needs their village"));
    if (user.role != Role::Cadre)
        user.villageCode.clear();
    // The first account of a site is its administrator: whoever is added first sets the site up,
    // and a site whose only accounts were clerks could never add or unlock anybody again.
    if (user.role != Role::Admin) {
        const auto existing = count();
        if (!existing)
            return existing.error();
        if (*existing == 0)
            return Error::invalid(QStringLiteral("role"),
                                  tr("the first account of a site must be its administrator (admin)"));
    }
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    user.passwordHash = *hash;
    // The new person's slot of the site key, from the key of whoever adds them (the first
    // administrator of a new site: the key the site is being set up with).
    const auto siteKey = KeySlots::sealingKey(m_database);
    if (!siteKey)
        return insert(user, nullptr, nullptr);
    const auto slotKey = PasswordKey::derive(password);
    if (!slotKey)
        return slotKey.error();
    return insert(user, *siteKey, &*slotKey);
}

Status UserRepository::addHashed(User& user)
{
    return insert(user, nullptr, nullptr);
}

Status UserRepository::insert(User& user, const SiteKey* siteKey, const PasswordKey* slotKey)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const QString origin = SiteRepository::originCode(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO users (id, name, display_name, role, village_code, password_hash, "
                             "payment_limit_fen, created_at, created_by, updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const QVariant& v :
         {QVariant(user.id), QVariant(user.name), QVariant(user.displayName.trimmed()),
          QVariant(Permissions::roleCode(user.role)),
          user.villageCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(user.villageCode),
          QVariant(user.passwordHash), QVariant(user.paymentLimitFen), QVariant(at), QVariant(m_session.userName()),
          QVariant(at), QVariant(m_session.userName()), QVariant(origin)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (StorageError::describe(q.lastError()).contains(QLatin1String("UNIQUE")))
            return Error::invalid(QStringLiteral("name"), tr("the user %1 exists already").arg(user.name));
        return Error::failed(tr("Cannot add the user: %1").arg(StorageError::describe(q.lastError())));
    }
    user.displayName = user.displayName.trimmed();
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("users"), user.id, {},
                                   auditValues(user), digest(user));
        !s)
        return s;
    if (siteKey) {
        if (Status s = KeySlots::give(m_database, *siteKey, user.id, *slotKey, m_session.userName()); !s)
            return s;
    }
    return transaction.commit();
}

Status UserRepository::setDisabled(const QString& name, bool disabled, const QString& reason)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    if (disabled && name == m_session.userName())
        return Error::failed(tr("You cannot disable your own account."));
    const auto found = find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::failed(tr("There is no user %1.").arg(name));
    User before = **found;
    User after = before;
    after.disabled = disabled;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET disabled = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                             "WHERE id = ?"));
    q.addBindValue(int(disabled));
    q.addBindValue(now());
    q.addBindValue(m_session.userName());
    q.addBindValue(before.id);
    if (!q.exec())
        return Error::failed(tr("Cannot change the user: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("users"), before.id,
                                   auditValues(before), auditValues(after), digest(after), reason);
        !s)
        return s;
    return transaction.commit();
}

Status UserRepository::setPassword(const QString& name, const QString& password)
{
    // Everybody may change their own password; other people's only who manages users.
    if (name != m_session.userName()) {
        if (Status s = m_session.require(Action::ManageUsers); !s)
            return s;
    }
    const auto found = find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::failed(tr("There is no user %1.").arg(name));
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    User after = **found;
    after.passwordHash = *hash;
    after.failedLogins = 0;
    // The new password gets the site key from whoever sets it; without the key at hand the old slot
    // goes, or it would keep the old password opening the site's secrets.
    const auto slotKey = slotKeyFor(m_database, password);
    if (!slotKey)
        return slotKey.error();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
                             "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(after.passwordHash);
    q.addBindValue(now());
    q.addBindValue(m_session.userName());
    q.addBindValue(after.id);
    if (!q.exec())
        return Error::failed(tr("Cannot change the password: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("password"), QStringLiteral("users"), after.id,
                                   {}, auditValues(after), digest(after));
        !s)
        return s;
    if (Status s = *slotKey
                       ? KeySlots::give(m_database, *m_database.siteKey(), after.id, **slotKey, m_session.userName())
                       : KeySlots::remove(m_database, after.id, m_session.userName());
        !s)
        return s;
    return transaction.commit();
}

Status UserRepository::moveVillage(const QString& from, const QString& into)
{
    const auto everyone = all();
    if (!everyone)
        return everyone.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE users SET village_code = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                             "WHERE id = ?"));
    for (const User& before : *everyone) {
        if (before.villageCode != from)
            continue;
        User after = before;
        after.villageCode = into;
        q.addBindValue(into);
        q.addBindValue(now());
        q.addBindValue(m_session.userName());
        q.addBindValue(before.id);
        if (!q.exec())
            return Error::failed(tr("Cannot change the user: %1").arg(StorageError::describe(q.lastError())));
        if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("users"),
                                       before.id, auditValues(before), auditValues(after), digest(after));
            !s)
            return s;
    }
    return success();
}

Status UserRepository::recordLogin(Database& database, const User& user, int failedLogins, const QDateTime& lockedUntil,
                                   const QString& auditAction)
{
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedLogins);
    q.addBindValue(lockedUntil.isValid() ? QVariant(lockedUntil.toString(Qt::ISODateWithMs))
                                         : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(user.id);
    if (!q.exec())
        return Error::failed(tr("Cannot record the login: %1").arg(StorageError::describe(q.lastError())));
    if (Status s =
            AuditLog(database).append(user.name, auditAction, QStringLiteral("users"), user.id, {}, {}, QString());
        !s)
        return s;
    return transaction.commit();
}

Status UserRepository::strengthen(Database& database, const User& user, const QString& password)
{
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    const auto slotKey = slotKeyFor(database, password);
    if (!slotKey)
        return slotKey.error();
    User after = user;
    after.passwordHash = *hash;
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(after.passwordHash);
    q.addBindValue(after.id);
    if (!q.exec())
        return Error::failed(tr("Cannot change the password: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = AuditLog(database).append(user.name, QStringLiteral("rehash"), QStringLiteral("users"), after.id, {},
                                             auditValues(after), digest(after));
        !s)
        return s;
    if (*slotKey) {
        if (Status s = KeySlots::give(database, *database.siteKey(), after.id, **slotKey, user.name); !s)
            return s;
    }
    return transaction.commit();
}

Result<std::optional<User>> UserRepository::find(const QString& name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec())
        return Error::failed(tr("Cannot read the users: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

Result<QList<User>> UserRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users WHERE deleted = 0 ORDER BY role, name").arg(kColumns)))
        return Error::failed(tr("Cannot read the users: %1").arg(StorageError::describe(q.lastError())));
    QList<User> out;
    while (q.next())
        out.append(readUser(q));
    return out;
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE deleted = 0")) || !q.next())
        return Error::failed(tr("Cannot read the users: %1").arg(StorageError::describe(q.lastError())));
    return q.value(0).toLongLong();
}

} // namespace Doudi
