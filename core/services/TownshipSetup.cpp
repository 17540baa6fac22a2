#include "TownshipSetup.h"

#include "backup/BackupSettings.h"
#include "rules/PolicyJson.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/UserRepository.h"
#include "sync/SiteKeys.h"

#include <QFile>
#include <QFileInfo>

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
    if (QFileInfo::exists(plan.databasePath))
        return Error::failed(
            tr("%1 already exists; a new township never overwrites a database.").arg(plan.databasePath));
    Status outcome = success();
    {
        auto db = Database::open(plan.databasePath, Database::OpenMode::MustNotExist);
        if (!db)
            return db.error();
        outcome = fill(**db, plan);
    }
    if (!outcome) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(plan.databasePath + suffix);
    }
    return outcome;
}

} // namespace Doudi
