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

Result<Recipients::List> Recipients::forMonth(Database& database, const Session& session, int year, int month,
                                              const QString& villageCode)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    const QString monthText = first.toString(QStringLiteral("yyyy-MM"));
    const auto policy = PolicyRepository(database, session).inForce(first);
    if (!policy)
        return policy.error();

    // Applications approved with payment starting by this month; those starting this month are new.
    QHash<QString, QString> paymentFrom;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT household_id, max(payment_from) FROM cases WHERE deleted = 0 AND state = 'active' "
                             "AND payment_from IS NOT NULL AND payment_from <= ? GROUP BY household_id"));
    q.addBindValue(monthText);
    if (!q.exec())
        return Error::failed(tr("Cannot read the cases: %1").arg(q.lastError().text()));
    while (q.next())
        paymentFrom.insert(q.value(0).toString(), q.value(1).toString());

    auto households = HouseholdRepository(database, session).loadReceiving();
    if (!households)
        return households.error();
    QHash<QString, QString> villageNames;
    if (const auto villages = SiteRepository(database, session).villages()) {
        for (const Village& v : *villages)
            villageNames.insert(v.code, v.name);
    }
    List list;
    list.policyId = policy->policy.id;
    for (Household& h : *households) {
        if (!villageCode.isEmpty() && h.villageCode != villageCode)
            continue;
        const bool recorded = h.status != HouseholdStatus::None;
        const bool approved = paymentFrom.contains(h.uuid);
        if (!recorded && !approved)
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
        r.startedThisMonth = paymentFrom.value(h.uuid) == monthText;
        r.household = std::move(h);
        list.recipients.append(std::move(r));
    }
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(list.recipients.begin(), list.recipients.end(), [&pinyin](const Recipient& a, const Recipient& b) {
        if (a.household.villageCode != b.household.villageCode)
            return a.household.villageCode < b.household.villageCode;
        const Member* ha = a.household.head();
        const Member* hb = b.household.head();
        return pinyin.compare(ha ? ha->name : QString(), hb ? hb->name : QString()) < 0;
    });
    return list;
}

} // namespace Doudi
