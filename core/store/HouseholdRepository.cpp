#include "HouseholdRepository.h"

#include "Clock.h"
#include "domain/DateText.h"
#include "domain/HouseholdJson.h"
#include "domain/HouseholdValidator.h"
#include "domain/PinyinInitials.h"
#include "domain/PinyinOrder.h"
#include "domain/Vocabulary.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdSearchIndex.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Doudi {

namespace {

// One child row (member, income item, …) as the values of its table's own columns, in order.
struct ChildRow
{
    QString uuid;
    QVariantList values;
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A null QString binds as SQL NULL; text columns that are NOT NULL get an empty string instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QStringList kMemberColumns = {QStringLiteral("position"),
                                    QStringLiteral("id_number"),
                                    QStringLiteral("name"),
                                    QStringLiteral("name_initials"),
                                    QStringLiteral("relation"),
                                    QStringLiteral("birth_date"),
                                    QStringLiteral("sex"),
                                    QStringLiteral("disability_type"),
                                    QStringLiteral("disability_grade"),
                                    QStringLiteral("serious_illness"),
                                    QStringLiteral("chronic_illness"),
                                    QStringLiteral("student"),
                                    QStringLiteral("adl_failed"),
                                    QStringLiteral("father"),
                                    QStringLiteral("mother"),
                                    QStringLiteral("care_setting"),
                                    QStringLiteral("died_on")};
const QStringList kIncomeColumns = {QStringLiteral("position"), QStringLiteral("member_id"), QStringLiteral("type"),
                                    QStringLiteral("annual_fen")};
const QStringList kExpenditureColumns = {QStringLiteral("position"), QStringLiteral("type"),
                                         QStringLiteral("annual_fen")};
const QStringList kVehicleColumns = {QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("value_fen")};
const QStringList kDwellingColumns = {QStringLiteral("position"), QStringLiteral("dangerous"), QStringLiteral("note")};

QList<ChildRow> memberRows(const Household& h)
{
    QList<ChildRow> rows;
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Member& m = h.members[i];
        const bool disabled = !m.disability.isNone();
        rows.append(
            {m.uuid,
             {i, m.idNumber.toString(), m.name.trimmed(), PinyinInitials::searchText(m.name.trimmed()), m.relation,
              m.birthDate ? QVariant(m.birthDate->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
              m.sex() == Sex::Male ? QStringLiteral("male") : QStringLiteral("female"),
              disabled ? QVariant(Vocabulary::disabilityCode(m.disability.type))
                       : QVariant(QMetaType(QMetaType::QString)),
              disabled ? QVariant(m.disability.grade) : QVariant(QMetaType(QMetaType::Int)), int(m.seriousIllness),
              int(m.chronicIllness), int(m.student), m.adlFailed, Vocabulary::parentStateCode(m.parents.father),
              Vocabulary::parentStateCode(m.parents.mother), Vocabulary::careSettingCode(m.careSetting),
              m.diedOn ? QVariant(m.diedOn->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))}});
    }
    return rows;
}

// The member columns of the schemas before version 27: the fields of the other programs, the last
// four, left out.
constexpr int kMemberProgramColumns = 4;

QList<ChildRow> memberRowsBeforePrograms(const Household& h)
{
    QList<ChildRow> rows = memberRows(h);
    for (ChildRow& r : rows)
        r.values.resize(r.values.size() - kMemberProgramColumns);
    return rows;
}

QList<ChildRow> incomeRows(const Household& h)
{
    QList<ChildRow> rows;
    for (qsizetype i = 0; i < h.income.size(); ++i) {
        const IncomeItem& item = h.income[i];
        const QVariant member =
            item.member ? QVariant(h.members.at(*item.member).uuid) : QVariant(QMetaType(QMetaType::QString));
        rows.append({item.uuid, {i, member, item.type, item.annualFen}});
    }
    return rows;
}

QList<ChildRow> expenditureRows(const Household& h)
{
    QList<ChildRow> rows;
    for (qsizetype i = 0; i < h.expenditure.size(); ++i)
        rows.append({h.expenditure[i].uuid, {i, h.expenditure[i].type, h.expenditure[i].annualFen}});
    return rows;
}

QList<ChildRow> vehicleRows(const Household& h)
{
    QList<ChildRow> rows;
    for (qsizetype i = 0; i < h.assets.vehicles.size(); ++i)
        rows.append({h.assets.vehicles[i].uuid, {i, h.assets.vehicles[i].kind, h.assets.vehicles[i].valueFen}});
    return rows;
}

QList<ChildRow> dwellingRows(const Household& h)
{
    QList<ChildRow> rows;
    for (qsizetype i = 0; i < h.assets.dwellings.size(); ++i)
        rows.append({h.assets.dwellings[i].uuid,
                     {i, int(h.assets.dwellings[i].dangerous), notNull(h.assets.dwellings[i].note)}});
    return rows;
}

// Values compare by content: a stored 1 and a bound true are the same fact.
bool sameValues(const QVariantList& a, const QVariantList& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].isNull() != b[i].isNull() || a[i].toString() != b[i].toString())
            return false;
    }
    return true;
}

constexpr int kHouseholdOrderSchema = 20;  // the schema that brought household_order
constexpr int kHouseholdSearchSchema = 24; // and household_search
constexpr int kMemberProgramSchema = 27;   // and the members' fields of the other programs

QString sortColumn(HouseholdFilter::SortKey key)
{
    switch (key) {
    case HouseholdFilter::SortKey::HeadIdNumber:
        return QStringLiteral("h.head_id_number");
    case HouseholdFilter::SortKey::Village:
        return QStringLiteral("v.name");
    case HouseholdFilter::SortKey::MemberCount:
        return QStringLiteral("h.member_count");
    case HouseholdFilter::SortKey::Residence:
        return QStringLiteral("h.residence");
    case HouseholdFilter::SortKey::Status:
        return QStringLiteral("h.status");
    case HouseholdFilter::SortKey::Address:
        return QStringLiteral("h.address");
    case HouseholdFilter::SortKey::HeadName:
        break;
    }
    return QStringLiteral("o.head_name_key"); // pinyin order
}

} // namespace

HouseholdRepository::HouseholdRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_user(m_session.userName())
    , m_sql(database.connection())
    , m_audit(std::make_unique<AuditLog>(database))
    , m_keepsOrder(database.schemaVersion() >= kHouseholdOrderSchema)
    , m_keepsSearch(database.schemaVersion() >= kHouseholdSearchSchema)
    , m_keepsProgramFields(database.schemaVersion() >= kMemberProgramSchema)
{}

HouseholdRepository::~HouseholdRepository() = default;

Status HouseholdRepository::failedQuery(const QSqlQuery& q) const
{
    return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
}

