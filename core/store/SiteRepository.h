#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Doudi {

class Database;

struct Site
{
    QString code; // 9-digit township or 6-digit city code
    QString name;
    QString kind; // township or city
    QString databaseUuid;
};

struct Village
{
    QString code; // 12 digits
    QString name;
};

// The site this database belongs to, its villages and its settings.
class SiteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SiteRepository)

public:
    SiteRepository(Database& database, Session session);

    // Creates the site row once, with a fresh random database UUID.
    Status createSite(const QString& code, const QString& name, const QString& kind);
    Result<Site> site() const;
    // The site's code, which every row records as its origin (empty before the site exists).
    static QString originCode(Database& database);

    Status addVillage(const QString& code, const QString& name);
    Result<QList<Village>> villages() const;

    // The digest the audit trail keeps of a village.
    static QString villageDigest(const QString& code, const QString& name);

    QString setting(const QString& key, const QString& fallback = QString()) const;
    Status setSetting(const QString& key, const QString& value);

private:
    Database& m_database;
    Session m_session;
    QString m_user;
};

} // namespace Doudi
