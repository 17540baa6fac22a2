#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace Doudi {

class Database;

// The demo township's other programs, for whoever opens the demo: the assistance resource library
// (departments, charity projects, the social-work station) with a referral awaiting an answer, and a
// 三留守 care register drawn from the township's own people (elderly living alone, children, women)
// with a few visits, some overdue. Chosen in a fixed order, so the same demo gives the same register.
// Added apart from DemoGenerator::fill, whose households the tests count on.
class DemoPrograms final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DemoPrograms)

public:
    explicit DemoPrograms(const QDate& today);
    Status fill(Database& database);

private:
    Status fillLibrary(Database& database);
    Status fillCareRegister(Database& database);

    QDate m_today;
};

} // namespace Doudi
