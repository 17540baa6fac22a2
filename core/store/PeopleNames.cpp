#include "PeopleNames.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace Doudi {

PeopleNames::PeopleNames(Database& database)
{
    // Read as the records are, whoever looks: a name is no secret of the person's role. A failed read
    // leaves the logins showing, which is what a record holds anyway.
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT name, display_name FROM users"))) {
        while (q.next()) {
            const QString name = q.value(1).toString().trimmed();
            if (!name.isEmpty())
                m_names.insert(q.value(0).toString(), name);
        }
    }
}

QString PeopleNames::of(const QString& login) const
{
    return m_names.value(login, login);
}

} // namespace Doudi
