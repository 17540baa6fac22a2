#include "Recipients.h"

#include "rules/Evaluator.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Doudi {

namespace {

// Who is paid and how much in one month, from households already read.
Result<Recipients::List> evaluate(Database& database, const Session& session, const QList<Household>& households,
                                  const QHash<QString, QString>& paymentFrom,
                                  const QHash<QString, QString>& villageNames, const QDate& first,
                                  const QString& villageCode)
{
    const QString monthText = first.toString(QStringLiteral("yyyy-MM"));
    const auto policy = PolicyRepository(database, session).inForce(first);
    if (!policy)
        return policy.error();
    Recipients::List list;
    list.policyId = policy->policy.id;
    for (const Household& h : households) {
        if (!villageCode.isEmpty() && h.villageCode != villageCode)
            continue;
        const QString from = paymentFrom.value(h.uuid);
        if (!from.isEmpty() && from > monthText)
            continue; // approved, paid from a later month
        if (h.status == HouseholdStatus::None && from.isEmpty())
            continue;
        const auto d = Evaluator::evaluate(policy->policy, h, monthText);
        const bool paid = d && d->totalFen > 0 &&
                          (d->classification == Classification::Tekun || d->classification == Classification::Dibao ||
                           d->classification == Classification::DibaoGradualExit ||
                           d->classification == Classification::DibaoSinglePerson);
        if (!paid) {
            ++list.zeroUnderTheRules;
            continue;
        }
        Recipient r;
        r.villageName = villageNames.value(h.villageCode, h.villageCode);
        r.determination = *d;
        r.startedThisMonth = from == monthText;
        r.household = h;
        list.recipients.append(std::move(r));
    }
    return list;
}

// The households that may be paid: recorded as receiving help, or with an application being paid,
// and the month each application's payment starts.
Status readReceiving(Database& database, const Session& session, QList<Household>* households,
                     QHash<QString, QString>* paymentFrom, QHash<QString, QString>* villageNames)
{
    QSqlQuery q(database.connection());
    // Approved applications too: their household's status may already say so, but payment starts
    // only with the month after the approval.
    if (!q.exec(QStringLiteral("SELECT household_id, max(payment_from) FROM cases WHERE deleted = 0 AND state IN "
                               "('approved', 'active') AND payment_from IS NOT NULL GROUP BY household_id")))
        return Error::failed(Recipients::tr("Cannot read the cases: %1").arg(q.lastError().text()));
    while (q.next())
        paymentFrom->insert(q.value(0).toString(), q.value(1).toString());
    auto loaded = HouseholdRepository(database, session).loadReceiving();
    if (!loaded)
        return loaded.error();
    *households = std::move(loaded).value();
    if (const auto villages = SiteRepository(database, session).villages()) {
        for (const Village& v : *villages)
            villageNames->insert(v.code, v.name);
    }
    return success();
}

} // namespace

Result<Recipients::List> Recipients::forMonth(Database& database, const Session& session, int year, int month,
                                              const QString& villageCode)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    QList<Household> households;
    QHash<QString, QString> paymentFrom;
    QHash<QString, QString> villageNames;
    if (Status s = readReceiving(database, session, &households, &paymentFrom, &villageNames); !s)
        return s.error();
    auto list = evaluate(database, session, households, paymentFrom, villageNames, first, villageCode);
    if (!list)
        return list;
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(list->recipients.begin(), list->recipients.end(),
                     [&pinyin](const Recipient& a, const Recipient& b) {
                         if (a.household.villageCode != b.household.villageCode)
                             return a.household.villageCode < b.household.villageCode;
                         const Member* ha = a.household.head();
                         const Member* hb = b.household.head();
                         return pinyin.compare(ha ? ha->name : QString(), hb ? hb->name : QString()) < 0;
                     });
    return list;
}

Result<QList<Recipients::List>> Recipients::forMonths(Database& database, const Session& session, const QDate& first,
                                                      int count)
{
    QList<Household> households;
    QHash<QString, QString> paymentFrom;
    QHash<QString, QString> villageNames;
    if (Status s = readReceiving(database, session, &households, &paymentFrom, &villageNames); !s)
        return s.error();
    QList<List> months;
    for (int i = 0; i < count; ++i) {
        // A month before any policy was in force pays nobody.
        auto list = evaluate(database, session, households, paymentFrom, villageNames,
                             QDate(first.year(), first.month(), 1).addMonths(i), QString());
        months.append(list ? std::move(list).value() : List());
    }
    return months;
}

} // namespace Doudi
