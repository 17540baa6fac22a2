#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Doudi {

class Database;

// What the office must see to when it opens its desk (issue 14): backups not set up, their folder
// out of reach, the last good one more than a week old; and in December, for the administrator,
// next year's working-day calendar not yet there (deadlines would be estimates).
class OfficeNotices final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::OfficeNotices)

public:
    static constexpr int kBackupDaysAllowed = 7;

    static QStringList compute(Database& database, const Session& session, const QDate& today);

private:
    OfficeNotices() = delete;
};

} // namespace Doudi
