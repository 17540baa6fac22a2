#include "PriceSubsidyPayments.h"

#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

Result<QList<PriceSubsidyLine>> PriceSubsidyPayments::paid(Database& database, const Session& session,
                                                           const QString& month, const QString& villageCode)
{
    if (Status s = session.require(Action::ViewHouseholds); !s)
        return s.error();
    struct Payment
    {
        QString category;
        qint64 amountFen = 0;
    };
    QHash<QString, Payment> byMember;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT member_id, category, amount_fen FROM price_subsidy_payments WHERE month = ?"));
    q.addBindValue(month);
    if (!q.exec())
        return Error::failed(tr("Cannot read the price subsidy paid: %1").arg(StorageError::describe(q.lastError())));
    while (q.next())
        byMember.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()});
    if (byMember.isEmpty())
        return QList<PriceSubsidyLine>();

    auto households = HouseholdRepository(database, session).loadPaidPriceSubsidy(month);
    if (!households)
        return households.error();
    if (!villageCode.isEmpty())
        households->removeIf([&villageCode](const Household& h) { return h.villageCode != villageCode; });
    QList<PriceSubsidyLine> lines;
    for (const Household& h : std::as_const(*households)) {
        for (qsizetype m = 0; m < h.members.size(); ++m) {
            const Member& member = h.members.at(m);
            const auto payment = byMember.constFind(member.uuid);
            if (payment == byMember.cend())
                continue;
            PriceSubsidyLine line;
            line.householdId = h.uuid;
            line.memberId = member.uuid;
            line.member = int(m);
            line.name = member.name;
            line.idNumber = member.idNumber;
            line.villageCode = h.villageCode;
            line.headName = h.head() ? h.head()->name : QString();
            line.bankAccount = h.bankAccount;
            line.category = payment->category;
            line.amountFen = payment->amountFen;
            line.alreadyPaid = true;
            lines.append(line);
        }
    }
    PriceSubsidyRun::sortAsSigned(lines);
    return lines;
}

} // namespace Doudi