QString HouseholdRepository::originSite()
{
    if (m_originSite.isEmpty())
        m_originSite = SiteRepository::originCode(m_database);
    return m_originSite;
}

Status HouseholdRepository::save(Household& household)
{
    m_lastSearchCount = {};
    m_households = -1;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    Household working = household;
    if (Status s = saveOne(working); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    household = std::move(working);
    return success();
}

Status HouseholdRepository::saveAll(QList<Household>& households)
{
    m_lastSearchCount = {};
    m_households = -1;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const AuditLog::TransactionScope auditScope(*m_audit);
    m_searchBatch.emplace();
    const auto endBatch = qScopeGuard([this] { m_searchBatch.reset(); });
    QList<Household> working = households;
    for (qsizetype i = 0; i < working.size(); ++i) {
        if (Status s = saveOne(working[i]); !s)
            return households.size() == 1 ? s : s.error().withFieldPrefix(QStringLiteral("[%1]").arg(i));
    }
    if (Status s = writeSearchBatch(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    households = std::move(working);
    return success();
}

Status HouseholdRepository::checkVillage(const QString& code)
{
    if (code.isEmpty())
        return Error::invalid(QStringLiteral("village"), tr("choose the village the household lives in"));
    if (m_knownVillages.value(code))
        return success();
    QSqlQuery& q =
        m_sql.get(QStringLiteral("SELECT retired_on IS NOT NULL FROM villages WHERE code = ? AND deleted = 0"));
    q.addBindValue(code);
    if (!q.exec())
        return failedQuery(q);
    if (!q.next())
        return Error::invalid(QStringLiteral("village"), tr("%1 is not a village of this township").arg(code));
    if (q.value(0).toBool())
        return Error::invalid(QStringLiteral("village"),
                              tr("the village %1 is retired; choose the one it went into").arg(code));
    m_knownVillages.insert(code, true);
    return success();
}

Result<QString> HouseholdRepository::registeredAs(const IdNumber& idNumber, const QString& exceptHousehold)
{
    QSqlQuery& q =
        m_sql.get(QStringLiteral("SELECT h.head_name, v.name FROM members m JOIN households h ON h.id = m.household_id "
                                 "JOIN villages v ON v.code = h.village_code "
                                 "WHERE m.id_number = ? AND m.deleted = 0 AND h.deleted = 0 AND m.household_id <> ?"));
    q.addBindValue(idNumber.toString());
    q.addBindValue(exceptHousehold.isNull() ? QStringLiteral("") : exceptHousehold); // never NULL: <> NULL is no row
    if (!q.exec())
        return failedQuery(q).error();
    QString where;
    if (q.next())
        where = tr("the household of %1 in %2").arg(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return where;
}

Status HouseholdRepository::checkMembersElsewhere(const Household& household)
{
    QList<Problem> problems;
    for (qsizetype i = 0; i < household.members.size(); ++i) {
        const auto where = registeredAs(household.members[i].idNumber, household.uuid);
        if (!where)
            return where.error();
        if (!where->isEmpty()) {
            problems.append(
                {QStringLiteral("members[%1].id_number").arg(i),
                 tr("this person is already a member of %1; move them out of that household first").arg(*where)});
        }
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::Failed, problems);
    return success();
}

namespace {

// One child table of a household: its columns, the rows a household gives it, and the statements
// that write them — their text built once, not for every row of a 20,000-household import.
struct ChildTable
{
    QString name;
    QList<ChildRow> (*rowsOf)(const Household&);
    QString insertSql;
    QString updateSql;
    QString tombstoneSql;

    ChildTable(const QString& table, const QStringList& columns, QList<ChildRow> (*rows)(const Household&))
        : name(table)
        , rowsOf(rows)
        , insertSql(QStringLiteral("INSERT INTO %1 (id, household_id, %2, created_at, created_by, updated_at, "
                                   "updated_by, origin_site) VALUES (?, ?, %3?, ?, ?, ?, ?)")
                        .arg(table, columns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(columns.size())))
        , updateSql(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                   "WHERE id = ?")
                        .arg(table, columns.join(QStringLiteral(" = ?, "))))
        , tombstoneSql(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, updated_by = ?, "
                                      "version = version + 1 WHERE id = ?")
                           .arg(table))
    {}
};

// Members first: income rows refer to their uuids.
enum ChildTableIndex
{
    MemberTable,
    IncomeTable,
    ExpenditureTable,
    VehicleTable,
    DwellingTable,
    ChildTableCount
};

std::array<ChildTable, ChildTableCount> makeChildTables(bool programFields)
{
    return {programFields ? ChildTable(QStringLiteral("members"), kMemberColumns, &memberRows)
                          : ChildTable(QStringLiteral("members"),
                                       kMemberColumns.mid(0, kMemberColumns.size() - kMemberProgramColumns),
                                       &memberRowsBeforePrograms),
            ChildTable(QStringLiteral("income_items"), kIncomeColumns, &incomeRows),
            ChildTable(QStringLiteral("expenditure_items"), kExpenditureColumns, &expenditureRows),
            ChildTable(QStringLiteral("vehicles"), kVehicleColumns, &vehicleRows),
            ChildTable(QStringLiteral("residences"), kDwellingColumns, &dwellingRows)};
}

// `programFields`: the schema has the members' fields of the other programs (the upgrade tests
// write households into older schemas).
const std::array<ChildTable, ChildTableCount>& childTables(bool programFields = true)
{
    static const std::array<ChildTable, ChildTableCount> tables = makeChildTables(true);
    static const std::array<ChildTable, ChildTableCount> olderTables = makeChildTables(false);
    return programFields ? tables : olderTables;
}

// The same rows, uuid for uuid and value for value: writing them again would change nothing.
bool sameRows(const QList<ChildRow>& a, const QList<ChildRow>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].uuid != b[i].uuid || !sameValues(a[i].values, b[i].values))
            return false;
    }
    return true;
}

// Inserts new rows, updates changed ones and tombstones removed ones of one child table.
class ChildTableWriter
{
public:
    ChildTableWriter(SqlStatements& sql, const ChildTable& table, QString householdId, QString now, QString user,
                     QString origin)
        : m_sql(sql)
        , m_table(table)
        , m_householdId(std::move(householdId))
        , m_now(std::move(now))
        , m_user(std::move(user))
        , m_origin(std::move(origin))
    {}

