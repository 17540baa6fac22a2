#pragma once

#include <QHash>
#include <QString>

namespace Doudi {

class Database;

// The names people are known by at the desk (刘丽) for the logins the records keep (clerk1):
// vouchers, the ledger, histories and the audit trail show the person. A login that is no account
// here (the city's, the setup's, the demo's) shows as it is.
class PeopleNames final
{
public:
    explicit PeopleNames(Database& database);

    QString of(const QString& login) const;

private:
    QHash<QString, QString> m_names;
};

} // namespace Doudi
