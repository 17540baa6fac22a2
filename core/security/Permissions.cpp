#include "Permissions.h"

namespace Doudi {

bool Permissions::allows(Role role, Action action)
{
    switch (role) {
    case Role::Admin:
        // Users, settings and data maintenance (imports, exports, re-evaluation under a new
        // standard), never a case decision or a payment.
        switch (action) {
        case Action::ViewHouseholds:
        case Action::EditHousehold:
        case Action::ExportData:
        case Action::BatchReevaluate:
        case Action::ImportPolicy:
        case Action::ManageUsers:
        case Action::ChangeSettings:
        case Action::ExchangePackages:
        case Action::ViewAudit:
        case Action::VerifyAudit:
            return true;
        default:
            return false;
        }
    case Role::Clerk:
        // Intake, investigations, payments up to the clerk's limit.
        switch (action) {
        case Action::ViewHouseholds:
        case Action::EditHousehold:
        case Action::DeleteHousehold:
        case Action::RevealIdNumber:
        case Action::ExportData:
        case Action::SaveDetermination:
        case Action::RecordVisit:
        case Action::ReportDiscovery:
        case Action::PrepareDecision:
        case Action::PreparePayment:
        case Action::ViewFund:
        case Action::ExchangePackages:
            return true;
        default:
            return false;
        }
    case Role::Supervisor:
        // Approvals, fund sign-off, rosters, revealing full ID numbers.
        switch (action) {
        case Action::ViewHouseholds:
        case Action::EditHousehold:
        case Action::RevealIdNumber:
        case Action::ExportData:
        case Action::SaveDetermination:
        case Action::ImportPolicy:
        case Action::BatchReevaluate:
        case Action::ApproveDecision:
        case Action::ApprovePayment:
        case Action::ViewFund:
        case Action::PrintRoster:
        case Action::ExchangePackages:
        case Action::ViewAudit:
        case Action::VerifyAudit:
            return true;
        default:
            return false;
        }
    case Role::Cadre:
        // Visits and discovery reports, for the cadre's own village only (checked per household).
        switch (action) {
        case Action::ViewHouseholds:
        case Action::RecordVisit:
        case Action::ReportDiscovery:
            return true;
        default:
            return false;
        }
    case Role::Auditor:
        switch (action) {
        case Action::ViewHouseholds:
        case Action::ViewFund:
        case Action::ViewAudit:
        case Action::VerifyAudit:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QList<Role> Permissions::roles()
{
    return {Role::Admin, Role::Clerk, Role::Supervisor, Role::Cadre, Role::Auditor};
}

QList<Action> Permissions::actions()
{
    QList<Action> all;
    for (int a = int(Action::ViewHouseholds); a <= int(Action::VerifyAudit); ++a)
        all.append(Action(a));
    return all;
}

QString Permissions::roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Cadre:
        return QStringLiteral("cadre");
    case Role::Auditor:
        break;
    }
    return QStringLiteral("auditor");
}

std::optional<Role> Permissions::roleFromCode(const QString& code)
{
    for (Role r : roles()) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString Permissions::roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Cadre:
        return tr("Village cadre");
    case Role::Auditor:
        break;
    }
    return tr("Auditor");
}

QString Permissions::actionLabel(Action action)
{
    switch (action) {
    case Action::ViewHouseholds:
        return tr("view households");
    case Action::EditHousehold:
        return tr("edit households");
    case Action::DeleteHousehold:
        return tr("delete households");
    case Action::RevealIdNumber:
        return tr("reveal full ID numbers");
    case Action::ExportData:
        return tr("export data");
    case Action::SaveDetermination:
        return tr("save determinations");
    case Action::ImportPolicy:
        return tr("import policies");
    case Action::BatchReevaluate:
        return tr("re-evaluate every household");
    case Action::RecordVisit:
        return tr("record home visits");
    case Action::ReportDiscovery:
        return tr("report discovered hardship");
    case Action::PrepareDecision:
        return tr("prepare decisions");
    case Action::ApproveDecision:
        return tr("approve decisions");
    case Action::PreparePayment:
        return tr("prepare payments");
    case Action::ApprovePayment:
        return tr("approve payments");
    case Action::ViewFund:
        return tr("view the reserve fund");
    case Action::PrintRoster:
        return tr("print rosters");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::ChangeSettings:
        return tr("change settings");
    case Action::ExchangePackages:
        return tr("exchange sync packages");
    case Action::ViewAudit:
        return tr("read the audit trail");
    case Action::VerifyAudit:
        break;
    }
    return tr("verify the audit trail");
}

} // namespace Doudi