    // Writes `rows`, giving new ones a uuid; `oldRows` is what the household had.
    bool write(QList<ChildRow>& rows, const QList<ChildRow>& oldRows, QString* error)
    {
        QHash<QString, QVariantList> before;
        for (const ChildRow& r : oldRows)
            before.insert(r.uuid, r.values);
        QSet<QString> kept;
        for (const ChildRow& r : rows) {
            if (!r.uuid.isEmpty())
                kept.insert(r.uuid);
        }
        // Tombstones first: a person removed and added again in one save must not collide.
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!kept.contains(it.key()) && !exec(m_table.tombstoneSql, {m_now, m_user, it.key()}, error))
                return false;
        }
        for (ChildRow& r : rows) {
            if (r.uuid.isEmpty() || !before.contains(r.uuid)) {
                if (r.uuid.isEmpty())
                    r.uuid = newUuid();
                QVariantList binds{r.uuid, m_householdId};
                binds += r.values;
                binds += QVariantList{m_now, m_user, m_now, m_user, m_origin};
                if (!exec(m_table.insertSql, binds, error))
                    return false;
            } else if (!sameValues(before.value(r.uuid), r.values)) {
                QVariantList binds = r.values;
                binds += QVariantList{m_now, m_user, r.uuid};
                if (!exec(m_table.updateSql, binds, error))
                    return false;
            }
        }
        return true;
    }

private:
    bool exec(const QString& sql, const QVariantList& binds, QString* error)
    {
        QSqlQuery& q = m_sql.get(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = StorageError::describe(q.lastError());
            return false;
        }
        return true;
    }

    SqlStatements& m_sql;
    const ChildTable& m_table;
    QString m_householdId;
    QString m_now;
    QString m_user;
    QString m_origin;
};

template <typename Item>
void assignUuids(QList<Item>& items, const QList<ChildRow>& rows)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].uuid = rows[i].uuid;
}

} // namespace

namespace {
// The household as the audit trail keeps it: compact doudi-household/1, its digest made of this.
QByteArray auditJson(const Household& household)
{
    return HouseholdJson::compact(household);
}
} // namespace

QString HouseholdRepository::digest(const Household& household)
{
    return AuditLog::digest(auditJson(household));
}

HouseholdFilter HouseholdRepository::visible(const HouseholdFilter& filter) const
{
    HouseholdFilter f = filter;
    if (!m_session.maySeeVillage(f.villageCode.isEmpty() ? QStringLiteral("-") : f.villageCode))
        f.villageCode = m_session.villageCode();
    return f;
}

Status HouseholdRepository::saveOne(Household& household)
{
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s;
    if (Status s = m_session.requireVillage(household.villageCode); !s)
        return s;
    // Stored as trimmed; the audit digest is of what is stored.
    household.address = household.address.trimmed();
    household.bankAccount.remove(QLatin1Char(' '));
    for (Member& m : household.members)
        m.name = m.name.trimmed();
    if (Status s = HouseholdValidator::validate(household); !s)
        return s;
    if (Status s = checkVillage(household.villageCode); !s)
        return s;

    std::optional<Household> old;
    const bool isNew = household.uuid.isEmpty();
    if (isNew) {
        household.uuid = newUuid();
    } else {
        auto loaded = load(household.uuid);
        if (!loaded)
            return loaded.error();
        old = std::move(loaded).value();
        if (Status s = m_session.requireVillage(old->villageCode); !s)
            return s;
    }
    if (Status s = checkMembersElsewhere(household); !s)
        return s;

    // Saving what is already stored writes nothing: no new version, no audit entry, nothing for the
    // city's next package. Both the record as the audit keeps it and every child row (uuids too)
    // must be the same.
    const QByteArray after = auditJson(household);
    const QByteArray beforeJson = old ? auditJson(*old) : QByteArray();
    if (old && after == beforeJson &&
        std::all_of(childTables(m_keepsProgramFields).cbegin(), childTables(m_keepsProgramFields).cend(),
                    [&](const ChildTable& table) { return sameRows(table.rowsOf(household), table.rowsOf(*old)); }))
        return success();

    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Status s = writeHousehold(household, isNew, now); !s)
        return s;
    for (int t = 0; t < ChildTableCount; ++t) {
        const ChildTable& table = childTables(m_keepsProgramFields)[t];
        QList<ChildRow> rows = table.rowsOf(household);
        QString error;
        ChildTableWriter writer(m_sql, table, household.uuid, now, m_user, originSite());
        if (!writer.write(rows, old ? table.rowsOf(*old) : QList<ChildRow>{}, &error))
            return Error::failed(tr("Cannot save the household (%1): %2").arg(table.name, error));
        switch (ChildTableIndex(t)) {
        case MemberTable:
            assignUuids(household.members, rows);
            break;
        case IncomeTable:
            assignUuids(household.income, rows);
            break;
        case ExpenditureTable:
            assignUuids(household.expenditure, rows);
            break;
        case VehicleTable:
            assignUuids(household.assets.vehicles, rows);
            break;
        case DwellingTable:
            assignUuids(household.assets.dwellings, rows);
            break;
        case ChildTableCount:
            break;
        }
    }
    // In the same transaction: the change is attributable, and its digest shows later tampering.
    // (The audit's record names no child row's uuid, so `after` still holds.)
    return m_audit->appendJson(m_user, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                               QStringLiteral("households"), household.uuid, beforeJson, after,
                               AuditLog::digest(after));
}

