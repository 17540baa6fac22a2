#include "Session.h"

namespace Doudi {

Session Session::forUser(QString userName, QString displayName, Role role, QString villageCode)
{
    Session s;
    s.m_userName = std::move(userName);
    s.m_displayName = std::move(displayName);
    s.m_role = role;
    s.m_villageCode = std::move(villageCode);
    return s;
}

Session Session::bootstrap(QString name)
{
    Session s;
    s.m_kind = Kind::Bootstrap;
    s.m_userName = name;
    s.m_displayName = std::move(name);
    s.m_role = Role::Admin;
    return s;
}

Session Session::unauthenticatedReader()
{
    Session s;
    s.m_kind = Kind::Reader;
    s.m_userName = QStringLiteral("(cli)");
    s.m_displayName = s.m_userName;
    s.m_role = Role::Auditor;
    return s;
}

bool Session::may(Action action) const
{
    switch (m_kind) {
    case Kind::Bootstrap:
        return true;
    case Kind::Reader:
        return action == Action::ViewHouseholds || action == Action::ViewFund || action == Action::ExportData ||
               action == Action::ViewAudit || action == Action::VerifyAudit;
    case Kind::User:
        break;
    }
    return Permissions::allows(m_role, action);
}

Status Session::require(Action action) const
{
    if (may(action))
        return success();
    if (m_kind == Kind::Reader)
        return Error::failed(
            tr("To %1, give --user and the password (DOUDI_PASSWORD).").arg(Permissions::actionLabel(action)));
    return Error::failed(
        tr("%1 (%2) may not %3.").arg(m_displayName, Permissions::roleLabel(m_role), Permissions::actionLabel(action)));
}

bool Session::maySeeVillage(const QString& villageCode) const
{
    return m_kind != Kind::User || m_role != Role::Cadre || villageCode == m_villageCode;
}

Status Session::requireVillage(const QString& villageCode) const
{
    if (maySeeVillage(villageCode))
        return success();
    return Error::failed(tr("%1 is a cadre of another village and may not see this household.").arg(m_displayName));
}

Status Session::requireNotPreparer(const QString& preparedBy) const
{
    if (preparedBy != m_userName)
        return success();
    return Error::failed(
        tr("%1 prepared this and may not approve it too; another person must approve it.").arg(m_displayName));
}

} // namespace Doudi
