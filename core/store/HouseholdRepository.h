#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "security/Session.h"
#include "store/HouseholdSearchIndex.h"
#include "store/HouseholdSummary.h"
#include "store/SqlStatements.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Doudi {

class AuditLog;
class Database;

// The only code that reads and writes households, their members and items. Every save is one
// transaction; rows are never deleted but marked as tombstones, and each change raises the row's
// version, so that sync can carry it.
class HouseholdRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::HouseholdRepository)
    Q_DISABLE_COPY_MOVE(HouseholdRepository)

public:
    // Every call checks what the session may do; changes are attributed to its user and audited.
    HouseholdRepository(Database& database, Session session);
    ~HouseholdRepository();

    // The digest the audit trail keeps of a household's full content.
    static QString digest(const Household& household);

    // Inserts (empty uuid) or updates a household; on success the household and its items carry
    // their uuids. Refuses, naming the field, an invalid household, an unknown village, or a person
    // whose ID number already belongs to another household (naming that household).
    Status save(Household& household);
    // All or nothing: one transaction for the lot (imports, demo data).
    Status saveAll(QList<Household>& households);
    // The same as save, inside a transaction the caller has begun (a case decision changing what
    // the household receives, written with the decision).
    Status saveWithin(Household& household) { return saveOne(household); }

    Result<Household> load(const QString& id);
    // A household leaving Doudi with full ID numbers (a file, a print): allowed and audited.
    Result<Household> exportHousehold(const QString& id, const QString& how = QStringLiteral("export"));
    // Full ID numbers on screen for this household: allowed and audited, one click each time.
    Status reveal(const QString& id);
    // Every live household, read table by table (batch evaluation).
    Result<QList<Household>> loadAll();
    // The households recorded as receiving help or with an approved application being paid (rosters).
    Result<QList<Household>> loadReceiving();
    // The households with a price subsidy paid for `month` (YYYY-MM), for its roster.
    Result<QList<Household>> loadPaidPriceSubsidy(const QString& month);
    // The households a case is paying (an active case), by uuid, holding only what their review's
    // schedule depends on (ReviewSchedule): the members' birth dates (from the ID number when none
    // is recorded), disabilities, serious illness and schooling, and the kinds of income. Three
    // narrow reads instead of every table of every household, for the due dashboard.
    Result<QHash<QString, Household>> loadForReviews();
    Status remove(const QString& id);
    // Every household of a village moves to another (a merge, inside the caller's transaction);
    // each is audited with its old village.
    Status moveVillage(const QString& from, const QString& into);

    // The households the filter matches; a search's count stops at searchTuning().countsUpTo + 1.
    Result<qint64> count(const HouseholdFilter& filter);
    Result<QList<HouseholdSummary>> list(const HouseholdFilter& filter, qint64 offset, qint64 limit);
    // Households and their members per status code (none, dibao, …), of the villages the session
    // sees: what the list's status column marks, counted once for the dashboard and the summary.
    Result<QHash<QString, StatusCount>> countByStatus();
    Result<qint64> memberCount();
    // The heads' names of these households (those the session may see), for lists of cases.
    Result<QHash<QString, QString>> headNames(const QStringList& ids);
    // Where the person is a member now ("王某某户，六道沟村"), other than of `exceptHousehold`;
    // empty when nowhere.
    Result<QString> registeredAs(const IdNumber& idNumber, const QString& exceptHousehold = QString());

    // How a search list chooses its way (the tests try every way on the same households).
    struct SearchTuning
    {
        // Below this many matching households, a search is ranked; above, the plain name order
        // keeps it quick.
        qint64 rankedBelow = 200;
        // A list by name walks its order (rather than sorting every match) from about
        // sqrt(walkFactor × households) matches on...
        double walkFactor = 25;
        // ...and asks each household's members (rather than collecting the matches) from this
        // many on, when collecting them is slow (see searchCondition).
        qint64 denseFrom = 10000;
        // A search counts its households up to one more than this, and the list says "more than":
        // counting the 140,000 households an ID number's first digits match takes 40 ms at city
        // scale, the first 10,000 of them 3 ms. (The ways above choose alike on either count.)
        qint64 countsUpTo = 10000;
    };
    void setSearchTuning(const SearchTuning& tuning)
    {
        m_tuning = tuning;
        m_lastSearchCount = {};
    }
    const SearchTuning& searchTuning() const { return m_tuning; }

