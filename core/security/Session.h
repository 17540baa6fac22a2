#pragma once

#include "Result.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QString>

namespace Doudi {

// Who is at the desk: the logged-in user, their role and, for a village cadre, their village.
// Every change in core is made in a session, and the session decides whether it may be made.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Session)

public:
    static Session forUser(QString userName, QString displayName, Role role, QString villageCode);
    // Setting up: a database that has no user yet (and tests, demo data, bundled defaults). Allowed
    // everything, recorded under `name`.
    static Session bootstrap(QString name);
    // The headless tools reading a database without logging in: view and export, audited as such.
    static Session unauthenticatedReader();

    const QString& userName() const { return m_userName; }
    const QString& displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    const QString& villageCode() const { return m_villageCode; }
    bool isBootstrap() const { return m_kind == Kind::Bootstrap; }

    bool may(Action action) const;
    Status require(Action action) const;
    // A village cadre sees and touches their own village only; everybody else every village.
    bool maySeeVillage(const QString& villageCode) const;
    Status requireVillage(const QString& villageCode) const;
    // Separation of duties: who prepared a decision or a payment cannot approve it.
    Status requireNotPreparer(const QString& preparedBy) const;

private:
    enum class Kind
    {
        User,
        Bootstrap,
        Reader
    };
    Session() = default;

    Kind m_kind = Kind::User;
    QString m_userName;
    QString m_displayName;
    Role m_role = Role::Auditor;
    QString m_villageCode;
};

} // namespace Doudi
