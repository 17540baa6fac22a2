#pragma once

#include "Result.h"
#include "report/Roster.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// 公示名单: the applications whose public notice runs in a month, a page per village, for the
// village notice board. Only what 审核确认办法 Art. 24 allows: the applicant's name, household
// size, category, monthly amount, the notice period and the complaint hotline. No ID numbers.
class NoticeRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::NoticeRoster)

public:
    static inline const QString kHotlineSetting = QStringLiteral("complaint_hotline");

    static Result<Roster> build(Database& database, const Session& session, const QDate& month,
                                const QString& villageCode);

private:
    NoticeRoster() = delete;
};

} // namespace Doudi
