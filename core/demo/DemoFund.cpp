#include "DemoFund.h"

#include "fund/FundLedger.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace Doudi {

namespace {

const QStringList kEmergencyReasons = {QStringLiteral("房屋失火，生活用品损毁"),
                                       QStringLiteral("突发重病住院，家庭生活陷入困境"),
                                       QStringLiteral("交通事故致主要劳动力受伤"), QStringLiteral("暴雨致房屋受损"),
                                       QStringLiteral("家庭成员意外死亡，丧葬后生活困难")};
const QStringList kExpenditureReasons = {QStringLiteral("医疗费用自付部分过高"),
                                         QStringLiteral("子女上学费用超出承受能力"),
                                         QStringLiteral("慢性病长期服药支出大"), QStringLiteral("残疾康复费用支出大")};

} // namespace

DemoFund::DemoFund(QRandomGenerator& random, QDate today)
    : m_random(random)
    , m_today(today)
{}

Status DemoFund::fill(Database& database, const QStringList& householdIds)
{
    {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM fund_entries")) && q.next() && q.value(0).toLongLong() > 0)
            return success();
    }
    if (householdIds.isEmpty())
        return success();
    FundLedger supervisor(database, Session::bootstrap(QStringLiteral("supervisor")));
    FundLedger clerk(database, Session::bootstrap(QStringLiteral("clerk1")));
    const Session approver = Session::bootstrap(QStringLiteral("supervisor"));
    // A payment or so a month for a small township, eight for a large one.
    const int perMonth = std::clamp(int(householdIds.size() / 50) + 1, 1, 8);
    const qint64 quota = std::max<qint64>(2000000, qint64(perMonth) * 12 * 90000);

    for (int year = m_today.year() - 1; year <= m_today.year(); ++year) {
        if (Status s =
                supervisor.setQuota(year, quota, QStringLiteral("临民发〔%1〕12号").arg(year), QDate(year, 1, 4));
            !s)
            return s;
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            if (first > m_today)
                break;
            // Half the quota advanced in January (预拨), then the month's payments.
            if (month == 1) {
                const auto id = supervisor.allocate(quota / 2, QStringLiteral("临财社〔%1〕%2号").arg(year).arg(3),
                                                    first.addDays(5));
                if (!id)
                    return id.error();
            }
            qint64 paidThisMonth = 0;
            // Paid in date order, so that voucher numbers follow the days as they would at the desk.
            QList<QDate> days;
            for (int i = 0; i < perMonth; ++i)
                days.append(first.addDays(between(6, first.daysInMonth() - 1)));
            std::sort(days.begin(), days.end());
            for (const QDate& date : days) {
                if (date > m_today)
                    continue;
                FundLedger::Payment p;
                p.householdId = householdIds.at(m_random.bounded(int(householdIds.size())));
                const bool emergency = chance(60);
                p.reasonType = emergency ? QStringLiteral("emergency") : QStringLiteral("expenditure");
                const QStringList& reasons = emergency ? kEmergencyReasons : kExpenditureReasons;
                p.reason = reasons.at(m_random.bounded(int(reasons.size())));
                const int method = between(1, 10);
                p.method = method <= 4   ? QStringLiteral("cash")
                           : method <= 9 ? QStringLiteral("bank")
                                         : QStringLiteral("in_kind");
                p.amountFen = between(3, 28) * 5000;
                p.date = date;
                // Now and then a larger case, approved by the supervisor.
                const bool large = chance(10);
                if (large)
                    p.amountFen = between(16, 40) * 10000;
                const auto id = clerk.pay(p, large ? &approver : nullptr);
                if (!id) {
                    // The once-a-year rule or the balance said no, as it would at the desk.
                    if (id.error().kind() == Error::Kind::Failed)
                        continue;
                    return id.error();
                }
                paidThisMonth += p.amountFen;
                if (chance(3)) {
                    const auto reversal = supervisor.reverse(*id, QStringLiteral("金额录入错误，重新登记"), date);
                    if (!reversal)
                        return reversal.error();
                    paidThisMonth -= p.amountFen;
                    continue;
                }
                // Paperwork comes in within the week, except for this year's last fortnight (a year
                // closes only with all its paperwork in).
                if (emergency && (date.year() < m_today.year() || date.daysTo(m_today) > 14)) {
                    const QDate handedIn = std::min(date.addDays(between(1, 8)), m_today);
                    if (Status s = clerk.completePaperwork(*id, handedIn, QStringLiteral("申请书、身份证明、事由证明"));
                        !s)
                        return s;
                }
            }
            // After the statement, the city refills what was paid (报账后补充).
            const QDate statementDay = first.addMonths(1).addDays(4);
            if (paidThisMonth > 0 && statementDay <= m_today) {
                const auto id = supervisor.allocate(
                    paidThisMonth, QStringLiteral("临财社补〔%1〕%2号").arg(year).arg(month), statementDay, true);
                if (!id)
                    return id.error();
            }
        }
        if (year < m_today.year()) {
            if (Status s = supervisor.closeYear(year, false); !s)
                return s;
        }
    }
    return success();
}

} // namespace Doudi
