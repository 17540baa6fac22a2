#include "Recipients.h"

#include "payments/ApprovedAmounts.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"

#include <QCollator>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Doudi {

namespace {

// What the record pays one household for a month.
struct Paid
{
    QString householdId;
    QString classification;
    int persons = 0;
    qint64 baseFen = 0;
    qint64 careFen = 0;
    qint64 incrementsFen = 0;
    qint64 totalFen = 0;
    QString bankAccount;
    QString state;
    QString batchNumber;
};

// The households that may be paid, read once, and the villages' names.
struct Register
{
    QHash<QString, Household> households;
    QHash<QString, QString> villageNames;
};

Result<Register> readRegister(Database& database, const Session& session)
{
    Register r;
    auto loaded = HouseholdRepository(database, session).loadReceiving();
    if (!loaded)
        return loaded.error();
    for (Household& h : *loaded)
        r.households.insert(h.uuid, std::move(h));
    r.villageNames = SiteRepository(database, session).villageNames();
    return r;
}

// Lines of batches for `month`: `where` picks which (the approved batches' payments not returned,
// or one batch's lines).
Result<QList<Paid>> readPayments(Database& database, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.household_id, p.classification, p.persons, p.base_fen, p.care_fen, "
                             "p.increments_fen, p.amount_fen, p.bank_account, p.state, b.number FROM payments p "
                             "JOIN payment_batches b ON b.id = p.batch_id WHERE ") +
              where + QStringLiteral(" ORDER BY p.line"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(Recipients::tr("Cannot read the payments: %1").arg(StorageError::describe(q.lastError())));
    QList<Paid> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString()});
    return out;
}

Result<QList<Paid>> approvedInForce(const QHash<QString, ApprovedAmount>& inEffect, const Register& reg)
{
    QList<Paid> out;
    for (const ApprovedAmount& a : inEffect) {
        if (!a.pays())
            continue;
        out.append({a.householdId, a.classification, a.persons, a.baseFen, a.careFen, a.incrementsFen, a.totalFen,
                    reg.households.value(a.householdId).bankAccount, QString(), QString()});
    }
    return out;
}

enum class Purpose
{
    Paid,      // what was paid for the month (statistics, dashboard)
    Roster,    // the list signed at payment
    Supplement // the month's supplement (补发), signed too
};

// `propose`: evaluate the rules for each recipient too (the review flag, the 增发 rates); the
// dashboard's earlier months do without.
Result<Recipients::List> build(Database& database, const Session& session, const Register& reg, const QDate& first,
                               const QString& villageCode, Purpose purpose, bool propose = true)
{
    const QString month = first.toString(QStringLiteral("yyyy-MM"));
    Recipients::List list;
    const auto inEffect = ApprovedAmounts(database, session).inEffect(month);
    if (!inEffect)
        return inEffect.error();
    Result<QList<Paid>> paid = QList<Paid>();
    if (purpose == Purpose::Paid) {
        paid = readPayments(database,
                            QStringLiteral("p.for_month = ? AND b.state = 'approved' AND p.state <> 'failed' AND "
                                           "EXISTS (SELECT 1 FROM payment_batches r WHERE r.month = ? AND "
                                           "r.kind = 'regular' AND r.state = 'approved')"),
                            {month, month});
        list.source = Recipients::Source::Batches;
        if (paid && paid->isEmpty()) {
            paid = readPayments(database, QStringLiteral("b.month = ? AND b.kind = 'regular' AND b.state = 'prepared'"),
                                {month});
            list.source = Recipients::Source::Prepared;
        }
    } else {
        paid = readPayments(
            database, QStringLiteral("b.month = ? AND b.kind = ?"),
            {month, purpose == Purpose::Supplement ? QStringLiteral("supplement") : QStringLiteral("regular")});
        list.source = Recipients::Source::Batches;
    }
    if (!paid)
        return paid.error();
    if (paid->isEmpty() && purpose != Purpose::Supplement) {
        paid = approvedInForce(*inEffect, reg);
        list.source = Recipients::Source::Approved;
    }
    const auto policy = PolicyRepository(database, session).inForce(first);
    if (policy)
        list.policyId = policy->policy.id;
    // A household paid twice for the month (a returned payment paid again) counts once.
    QHash<QString, qsizetype> index;
    for (const Paid& p : *paid) {
        const auto h = reg.households.constFind(p.householdId);
        if (h == reg.households.cend() || (!villageCode.isEmpty() && h->villageCode != villageCode))
            continue; // not the session's to see, or another village
        if (!p.batchNumber.isEmpty() && !list.batchNumbers.contains(p.batchNumber))
            list.batchNumbers.append(p.batchNumber);
        if (const auto it = index.constFind(p.householdId); it != index.cend()) {
            Recipient& r = list.recipients[*it];
            r.baseFen += p.baseFen;
            r.careFen += p.careFen;
            r.incrementsFen += p.incrementsFen;
            r.totalFen += p.totalFen;
            continue;
        }
        Recipient r;
        r.household = *h;
        r.villageName = reg.villageNames.value(h->villageCode, h->villageCode);
        r.classification = DeterminationJson::classificationFromCode(p.classification).value_or(Classification::Dibao);
        r.persons = p.persons;
        r.baseFen = p.baseFen;
        r.careFen = p.careFen;
        r.incrementsFen = p.incrementsFen;
        r.totalFen = p.totalFen;
        r.bankAccount = p.bankAccount;
        r.paymentState = p.state;
        r.batchNumber = p.batchNumber;
        const ApprovedAmount decision = inEffect->value(p.householdId);
        r.startedThisMonth = decision.effectiveFrom == month && decision.source != QLatin1String("record");
        r.approvedFen = decision.pays() ? decision.totalFen : 0;
        r.approvedSince = decision.effectiveFrom;
        if (policy && propose) {
            if (auto d = Evaluator::evaluate(policy->policy, *h, month))
                r.proposed = std::move(d).value();
        }
        if (r.proposed && r.proposed->totalFen != r.approvedFen && r.approvedFen > 0)
            ++list.differFromTheRules;
        index.insert(p.householdId, list.recipients.size());
        list.recipients.append(std::move(r));
    }
    // By village, then the head's name in pinyin order. Each name is collated once into a key, not
    // at each of the sort's comparisons (20,000 recipients: some 300,000 of them).
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::vector<QCollatorSortKey> keys;
    keys.reserve(list.recipients.size());
    for (const Recipient& r : std::as_const(list.recipients)) {
        const Member* head = r.household.head();
        keys.push_back(pinyin.sortKey(head ? head->name : QString()));
    }
    std::vector<qsizetype> order(list.recipients.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const QString& villageA = list.recipients[a].household.villageCode;
        const QString& villageB = list.recipients[b].household.villageCode;
        if (villageA != villageB)
            return villageA < villageB;
        return keys[a].compare(keys[b]) < 0;
    });
    QList<Recipient> sorted;
    sorted.reserve(list.recipients.size());
    for (const qsizetype i : order)
        sorted.append(std::move(list.recipients[i]));
    list.recipients = std::move(sorted);
    return list;
}

