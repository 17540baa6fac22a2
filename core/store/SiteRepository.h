#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
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
    bool urban = false; // a residents' committee (社区): new households there live in town
    QDate retiredOn;    // merged into another village or dissolved: kept for the old records
    QString mergedInto; // after a merge, the village its households went to

    bool isRetired() const { return retiredOn.isValid(); }
};

// A village with the number of live households in it (`village list`).
struct VillageCount
{
    Village village;
    qint64 households = 0;
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

    // Villages are the administrator's to keep (合村并居, renamed, new communities). Each change is
    // one transaction with its audit entry; a refusal says why and changes nothing.
    Status addVillage(const QString& code, const QString& name, bool urban = false);
    // Several at once, all or none (a new township's official list, `village import`).
    Status addVillages(const QList<Village>& villages);
    Status renameVillage(const QString& code, const QString& name);
    // Refused while households live there (merge them into another village instead).
    Status retireVillage(const QString& code);
    // The households of `from` move to `into` (their audit trail keeps the old village), its cadres
    // follow, and `from` is retired, saying where it went.
    Status mergeVillage(const QString& from, const QString& into);
    // Every village, retired ones too (old records name them), in code order.
    Result<QList<Village>> villages() const;
    // Every village's name by its code (rosters and lists naming the village of a row); empty when
    // they cannot be read, so that a row shows its code instead.
    QHash<QString, QString> villageNames() const;
    // The villages a household can be in today.
    Result<QList<Village>> activeVillages() const;
    Result<QList<VillageCount>> villageCounts() const;
    Result<std::optional<Village>> village(const QString& code) const;

    // The digest the audit trail keeps of a village.
    static QString villageDigest(const Village& village);

    QString setting(const QString& key, const QString& fallback = QString()) const;
    Status setSetting(const QString& key, const QString& value);

private:
    Status checkNewVillage(const Village& village, const QString& siteCode) const;
    Status insertVillage(const Village& village, const QString& siteCode);
    Status updateVillage(const Village& before, const Village& after);
    Result<Village> existingVillage(const QString& code) const;

    Database& m_database;
    Session m_session;
    QString m_user;
};

} // namespace Doudi