private:
    Status saveOne(Household& household);
    // The live households meeting an SQL condition on the households table (every one when empty).
    Result<QList<Household>> loadWhere(const QString& condition, const QVariantList& binds);
    // loadWhere for a session allowed to see households, keeping only the villages it may see.
    Result<QList<Household>> loadVisibleWhere(const QString& condition, const QVariantList& binds);
    Status checkVillage(const QString& code);
    Status checkMembersElsewhere(const Household& household);
    Status writeHousehold(const Household& household, bool isNew, const QString& now);
    Status failedQuery(const QSqlQuery& q) const;
    struct SearchTerm
    {
        QString column; // name, name_initials or id_number
        QString text;
        QString match; // the query of the full-text index (village and all), or empty: members are read
    };
    // What a search looks for. Digits look in ID numbers, but someone whose role sees ID numbers only
    // masked finds a person by a whole ID number alone: digits of the hidden middle (a birth date)
    // would otherwise tell what the mask hides.
    SearchTerm searchTerm(const HouseholdFilter& filter) const;
    // Households with a member matching the search (remembered for the list that follows).
    Result<qint64> countSearch(const HouseholdFilter& filter);
    // The WHERE clause of the list and its values, in bind order.
    Result<QString> whereClause(const HouseholdFilter& filter, QVariantList* binds);
    // Its search part (" AND …"), on the list's household_order o.
    Result<QString> searchCondition(const HouseholdFilter& filter, QVariantList* binds);
    // Whether a search listed by name walks the name order and keeps the matches until a page is
    // full, rather than looking them all up and sorting them.
    bool walksNameOrder(const HouseholdFilter& filter, qint64 matching);
    qint64 m_households = -1; // about how many households there are, once asked
    SearchTuning m_tuning;
    QString originSite();

    // The filter as the session may see it: a village cadre's list is their village's.
    HouseholdFilter visible(const HouseholdFilter& filter) const;

    Database& m_database;
    Session m_session;
    QString m_user;
    QString m_originSite;
    QHash<QString, bool> m_knownVillages;
    // The last search counted: its key, its count, and — when the index counted them all — the
    // search ids of its households as a JSON array, which the list keeps rather than searching the
    // index again.
    struct SearchCount
    {
        QString key;
        qint64 count = 0;
        QString searchIds;
    };
    SearchCount m_lastSearchCount;
    SqlStatements m_sql;
    std::unique_ptr<AuditLog> m_audit;
    // Whether the schema keeps households' pinyin order (version 20 on; the upgrade tests write
    // households into older schemas).
    bool m_keepsOrder = true;
    // Whether the schema keeps the full-text index household_search (version 24 on).
    bool m_keepsSearch = true;
    // Whether the schema keeps the members' fields of the other programs (version 27 on).
    bool m_keepsProgramFields = true;
    // A household's document in the full-text index, written again whole (or dropped). A bulk write
    // (saveAll, moveVillage) keeps its documents in m_searchBatch and writes them together just
    // before it commits: FTS5 flushes its pending terms to a new segment of the index at every
    // statement-level savepoint, and the member inserts (their change-log triggers) open one each,
    // so documents written between them cost a segment and its merging apiece.
    struct SearchDocument
    {
        QString householdId;
        bool isNew = false;
        HouseholdSearchIndex::Document document;
    };
    std::optional<QList<SearchDocument>> m_searchBatch;
    Status writeSearchDocument(const Household& household, bool isNew);
    Status writeSearchDocument(const SearchDocument& d);
    Status writeSearchBatch();
    Status dropSearchDocument(const QString& householdId);
};

} // namespace Doudi