Status HouseholdRepository::writeHousehold(const Household& h, bool isNew, const QString& now)
{
    const Member* head = h.head();
    const QVariantList values = {h.villageCode,
                                 Vocabulary::residenceCode(h.residence),
                                 notNull(h.address.trimmed()),
                                 notNull(h.bankAccount),
                                 Vocabulary::statusCode(h.status),
                                 h.monthlyBenefitFen,
                                 nullIfEmpty(h.exitStarted),
                                 int(h.flags.sustainedMedicalExpenditure),
                                 int(h.flags.hasCapableSupporter),
                                 h.assets.financialFen,
                                 int(h.assets.businessRegistration),
                                 notNull(head ? head->name.trimmed() : QString()),
                                 notNull(head ? head->idNumber.toString() : QString()),
                                 int(h.members.size())};
    static const QString columns =
        QStringLiteral("village_code, residence, address, bank_account, status, monthly_benefit_fen, exit_started, "
                       "sustained_medical_expenditure, has_capable_supporter, financial_assets_fen, "
                       "business_registration, head_name, head_id_number, member_count");
    QSqlQuery* q = nullptr;
    if (isNew) {
        q = &m_sql.get(QStringLiteral("INSERT INTO households (id, ") + columns +
                       QStringLiteral(", created_at, created_by, updated_at, updated_by, origin_site) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q->addBindValue(h.uuid);
        for (const QVariant& v : values)
            q->addBindValue(v);
        for (const QVariant& v :
             {QVariant(now), QVariant(m_user), QVariant(now), QVariant(m_user), QVariant(originSite())})
            q->addBindValue(v);
    } else {
        q = &m_sql.get(QStringLiteral(
            "UPDATE households SET village_code = ?, residence = ?, address = ?, bank_account = ?, status = ?, "
            "monthly_benefit_fen = ?, "
            "exit_started = ?, sustained_medical_expenditure = ?, has_capable_supporter = ?, "
            "financial_assets_fen = ?, business_registration = ?, head_name = ?, head_id_number = ?, "
            "member_count = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND deleted = 0"));
        for (const QVariant& v : values)
            q->addBindValue(v);
        q->addBindValue(now);
        q->addBindValue(m_user);
        q->addBindValue(h.uuid);
    }
    if (!q->exec())
        return failedQuery(*q);
    if (!isNew && q->numRowsAffected() != 1)
        return Error::failed(tr("The household no longer exists; it may have been deleted."));
    // Its place in the list, by the head's name in pinyin order.
    if (!m_keepsOrder)
        return success();
    QSqlQuery& order = m_sql.get(QStringLiteral("UPDATE household_order SET head_name_key = ? WHERE household_id = ?"));
    order.addBindValue(PinyinOrder::sortKey(head ? head->name : QString()));
    order.addBindValue(h.uuid);
    if (!order.exec())
        return failedQuery(order);
    return writeSearchDocument(h, isNew);
}

Status HouseholdRepository::writeSearchDocument(const Household& household, bool isNew)
{
    if (!m_keepsSearch)
        return success();
    SearchDocument d{household.uuid, isNew, HouseholdSearchIndex::document(household)};
    if (m_searchBatch) {
        m_searchBatch->append(std::move(d));
        return success();
    }
    return writeSearchDocument(d);
}

Status HouseholdRepository::writeSearchBatch()
{
    for (const SearchDocument& d : std::exchange(m_searchBatch, std::nullopt).value_or(QList<SearchDocument>())) {
        if (Status s = writeSearchDocument(d); !s)
            return s;
    }
    return success();
}

Status HouseholdRepository::writeSearchDocument(const SearchDocument& d)
{
    QSqlQuery& id = m_sql.get(QStringLiteral("SELECT search_id FROM household_order WHERE household_id = ?"));
    id.addBindValue(d.householdId);
    if (!id.exec())
        return failedQuery(id);
    if (!id.next())
        return Error::failed(tr("The household %1 has no place in the list.").arg(d.householdId));
    const qint64 searchId = id.value(0).toLongLong();
    id.finish();
    if (!d.isNew) {
        QSqlQuery& drop = m_sql.get(QStringLiteral("DELETE FROM household_search WHERE rowid = ?"));
        drop.addBindValue(searchId);
        if (!drop.exec())
            return failedQuery(drop);
    }
    QSqlQuery& q = m_sql.get(HouseholdSearchIndex::insertStatement());
    HouseholdSearchIndex::bind(q, searchId, d.document);
    if (!q.exec())
        return failedQuery(q);
    return success();
}

Status HouseholdRepository::dropSearchDocument(const QString& householdId)
{
    if (!m_keepsSearch)
        return success();
    QSqlQuery& q = m_sql.get(QStringLiteral(
        "DELETE FROM household_search WHERE rowid = (SELECT search_id FROM household_order WHERE household_id = ?)"));
    q.addBindValue(householdId);
    if (!q.exec())
        return failedQuery(q);
    return success();
}

Result<Household> HouseholdRepository::load(const QString& id)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    auto found = loadWhere(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::failed(tr("There is no household %1.").arg(id));
    if (Status s = m_session.requireVillage(found->first().villageCode); !s)
        return s.error();
    return found->takeFirst();
}

Result<Household> HouseholdRepository::exportHousehold(const QString& id, const QString& how)
{
    if (Status s = m_session.require(Action::ExportData); !s)
        return s.error();
    auto household = load(id);
    if (!household)
        return household;
    if (Status s = m_audit->record(m_user, how, QStringLiteral("households"), id); !s)
        return s.error();
    return household;
}

Status HouseholdRepository::reveal(const QString& id)
{
    if (Status s = m_session.require(Action::RevealIdNumber); !s)
        return s;
    const auto household = load(id);
    if (!household)
        return household.error();
    return m_audit->record(m_user, QStringLiteral("reveal"), QStringLiteral("households"), id);
}

Result<QList<Household>> HouseholdRepository::loadAll()
{
    return loadVisibleWhere(QString(), {});
}

Result<QList<Household>> HouseholdRepository::loadReceiving()
{
    return loadVisibleWhere(QStringLiteral("status <> 'none' OR id IN (SELECT household_id FROM cases WHERE "
                                           "deleted = 0 AND state = 'active') OR id IN (SELECT household_id "
                                           "FROM approved_amounts)"),
                            {});
}

Result<QList<Household>> HouseholdRepository::loadPaidPriceSubsidy(const QString& month)
{
    return loadVisibleWhere(QStringLiteral("id IN (SELECT household_id FROM price_subsidy_payments WHERE month = ?)"),
                            {month});
}

Result<QList<Household>> HouseholdRepository::loadVisibleWhere(const QString& condition, const QVariantList& binds)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    auto found = loadWhere(condition, binds);
    if (found && !m_session.maySeeVillage(QStringLiteral("-")))
        found->removeIf([this](const Household& h) { return !m_session.maySeeVillage(h.villageCode); });
    return found;
}

Result<QHash<QString, Household>> HouseholdRepository::loadForReviews()
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    // Each table is read in one pass, in the order it is stored, and its rows are picked here by
    // the paying households' ids. In SQLite, `household_id IN (the paying)` costs a search of a
    // temporary index for each row (45–60 ms of 20,000 households, against 2 ms for the scan), and
    // the members' ID-number index a seek of the table for each member (NOT INDEXED: 320–400 ms of
    // 52,000 members against 70–90 ms in order).
    const auto read = [this](const QString& sql) -> Result<QSqlQuery*> {
        QSqlQuery& q = m_sql.get(sql);
        q.setForwardOnly(true);
        if (!q.exec())
            return failedQuery(q).error();
        return &q;
    };
    auto cases = read(QStringLiteral("SELECT household_id FROM cases WHERE deleted = 0 AND state = 'active'"));
    if (!cases)
        return cases.error();
    QSet<QString> paying;
    for (QSqlQuery& q = **cases; q.next();)
        paying.insert(q.value(0).toString());
    (*cases)->finish();
    QHash<QString, Household> out;
    auto households = read(QStringLiteral("SELECT id, village_code FROM households NOT INDEXED WHERE deleted = 0"));
    if (!households)
        return households.error();
    const bool everyVillage = m_session.maySeeVillage(QStringLiteral("-"));
    for (QSqlQuery& q = **households; q.next();) {
        Household h;
        h.uuid = q.value(0).toString();
        if (!paying.contains(h.uuid))
            continue;
        h.villageCode = q.value(1).toString();
        if (everyVillage || m_session.maySeeVillage(h.villageCode))
            out.insert(h.uuid, std::move(h));
    }
    (*households)->finish();
    // The birth date as recorded, or else the one the ID number carries (characters 7–14; a stored
    // number was valid when saved): the number itself never leaves SQLite.
    auto members = read(QStringLiteral("SELECT household_id, coalesce(birth_date, substr(id_number, 7, 8)), "
                                       "disability_type, serious_illness, student FROM members NOT INDEXED WHERE "
                                       "deleted = 0"));
    if (!members)
        return members.error();
    for (QSqlQuery& q = **members; q.next();) {
        const auto household = out.find(q.value(0).toString());
        if (household == out.end())
            continue;
        Member m;
        const QString born = q.value(1).toString();
        m.birthDate = born.size() == 8 ? DateText::fromDigits(born) : DateText::fromIso(born);
        if (!q.value(2).isNull())
            m.disability.type = Vocabulary::disabilityFromCode(q.value(2).toString()).value_or(DisabilityType::None);
        m.seriousIllness = q.value(3).toBool();
        m.student = q.value(4).toBool();
        household->members.append(std::move(m));
    }
    (*members)->finish();
    auto income = read(QStringLiteral("SELECT household_id, type FROM income_items NOT INDEXED WHERE deleted = 0"));
    if (!income)
        return income.error();
    for (QSqlQuery& q = **income; q.next();) {
        const auto household = out.find(q.value(0).toString());
        if (household != out.end())
            household->income.append(IncomeItem{QString(), std::nullopt, q.value(1).toString(), 0});
    }
    (*income)->finish();
    return out;
}

