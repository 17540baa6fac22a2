#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Doudi {

class Database;

// An entry of the assistance resource library (社会救助资源库): who else can help, with what, on
// what conditions, whom to contact, from when until when.
struct HelpResource
{
    QString id;                                  // empty until added
    QString kind = QStringLiteral("department"); // department, mass_organisation, charity, social_work
    QString name;                                // e.g. 圆梦大学, 慈善助医, 就业援助
    QString provider;                            // e.g. 县人社局, 县慈善总会, 镇社工站
    QString offers;                              // what it gives
    QString conditions;                          // who may have it
    QString contact;                             // a person and a phone
    QDate validFrom;
    QDate validUntil;                            // invalid: open-ended
    QString origin = QStringLiteral("township"); // township (the office's own) or city (published by the bureau)
    QDateTime createdAt;
    QString createdBy;

    bool validOn(const QDate& day) const { return validFrom <= day && (!validUntil.isValid() || day <= validUntil); }
};

// The library (help_resources, migration 033). The office adds its own entries; the city's come in
// its package and replace the township's copy of them whole. An entry is never deleted: one that
// ends has its last day, and the referrals made to it keep naming it.
class HelpResources final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::HelpResources)

public:
    HelpResources(Database& database, Session session);

    // Adds an entry, every problem named by field (`kind`, `name`, …). At the city it is the city's,
    // published to every township in the next packages.
    Result<HelpResource> add(HelpResource resource);
    // Every entry, by kind then name; those no longer valid `today` only when `includeEnded`.
    // Ends one of the office's own entries: `lastDay` is its last valid day (not before it began).
    // The city's entries end at the city. Referrals made to it keep naming it.
    Result<HelpResource> end(const QString& id, const QDate& lastDay);
    Result<QList<HelpResource>> list(const QDate& today, bool includeEnded = false) const;
    Result<std::optional<HelpResource>> find(const QString& id) const;

    // An entry as the CLI prints it and the city's package carries it.
    static QJsonObject toJson(const HelpResource& resource);
    // The city's entries as its package carries them, and taking one in at a township (added or
    // replaced whole; the township cannot change the city's entries), inside the intake's transaction.
    static Result<QList<QJsonObject>> cityEntries(Database& city);
    static Status applyCityEntry(Database& township, const QString& cityUser, const QJsonObject& entry);

    static const QStringList& kinds();
    static QString kindLabel(const QString& kind);

    // Each entry's digest as its audit entry records it (the audit verifier's check): id → digest.
    static Result<QHash<QString, QString>> storedDigests(Database& database);

private:
    Database& m_database;
    Session m_session;
};

} // namespace Doudi
