#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>

namespace Doudi {

class Database;

// A household paid in a month, with what the rules give it then.
struct Recipient
{
    Household household;
    QString villageName;
    Determination determination;
    bool startedThisMonth = false; // its approval's payment starts this month
};

// Who is paid in a month, and how much (the payment roster and the monthly statistics): households
// recorded as receiving 低保, 特困 or a gradual exit, and those whose application was approved
// with payment starting by that month. Each is evaluated under the policy in force for the month
// (spec/rules.md), so the roster pays exactly what the rules give, with base and 增发 apart.
class Recipients final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Recipients)

public:
    struct List
    {
        QList<Recipient> recipients; // by village, then the head's name in pinyin order
        int zeroUnderTheRules = 0;   // recorded as receiving, but the rules give nothing this month
        QString policyId;
    };

    static Result<List> forMonth(Database& database, const Session& session, int year, int month,
                                 const QString& villageCode = QString());
    // The same for `count` months from `first` on, the households read once (the dashboard's trend);
    // a month no policy covers yet comes out empty.
    static Result<QList<List>> forMonths(Database& database, const Session& session, const QDate& first, int count);

private:
    Recipients() = delete;
};

} // namespace Doudi