Result<QList<Household>> HouseholdRepository::loadWhere(const QString& condition, const QVariantList& binds)
{
    // One query per table, whether for one household or all of them: a batch of 50,000 households
    // is read in six passes, not 300,000 lookups. `condition` picks households; the child tables
    // follow it through their household_id.
    const QString only =
        condition.isEmpty()
            ? QString()
            : QStringLiteral(" AND household_id IN (SELECT id FROM households WHERE deleted = 0 AND (%1))")
                  .arg(condition);
    const auto select = [&](const QString& sql) -> QSqlQuery& {
        QSqlQuery& q = m_sql.get(sql);
        q.setForwardOnly(true);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q;
    };

    QList<Household> out;
    QHash<QString, qsizetype> householdIndex;
    QSqlQuery& hq =
        select(QStringLiteral(
                   "SELECT id, village_code, residence, address, status, monthly_benefit_fen, exit_started, "
                   "sustained_medical_expenditure, has_capable_supporter, financial_assets_fen, business_registration, "
                   "bank_account FROM households WHERE deleted = 0") +
               (condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition)) +
               QStringLiteral(" ORDER BY rowid"));
    if (!hq.exec())
        return failedQuery(hq).error();
    while (hq.next()) {
        Household h;
        h.uuid = hq.value(0).toString();
        h.villageCode = hq.value(1).toString();
        h.residence = Vocabulary::residenceFromCode(hq.value(2).toString()).value_or(Residence::Rural);
        h.address = hq.value(3).toString();
        h.status = Vocabulary::statusFromCode(hq.value(4).toString()).value_or(HouseholdStatus::None);
        h.monthlyBenefitFen = hq.value(5).toLongLong();
        h.exitStarted = hq.value(6).toString();
        h.flags.sustainedMedicalExpenditure = hq.value(7).toBool();
        h.flags.hasCapableSupporter = hq.value(8).toBool();
        h.assets.financialFen = hq.value(9).toLongLong();
        h.assets.businessRegistration = hq.value(10).toBool();
        h.bankAccount = hq.value(11).toString();
        householdIndex.insert(h.uuid, out.size());
        out.append(std::move(h));
    }
    hq.finish();

    // Each child table is read in the order it is stored — a plain scan, many times faster than
    // following an index in household order and sorting by position there — and its rows are handed
    // to their households in position order. `sql` selects household_id and position first.
    const auto eachChild = [&](const QString& sql, const auto& take, const auto& deliver) -> Status {
        QSqlQuery& q = select(sql + only);
        if (!q.exec())
            return failedQuery(q);
        using Row = std::decay_t<decltype(take(q))>;
        struct Entry
        {
            qsizetype household;
            int position;
            Row row;
        };
        std::vector<Entry> entries;
        while (q.next()) {
            const auto at = householdIndex.constFind(q.value(0).toString());
            if (at != householdIndex.cend())
                entries.push_back({*at, q.value(1).toInt(), take(q)});
        }
        q.finish();
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.household != b.household ? a.household < b.household : a.position < b.position;
        });
        for (Entry& e : entries)
            deliver(out[e.household], std::move(e.row));
        return success();
    };

    // Member uuid → its index within its household, for the income items that refer to it.
    QHash<QString, int> memberIndex;
    Status s = eachChild(
        QStringLiteral("SELECT household_id, position, id, id_number, name, relation, birth_date, disability_type, "
                       "disability_grade, serious_illness, chronic_illness, student, adl_failed, %1 FROM members "
                       "WHERE deleted = 0")
            .arg(m_keepsProgramFields ? QStringLiteral("father, mother, care_setting, died_on")
                                      : QStringLiteral("'present', 'present', 'family', NULL")),
        [](const QSqlQuery& q) {
            Member m;
            m.uuid = q.value(2).toString();
            // Stored numbers were valid when saved; parse() restores the value type. One edited
            // outside Doudi into something invalid is left empty: the household still opens (the
            // form asks for the number), and `audit verify` reports the change against the
            // household's digest.
            if (auto id = IdNumber::parse(q.value(3).toString()))
                m.idNumber = std::move(id).value();
            m.name = q.value(4).toString();
            m.relation = q.value(5).toString();
            if (!q.value(6).isNull())
                m.birthDate = DateText::fromIso(q.value(6).toString());
            if (!q.value(7).isNull()) {
                m.disability.type =
                    Vocabulary::disabilityFromCode(q.value(7).toString()).value_or(DisabilityType::None);
                m.disability.grade = q.value(8).toInt();
            }
            m.seriousIllness = q.value(9).toBool();
            m.chronicIllness = q.value(10).toBool();
            m.student = q.value(11).toBool();
            m.adlFailed = q.value(12).toInt();
            m.parents.father = Vocabulary::parentStateFromCode(q.value(13).toString()).value_or(ParentState::Present);
            m.parents.mother = Vocabulary::parentStateFromCode(q.value(14).toString()).value_or(ParentState::Present);
            m.careSetting = Vocabulary::careSettingFromCode(q.value(15).toString()).value_or(CareSetting::Family);
            if (!q.value(16).isNull())
                m.diedOn = DateText::fromIso(q.value(16).toString());
            return m;
        },
        [&memberIndex](Household& h, Member&& m) {
            memberIndex.insert(m.uuid, int(h.members.size()));
            h.members.append(std::move(m));
        });
    if (s)
        s = eachChild(
            QStringLiteral("SELECT household_id, position, id, member_id, type, annual_fen FROM income_items "
                           "WHERE deleted = 0"),
            [](const QSqlQuery& q) {
                // The member's uuid for now; its index once the household's members are known.
                return std::pair{q.value(3).toString(), IncomeItem{q.value(2).toString(), std::nullopt,
                                                                   q.value(4).toString(), q.value(5).toLongLong()}};
            },
            [&memberIndex](Household& h, std::pair<QString, IncomeItem>&& row) {
                const auto member = memberIndex.constFind(row.first);
                if (!row.first.isNull() && member != memberIndex.cend())
                    row.second.member = *member;
                h.income.append(std::move(row.second));
            });
    if (s)
        s = eachChild(
            QStringLiteral("SELECT household_id, position, id, type, annual_fen FROM expenditure_items "
                           "WHERE deleted = 0"),
            [](const QSqlQuery& q) {
                return ExpenditureItem{q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
            },
            [](Household& h, ExpenditureItem&& item) { h.expenditure.append(std::move(item)); });
    if (s)
        s = eachChild(
            QStringLiteral("SELECT household_id, position, id, kind, value_fen FROM vehicles WHERE deleted = 0"),
            [](const QSqlQuery& q) {
                return Vehicle{q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
            },
            [](Household& h, Vehicle&& v) { h.assets.vehicles.append(std::move(v)); });
    if (s)
        s = eachChild(
            QStringLiteral("SELECT household_id, position, id, dangerous, note FROM residences WHERE deleted = 0"),
            [](const QSqlQuery& q) {
                return Dwelling{q.value(2).toString(), q.value(3).toBool(), q.value(4).toString()};
            },
            [](Household& h, Dwelling&& d) { h.assets.dwellings.append(std::move(d)); });
    if (!s)
        return s.error();
    return out;
}

Status HouseholdRepository::remove(const QString& id)
{
    m_lastSearchCount = {};
    m_households = -1;
    if (Status s = m_session.require(Action::DeleteHousehold); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto before = load(id);
    if (!before)
        return before.error();
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString& table : {QStringLiteral("income_items"), QStringLiteral("expenditure_items"),
                                 QStringLiteral("vehicles"), QStringLiteral("residences"), QStringLiteral("members")}) {
        QSqlQuery& q = m_sql.get(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, updated_by = ?, "
                                                "version = version + 1 WHERE household_id = ? AND deleted = 0")
                                     .arg(table));
        q.addBindValue(now);
        q.addBindValue(m_user);
        q.addBindValue(id);
        if (!q.exec())
            return failedQuery(q);
    }
    QSqlQuery& q = m_sql.get(QStringLiteral("UPDATE households SET deleted = 1, updated_at = ?, updated_by = ?, "
                                            "version = version + 1 WHERE id = ? AND deleted = 0"));
    q.addBindValue(now);
    q.addBindValue(m_user);
    q.addBindValue(id);
    if (!q.exec())
        return failedQuery(q);
    if (q.numRowsAffected() != 1)
        return Error::failed(tr("There is no household %1.").arg(id));
    if (Status s = dropSearchDocument(id); !s)
        return s;
    if (Status s = m_audit->append(m_user, QStringLiteral("delete"), QStringLiteral("households"), id,
                                   HouseholdJson::toJson(*before), {}, QString());
        !s)
        return s;
    return transaction.commit();
}