Result<Recipients::List> forOneMonth(Database& database, const Session& session, int year, int month,
                                     const QString& villageCode, Purpose purpose)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error::invalid(QStringLiteral("month"), Recipients::tr("must be a month written YYYY-MM"));
    const auto reg = readRegister(database, session);
    if (!reg)
        return reg.error();
    return build(database, session, *reg, first, villageCode, purpose);
}

} // namespace

Result<Recipients::List> Recipients::forMonth(Database& database, const Session& session, int year, int month,
                                              const QString& villageCode)
{
    return forOneMonth(database, session, year, month, villageCode, Purpose::Paid);
}

Result<Recipients::List> Recipients::forRoster(Database& database, const Session& session, int year, int month,
                                               const QString& villageCode, bool supplement)
{
    return forOneMonth(database, session, year, month, villageCode, supplement ? Purpose::Supplement : Purpose::Roster);
}

Result<QList<Recipients::List>> Recipients::forMonths(Database& database, const Session& session, const QDate& first,
                                                      int count)
{
    const auto reg = readRegister(database, session);
    if (!reg)
        return reg.error();
    QList<List> months;
    for (int i = 0; i < count; ++i) {
        // Only the last month is read for what the rules would change.
        auto list = build(database, session, *reg, QDate(first.year(), first.month(), 1).addMonths(i), QString(),
                          Purpose::Paid, i == count - 1);
        if (!list)
            return list.error();
        months.append(std::move(list).value());
    }
    return months;
}

QList<Recipient> Recipients::differingFromTheRules(const List& list)
{
    QList<Recipient> out;
    for (const Recipient& r : list.recipients) {
        if (r.proposed && r.approvedFen > 0 && r.proposed->totalFen != r.approvedFen)
            out.append(r);
    }
    return out;
}

namespace {

template <typename Key, typename KeyOf, typename LabelOf>
QList<RecipientCount> countBy(const Recipients::List& list, KeyOf keyOf, LabelOf labelOf)
{
    QMap<Key, RecipientCount> counts;
    for (const Recipient& r : list.recipients) {
        RecipientCount& c = counts[keyOf(r)];
        if (c.households == 0)
            c.label = labelOf(r);
        c.households += 1;
        c.persons += r.persons; // a 单人户 household counts its one covered person
        c.fen += r.totalFen;
    }
    return counts.values();
}

} // namespace

QList<RecipientCount> Recipients::countByClassification(const List& list)
{
    return countBy<int>(
        list, [](const Recipient& r) { return int(r.classification); },
        [](const Recipient& r) { return DeterminationJson::classificationLabel(r.classification); });
}

QList<RecipientCount> Recipients::countByVillage(const List& list)
{
    return countBy<QString>(
        list, [](const Recipient& r) { return r.household.villageCode; },
        [](const Recipient& r) { return r.villageName; });
}

} // namespace Doudi
