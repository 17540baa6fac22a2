#include "TownshipSetup.h"

#include "backup/BackupSettings.h"
#include "rules/PolicyJson.h"
#include "store/Database.h"
#include "store/NewDatabase.h"
#include "store/PolicyRepository.h"
#include "store/UserRepository.h"
#include "sync/SiteKeys.h"

namespace Doudi {

namespace {

Status fill(Database& db, const TownshipPlan& plan)
{
    const Session setup = Session::bootstrap(plan.adminName);
    if (Status s = SiteRepository(db, setup).createSite(plan.code, plan.name, QStringLiteral("township")); !s)
        return s;
    if (!plan.villages.isEmpty()) {
        if (Status s = SiteRepository(db, setup).addVillages(plan.villages); !s)
            return s;
    }
    if (plan.policyJson.isEmpty()) {
        if (Status s = PolicyRepository(db, setup).ensureExample(); !s)
            return s;
    } else {
        const auto policy = PolicyJson::read(plan.policyJson);
        if (!policy)
            return policy.error().withFieldPrefix(QStringLiteral("policy"));
        if (Status s = PolicyRepository(db, setup).add(*policy); !s)
            return s;
    }
    if (const auto keys = SiteKeys::ensure(db); !keys)
        return keys.error();
    User admin;
    admin.name = plan.adminName.trimmed();
    admin.displayName = plan.adminDisplayName.trimmed();
    admin.role = Role::Admin;
    if (Status s = UserRepository(db, setup).add(admin, plan.adminPassword); !s)
        return s;
    if (!plan.backupFolder.isEmpty()) {
        const Session administrator = Session::forUser(admin.name, admin.displayName, Role::Admin, {});
        if (Status s = BackupSettings::save(db, administrator, plan.backupFolder, plan.backupPassphrase); !s)
            return s;
    }
    return success();
}

} // namespace

Status TownshipSetup::create(const TownshipPlan& plan)
{
    // All or nothing: a refused part (a password too short, a policy that does not read) or a power
    // cut leaves no file; what an interrupted first start left behind is replaced.
    return NewDatabase::create(plan.databasePath, [&plan](Database& db) { return fill(db, plan); });
}

} // namespace Doudi
