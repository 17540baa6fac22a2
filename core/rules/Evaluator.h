#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "rules/Policy.h"

#include <QCoreApplication>
#include <QDate>

namespace Doudi {

// The rules of spec/rules.md as a pure function: a policy, a household and a month give a
// determination, the same on every machine. Integer fen and exact fractions throughout; rounding
// only where the spec says (ceil_yuan).
class Evaluator final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Evaluator)

public:
    struct Options
    {
        bool trace = true; // batch work that only needs the amounts skips the explanation
    };

    static Result<Determination> evaluate(const Policy& policy, const Household& household, const QString& month,
                                          Options options);
    static Result<Determination> evaluate(const Policy& policy, const Household& household, const QString& month)
    {
        return evaluate(policy, household, month, Options{});
    }

    // `YYYY-MM`, or an invalid date.
    static QDate firstDayOfMonth(const QString& month);

    // The smallest whole number of yuan (in fen) at or above numerator / denominator fen.
    static qint64 ceilYuan(qint64 numerator, qint64 denominator = 1);

private:
    Evaluator() = delete;
};

} // namespace Doudi