HouseholdRepository::SearchTerm HouseholdRepository::searchTerm(const HouseholdFilter& filter) const
{
    // Digits (and a final x) are part of an ID number, Latin letters pinyin initials, anything else
    // part of a name.
    static const QRegularExpression idPart(QStringLiteral("^[0-9]+[xX]?$"));
    const QString typed = filter.search.trimmed();
    SearchTerm term;
    HouseholdSearchIndex::Column column = HouseholdSearchIndex::Column::Names;
    if (idPart.match(typed).hasMatch()) {
        if (!m_session.may(Action::RevealIdNumber) && typed.size() != 18)
            return {QStringLiteral("id_number"), QStringLiteral("(a whole ID number only)"), QString()}; // nobody
        term = {QStringLiteral("id_number"), typed.toUpper(), QString()};
        column = HouseholdSearchIndex::Column::IdNumbers;
    } else if (PinyinInitials::looksLikeInitials(typed)) {
        term = {QStringLiteral("name_initials"), typed.toLower(), QString()};
        column = HouseholdSearchIndex::Column::Initials;
    } else {
        term = {QStringLiteral("name"), typed, QString()};
    }
    if (m_keepsSearch)
        term.match = HouseholdSearchIndex::query(column, term.text, filter.villageCode);
    return term;
}

Status HouseholdRepository::moveVillage(const QString& from, const QString& into)
{
    auto moving = loadWhere(QStringLiteral("village_code = ?"), {from});
    if (!moving)
        return moving.error();
    m_searchBatch.emplace();
    const auto endBatch = qScopeGuard([this] { m_searchBatch.reset(); });
    for (Household& h : *moving) {
        h.villageCode = into;
        if (Status s = saveOne(h); !s)
            return s;
    }
    return writeSearchBatch();
}

Result<qint64> HouseholdRepository::countSearch(const HouseholdFilter& filter)
{
    const SearchTerm term = searchTerm(filter);
    const QString key = term.column + QLatin1Char('\n') + term.text + QLatin1Char('\n') + filter.villageCode;
    if (m_lastSearchCount.key == key)
        return m_lastSearchCount.count;
    // One document a household: the index counts the households itself. Without it (an older
    // schema, an ID fragment of one or two digits): the covering index members_search is ordered by
    // household, so distinct households stream out of one scan of it, without the wide member rows.
    QSqlQuery& q =
        m_sql.get(QStringLiteral("SELECT count(*), %1 FROM (%2 LIMIT ?)")
                      .arg(!term.match.isEmpty() ? QStringLiteral("json_group_array(rowid)") : QStringLiteral("NULL"))
                      .arg(!term.match.isEmpty()
                               ? QStringLiteral("SELECT rowid FROM household_search WHERE household_search MATCH ?")
                           : filter.villageCode.isEmpty()
                               ? QStringLiteral(
                                     "SELECT DISTINCT household_id FROM members WHERE deleted = 0 AND instr(%1, ?) > 0")
                                     .arg(term.column)
                               : QStringLiteral("SELECT DISTINCT m.household_id FROM members m JOIN households h ON "
                                                "h.id = m.household_id WHERE m.deleted = 0 AND instr(m.%1, ?) > 0 AND "
                                                "h.village_code = ?")
                                     .arg(term.column)));
    if (!term.match.isEmpty()) {
        q.addBindValue(term.match);
    } else {
        q.addBindValue(term.text);
        if (!filter.villageCode.isEmpty())
            q.addBindValue(filter.villageCode);
    }
    q.addBindValue(m_tuning.countsUpTo + 1);
    if (!q.exec() || !q.next())
        return failedQuery(q).error();
    const qint64 n = q.value(0).toLongLong();
    m_lastSearchCount = {key, n, n <= m_tuning.countsUpTo ? q.value(1).toString() : QString()};
    q.finish();
    return n;
}

