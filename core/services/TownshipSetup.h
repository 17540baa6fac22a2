#pragma once

#include "Result.h"
#include "store/SiteRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Doudi {

// Everything a township's first start decides (issue 14: the desktop without a database).
struct TownshipPlan
{
    QString databasePath;
    QString code; // 9 digits
    QString name;
    QList<Village> villages;
    QString adminName;
    QString adminDisplayName;
    QString adminPassword;
    QByteArray policyJson; // the bureau's policy file; empty: the bundled example, marked as such
    QString backupFolder;
    QString backupPassphrase;
};

// Creates a township's database from its plan, all or nothing: when any part is refused (a
// password too short, a policy file that does not read), no file is left behind.
class TownshipSetup final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::TownshipSetup)

public:
    static Status create(const TownshipPlan& plan);

private:
    TownshipSetup() = delete;
};

} // namespace Doudi
