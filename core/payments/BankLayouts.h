#pragma once

#include "Result.h"
#include "payments/BankLayout.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// The bank layouts an office saved (bank_layouts), one per bank, by name.
class BankLayouts final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BankLayouts)

public:
    BankLayouts(Database& database, Session session);

    // Adds or replaces the layout of that name; audited.
    Status save(const BankLayout& layout);
    Result<QList<BankLayout>> all();
    // The saved layout of that name; the standard one for an empty name.
    Result<BankLayout> find(const QString& name);

private:
    Database& m_database;
    Session m_session;
};

} // namespace Doudi