Result<QString> HouseholdRepository::whereClause(const HouseholdFilter& filter, QVariantList* binds)
{
    QString where = QStringLiteral(" WHERE h.deleted = 0");
    if (!filter.villageCode.isEmpty()) {
        where += QStringLiteral(" AND h.village_code = ?");
        binds->append(filter.villageCode);
    }
    if (filter.search.trimmed().isEmpty())
        return where;
    const auto search = searchCondition(filter, binds);
    if (!search)
        return search.error();
    return QString(where + *search);
}

Result<QString> HouseholdRepository::searchCondition(const HouseholdFilter& filter, QVariantList* binds)
{
    const SearchTerm term = searchTerm(filter);
    const auto matching = countSearch(filter);
    if (!matching)
        return matching.error();
    QString where;
    // How the list keeps the matching households (o is its household_order):
    // - from the index, few or not listed by name: their search ids, looked up and sorted;
    // - from the index, more, listed by name (walksNameOrder): the list walks its name order and
    //   keeps those among the ids collected once (the "+" keeps SQLite from looking each one up);
    // - very many, where collecting them is slow (the first digits of an ID number: a phrase of
    //   runs that every household's document holds; a name's first initial alone: most households),
    //   or without the index: the walk asks each household's members, and stops as soon as a page
    //   is full (in every village: the index knows the village). Tens of thousands of households
    //   with a surname or a pair of initials are one short list of the index, quicker collected;
    // - without the index, few: the members' households, collected once.
    const bool walks = walksNameOrder(filter, *matching);
    const bool slowToCollect = term.column == QLatin1String("id_number") ||
                               (term.column == QLatin1String("name_initials") && term.text.size() == 1);
    // (Asking the members knows no village: a village's matches are always collected.)
    const bool asksMembers = walks && *matching >= m_tuning.denseFrom && filter.villageCode.isEmpty() &&
                             (slowToCollect || term.match.isEmpty());
    if (!term.match.isEmpty() && !asksMembers) {
        // The households the count found, when it found them all, rather than searching again.
        const bool counted = !m_lastSearchCount.searchIds.isEmpty();
        where +=
            QStringLiteral(" AND %1o.search_id IN (%2)")
                .arg(walks ? QStringLiteral("+") : QString(),
                     counted ? QStringLiteral("SELECT value FROM json_each(?)")
                             : QStringLiteral("SELECT rowid FROM household_search WHERE household_search MATCH ?"));
        binds->append(counted ? m_lastSearchCount.searchIds : term.match);
    } else if (walks) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM members m WHERE m.household_id = o.household_id AND "
                                "m.deleted = 0 AND instr(m.%1, ?) > 0)")
                     .arg(term.column);
        binds->append(term.text);
    } else {
        where += QStringLiteral(" AND h.id IN (SELECT household_id FROM members WHERE deleted = 0 AND "
                                "instr(%1, ?) > 0)")
                     .arg(term.column);
        binds->append(term.text);
    }
    return where;
}

bool HouseholdRepository::walksNameOrder(const HouseholdFilter& filter, qint64 matching)
{
    if (filter.sortKey != HouseholdFilter::SortKey::HeadName || matching < m_tuning.rankedBelow)
        return false;
    // Looking the matches up and sorting them costs some 4 µs each; walking keeps one in every
    // households/matching of some 0.6 µs steps (the name order's index is wide), 200 times for a
    // page. Even at about sqrt(25 × households): some 2,200 matches among 192,000 households,
    // 1,200 among 58,000 (measured at city scale, bench_search). (The highest search id counts
    // the households closely enough: deleted ones keep theirs.)
    if (m_households < 0) {
        QSqlQuery& q = m_sql.get(m_keepsSearch ? QStringLiteral("SELECT max(search_id) FROM household_order")
                                               : QStringLiteral("SELECT count(*) FROM households"));
        m_households = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    }
    return double(matching) * double(matching) >= m_tuning.walkFactor * double(m_households);
}

