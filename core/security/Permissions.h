#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Doudi {

enum class Role
{
    Admin,
    Clerk,
    Supervisor,
    Cadre,
    Auditor
};

// Everything a person can do in Doudi that a role may or may not allow.
enum class Action
{
    ViewHouseholds,
    EditHousehold,
    DeleteHousehold,
    RevealIdNumber,
    ExportData,
    SaveDetermination,
    ImportPolicy,
    BatchReevaluate,
    RecordVisit,
    ReportDiscovery,
    PrepareDecision,
    ApproveDecision,
    PreparePayment,
    ApprovePayment,
    ViewFund,
    PrintRoster,
    ManageUsers,
    ChangeSettings,
    ExchangePackages, // sync packages with the city or a township, both ways
    ViewAudit,
    VerifyAudit
};

// The one table that decides every action (issue: users and roles). The UI hides what a role
// cannot do; core refuses it anyway.
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Permissions)

public:
    static bool allows(Role role, Action action);

    static QList<Role> roles();
    static QList<Action> actions();
    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString& code);
    static QString roleLabel(Role role);
    static QString actionLabel(Action action);

private:
    Permissions() = delete;
};

} // namespace Doudi
