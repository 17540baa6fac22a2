#pragma once

#include "Result.h"
#include "domain/Household.h"

#include <QCoreApplication>

namespace Doudi {

// The rules every household obeys wherever it comes from (a form, a file, a sync package), with
// one problem per wrong field, each named by its path as in doudi-household/1.
class HouseholdValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::HouseholdValidator)

public:
    static Status validate(const Household& household);
    static QList<Problem> problems(const Household& household);

private:
    HouseholdValidator() = delete;
};

} // namespace Doudi