Result<qint64> HouseholdRepository::count(const HouseholdFilter& requested)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    const HouseholdFilter filter = visible(requested);
    if (!filter.search.trimmed().isEmpty())
        return countSearch(filter);
    QVariantList binds;
    const auto where = whereClause(filter, &binds);
    if (!where)
        return where.error();
    QSqlQuery& q = m_sql.get(QStringLiteral("SELECT count(*) FROM households h") + *where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failedQuery(q).error();
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QList<HouseholdSummary>> HouseholdRepository::list(const HouseholdFilter& requested, qint64 offset, qint64 limit)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    const HouseholdFilter filter = visible(requested);
    QVariantList binds;
    const auto where = whereClause(filter, &binds);
    if (!where)
        return where.error();
    const bool searching = !filter.search.trimmed().isEmpty();
    const SearchTerm term = searching ? searchTerm(filter) : SearchTerm{};
    qint64 matching = 0;
    if (searching) {
        const auto counted = countSearch(filter); // remembered: whereClause counted it
        if (!counted)
            return counted.error();
        matching = *counted;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const bool byName = filter.sortKey == HouseholdFilter::SortKey::HeadName;
    QString order = sortColumn(filter.sortKey) + direction +
                    (byName ? QStringLiteral(", o.household_id") + direction
                            : QStringLiteral(", o.head_name_key, h.id")); // within a village: by name
    // Everyone by name walks the order's index itself: no sorting of 58,000 rows for a first page;
    // so does a search matching many, keeping the matches as it goes.
    const bool walkOrder = byName && (!searching || walksNameOrder(filter, matching));
    QString from = walkOrder
                       ? QStringLiteral(" FROM household_order o CROSS JOIN households h ON h.id = o.household_id")
                       : QStringLiteral(" FROM households h JOIN household_order o ON o.household_id = h.id");
    QString page = QStringLiteral(" LIMIT ? OFFSET ?");
    QString outerWhere = *where;
    // In the list's own order (not a column the clerk sorted by), a search ranks what a clerk
    // means first: the head's whole name, another member's whole name, a head, then the others.
    // Over many matches (a surname) the plain order keeps the first page quick. Each rank is worked
    // out for every match before the sort: the head's columns answer all but the second.
    const bool ranked = searching && byName && !filter.descending && matching < m_tuning.rankedBelow;
    // A search of the index in name order picks the page from household_order alone (its index
    // holds the order and the search ids; the index knows the village and only live households),
    // then reads just the page's households, not every match's.
    if (searching && !term.match.isEmpty() && byName && !ranked) {
        binds.clear();
        const auto search = searchCondition(filter, &binds);
        if (!search)
            return search.error();
        from = QStringLiteral(" FROM (SELECT o.household_id, o.head_name_key FROM household_order o WHERE 1") +
               *search + QStringLiteral(" ORDER BY ") + order + page +
               QStringLiteral(") o CROSS JOIN households h ON h.id = o.household_id");
        outerWhere.clear();
        page.clear();
        binds << limit << offset;
    }
    if (ranked) {
        QString headMatches;
        if (term.column == QLatin1String("name"))
            headMatches = QStringLiteral("instr(h.head_name, ?) > 0");
        else if (term.column == QLatin1String("id_number"))
            headMatches = QStringLiteral("instr(h.head_id_number, ?) > 0");
        else
            headMatches =
                QStringLiteral("EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id AND m.deleted = 0 "
                               "AND m.relation = 'head' AND instr(m.%1, ?) > 0)")
                    .arg(term.column);
        order = QStringLiteral("CASE WHEN h.head_name = ? THEN 0 WHEN EXISTS (SELECT 1 FROM members m WHERE "
                               "m.household_id = h.id AND m.deleted = 0 AND m.name = ?) THEN 1 WHEN ") +
                headMatches + QStringLiteral(" THEN 2 ELSE 3 END, ") + order;
    }
    QSqlQuery& q =
        m_sql.get(QStringLiteral("SELECT h.id, h.village_code, v.name, h.residence, h.head_name, h.head_id_number, "
                                 "h.member_count, h.status, h.address") +
                  from + QStringLiteral(" JOIN villages v ON v.code = h.village_code") + outerWhere +
                  QStringLiteral(" ORDER BY ") + order + page);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (ranked) {
        q.addBindValue(filter.search.trimmed());
        q.addBindValue(filter.search.trimmed());
        q.addBindValue(term.text);
    }
    if (!page.isEmpty()) {
        q.addBindValue(limit);
        q.addBindValue(offset);
    }
    if (!q.exec())
        return failedQuery(q).error();
    QList<HouseholdSummary> out;
    out.reserve(limit);
    while (q.next()) {
        HouseholdSummary s;
        s.id = q.value(0).toString();
        s.villageCode = q.value(1).toString();
        s.villageName = q.value(2).toString();
        s.residence = Vocabulary::residenceFromCode(q.value(3).toString()).value_or(Residence::Rural);
        s.headName = q.value(4).toString();
        s.headIdNumber = q.value(5).toString();
        s.memberCount = q.value(6).toInt();
        s.status = Vocabulary::statusFromCode(q.value(7).toString()).value_or(HouseholdStatus::None);
        s.address = q.value(8).toString();
        out.append(s);
    }
    q.finish();
    if (!searching || out.isEmpty())
        return out;
    // Who matched, for the page only (in the query it would be worked out for every match before
    // the sort), from the covering index members_search: nothing to add when the head matched
    // (told by the ID number the household keeps of its head); else the other who matched, the
    // first in the form's order when several did (asked apart: it is rare).
    QString marks = QStringLiteral("?");
    for (qsizetype i = 1; i < out.size(); ++i)
        marks += QStringLiteral(", ?");
    QSqlQuery& who = m_sql.get(QStringLiteral("SELECT household_id, name, id_number FROM members WHERE household_id IN "
                                              "(%1) AND deleted = 0 AND instr(%2, ?) > 0")
                                   .arg(marks, term.column));
    for (const HouseholdSummary& s : out)
        who.addBindValue(s.id);
    who.addBindValue(term.text);
    if (!who.exec())
        return failedQuery(who).error();
    QHash<QString, QStringList> others; // household → the others who matched
    QSet<QString> headMatched;
    QHash<QString, QString> heads;
    for (const HouseholdSummary& s : std::as_const(out))
        heads.insert(s.id, s.headIdNumber);
    while (who.next()) {
        const QString household = who.value(0).toString();
        if (who.value(2).toString() == heads.value(household))
            headMatched.insert(household);
        else
            others[household].append(who.value(1).toString());
    }
    who.finish();
    for (HouseholdSummary& s : out) {
        const QStringList matchedOthers = others.value(s.id);
        if (headMatched.contains(s.id) || matchedOthers.isEmpty())
            continue;
        if (matchedOthers.size() == 1) {
            if (matchedOthers.first() != s.headName) // a namesake of the head adds nothing
                s.matchedMember = matchedOthers.first();
            continue;
        }
        QSqlQuery& first = m_sql.get(QStringLiteral("SELECT name FROM members WHERE household_id = ? AND deleted = 0 "
                                                    "AND relation <> 'head' AND instr(%1, ?) > 0 ORDER BY position "
                                                    "LIMIT 1")
                                         .arg(term.column));
        first.addBindValue(s.id);
        first.addBindValue(term.text);
        if (!first.exec())
            return failedQuery(first).error();
        if (first.next() && first.value(0).toString() != s.headName)
            s.matchedMember = first.value(0).toString();
        first.finish();
    }
    return out;
}

Result<QHash<QString, StatusCount>> HouseholdRepository::countByStatus()
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    QVariantList binds;
    const auto where = whereClause(visible({}), &binds);
    if (!where)
        return where.error();
    QSqlQuery& q = m_sql.get(QStringLiteral("SELECT h.status, count(*), coalesce(sum((SELECT count(*) FROM members m "
                                            "WHERE m.household_id = h.id AND m.deleted = 0)), 0) FROM households h") +
                             *where + QStringLiteral(" GROUP BY h.status"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failedQuery(q).error();
    QHash<QString, StatusCount> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

Result<QHash<QString, QString>> HouseholdRepository::headNames(const QStringList& ids)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    QHash<QString, QString> out;
    QSqlQuery& q = m_sql.get(QStringLiteral("SELECT head_name, village_code FROM households WHERE id = ?"));
    for (const QString& id : ids) {
        if (out.contains(id))
            continue;
        q.addBindValue(id);
        if (!q.exec())
            return failedQuery(q).error();
        if (q.next() && m_session.maySeeVillage(q.value(1).toString()))
            out.insert(id, q.value(0).toString());
        q.finish();
    }
    return out;
}

Result<qint64> HouseholdRepository::memberCount()
{
    QSqlQuery& q = m_sql.get(QStringLiteral("SELECT count(*) FROM members WHERE deleted = 0"));
    if (!q.exec() || !q.next())
        return failedQuery(q).error();
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace Doudi
