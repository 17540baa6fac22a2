#include "PaymentBatches.h"

#include "Clock.h"
#include "domain/Money.h"
#include "payments/ApprovedAmounts.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Doudi {

namespace {

QString now()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isMonth(const QString& month)
{
    return month.size() == 7 && Evaluator::firstDayOfMonth(month).isValid();
}

QString previousMonth(const QString& month)
{
    return Evaluator::firstDayOfMonth(month).addMonths(-1).toString(QStringLiteral("yyyy-MM"));
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// What a batch needs to know of each live household with an approved amount, and of each village.
struct Register
{
    struct Household
    {
        QString villageCode;
        QString headName;
        QString bankAccount;
    };
    QHash<QString, Household> households;
    QHash<QString, QString> villageNames;
};

Result<Register> readRegister(Database& database, const Session& session)
{
    Register r;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Only households a decision ever paid can have a line or a difference: in a township of
    // 20,000 households one in ten, and reading the others cost each batch 30 ms.
    if (!q.exec(QStringLiteral("SELECT id, village_code, head_name, bank_account FROM households WHERE deleted = 0 "
                               "AND id IN (SELECT household_id FROM approved_amounts)")))
        return Error::failed(
            PaymentBatches::tr("Cannot read the households: %1").arg(StorageError::describe(q.lastError())));
    while (q.next())
        r.households.insert(q.value(0).toString(),
                            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    r.villageNames = SiteRepository(database, session).villageNames();
    return r;
}

PaymentLine lineFor(const ApprovedAmount& a, const QString& forMonth, const Register& r)
{
    const Register::Household& h = r.households.value(a.householdId);
    PaymentLine line;
    line.householdId = a.householdId;
    line.villageCode = h.villageCode;
    line.villageName = r.villageNames.value(h.villageCode, h.villageCode);
    line.headName = h.headName;
    line.forMonth = forMonth;
    line.classification = a.classification;
    line.persons = a.persons;
    line.baseFen = a.baseFen;
    line.careFen = a.careFen;
    line.incrementsFen = a.incrementsFen;
    line.amountFen = a.totalFen;
    line.approvedAmountId = a.id;
    line.accountHolder = h.headName;
    line.bankAccount = h.bankAccount;
    return line;
}

const QString kLineColumns = QStringLiteral(
    "p.id, p.line, p.reference, p.household_id, p.village_code, p.for_month, p.classification, p.persons, p.base_fen, "
    "p.care_fen, p.increments_fen, p.amount_fen, p.approved_amount_id, coalesce(p.replaces, ''), p.account_holder, "
    "p.bank_account, p.state, p.failure_reason, p.settled_at, p.settled_by, coalesce(h.head_name, '')");

PaymentLine readLine(const QSqlQuery& q)
{
    PaymentLine l;
    l.id = q.value(0).toString();
    l.line = q.value(1).toInt();
    l.reference = q.value(2).toString();
    l.householdId = q.value(3).toString();
    l.villageCode = q.value(4).toString();
    l.forMonth = q.value(5).toString();
    l.classification = q.value(6).toString();
    l.persons = q.value(7).toInt();
    l.baseFen = q.value(8).toLongLong();
    l.careFen = q.value(9).toLongLong();
    l.incrementsFen = q.value(10).toLongLong();
    l.amountFen = q.value(11).toLongLong();
    l.approvedAmountId = q.value(12).toString();
    l.replaces = q.value(13).toString();
    l.accountHolder = q.value(14).toString();
    l.bankAccount = q.value(15).toString();
    l.state = q.value(16).toString();
    l.failureReason = q.value(17).toString();
    l.settledAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    l.settledBy = q.value(19).toString();
    l.headName = q.value(20).toString();
    return l;
}

const QString kBatchColumns = QStringLiteral(
    "b.id, b.number, b.month, b.kind, b.state, b.lines, b.total_fen, b.digest, b.prepared_at, b.prepared_by, "
    "b.approved_at, b.approved_by, b.paid_in_full_at, b.paid_in_full_by, "
    "(SELECT count(*) FROM payments p WHERE p.batch_id = b.id AND p.state = 'paid'), "
    "(SELECT count(*) FROM payments p WHERE p.batch_id = b.id AND p.state = 'failed'), "
    "(SELECT coalesce(sum(amount_fen), 0) FROM payments p WHERE p.batch_id = b.id AND p.state = 'paid'), "
    "(SELECT coalesce(sum(amount_fen), 0) FROM payments p WHERE p.batch_id = b.id AND p.state = 'failed')");

PaymentBatch readBatch(const QSqlQuery& q)
{
    PaymentBatch b;
    b.id = q.value(0).toString();
    b.number = q.value(1).toString();
    b.month = q.value(2).toString();
    b.kind = q.value(3).toString();
    b.state = q.value(4).toString();
    b.lines = q.value(5).toInt();
    b.totalFen = q.value(6).toLongLong();
    b.digest = q.value(7).toString();
    b.preparedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    b.preparedBy = q.value(9).toString();
    b.approvedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    b.approvedBy = q.value(11).toString();
    b.paidInFullAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    b.paidInFullBy = q.value(13).toString();
    b.paid = q.value(14).toInt();
    b.failed = q.value(15).toInt();
    b.paidFen = q.value(16).toLongLong();
    b.failedFen = q.value(17).toLongLong();
    return b;
}

// Totals by village and by classification, in the order the lines come.
void addTotals(BatchSummary& summary, const QList<PaymentLine>& lines)
{
    QMap<QString, BatchSummary::Total> villages;
    QMap<QString, BatchSummary::Total> kinds;
    QSet<QString> counted; // a supplement may pay a household for several months
    for (const PaymentLine& l : lines) {
        BatchSummary::Total& v = villages[l.villageCode];
        v.key = l.villageCode;
        v.label = l.villageName;
        BatchSummary::Total& k = kinds[l.classification];
        k.key = l.classification;
        k.label = DeterminationJson::classificationLabel(
            DeterminationJson::classificationFromCode(l.classification).value_or(Classification::NotEligible));
        v.fen += l.amountFen;
        k.fen += l.amountFen;
        if (!counted.contains(l.householdId)) {
            counted.insert(l.householdId);
            ++v.households;
            ++k.households;
            v.persons += l.persons;
            k.persons += l.persons;
        }
    }
    summary.byVillage = villages.values();
    summary.byClassification = kinds.values();
}

// Totals, and for a regular batch the differences from the month before, with the decisions in
// force for the batch's month and the register already read.
Result<BatchSummary> summarize(Database& database, const Session& session, const PaymentBatch& batch,
                               const QList<PaymentLine>& lines, const QHash<QString, ApprovedAmount>& decisions,
                               const Register& reg)
{
    BatchSummary summary;
    addTotals(summary, lines);
    if (batch.kind != QLatin1String("regular"))
        return summary;
    // The month before: what its batches paid (not what came back), or before Doudi kept batches,
    // what was approved for it.
    summary.previousMonth = previousMonth(batch.month);
    QHash<QString, qint64> before;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM payment_batches WHERE month = ? AND kind = 'regular'"));
    q.addBindValue(summary.previousMonth);
    if (!q.exec() || !q.next())
        return Error::failed(
            PaymentBatches::tr("Cannot read the payment batches: %1").arg(StorageError::describe(q.lastError())));
    if (q.value(0).toInt() > 0) {
        q.prepare(QStringLiteral("SELECT household_id, sum(amount_fen) FROM payments WHERE for_month = ? "
                                 "AND state <> 'failed' GROUP BY household_id"));
        q.addBindValue(summary.previousMonth);
        if (!q.exec())
            return Error::failed(
                PaymentBatches::tr("Cannot read the payments: %1").arg(StorageError::describe(q.lastError())));
        while (q.next())
            before.insert(q.value(0).toString(), q.value(1).toLongLong());
    } else {
        const auto approved = ApprovedAmounts(database, session).inEffect(summary.previousMonth);
        if (!approved)
            return approved.error();
        for (const ApprovedAmount& a : *approved) {
            if (a.pays())
                before.insert(a.householdId, a.totalFen);
        }
    }
    QHash<QString, qint64> now;
    for (const PaymentLine& l : lines)
        now[l.householdId] += l.amountFen;
    QSet<QString> everyone(now.keyBegin(), now.keyEnd());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        everyone.insert(it.key());
    for (const QString& id : everyone) {
        const qint64 was = before.value(id);
        const qint64 is = now.value(id);
        if (was == is)
            continue;
        const ApprovedAmount decision = decisions.value(id);
        // Left out for want of an account: the decision still pays, the preview says why.
        if (is == 0 && decision.pays())
            continue;
        const Register::Household& h = reg.households.value(id);
        summary.differences.append({was == 0  ? QStringLiteral("new")
                                    : is == 0 ? QStringLiteral("ended")
                                              : QStringLiteral("changed"),
                                    id, h.headName, reg.villageNames.value(h.villageCode, h.villageCode), was, is,
                                    decision.source, decision.caseId, decision.effectiveFrom, decision.decidedOn});
    }
    std::sort(summary.differences.begin(), summary.differences.end(),
              [](const BatchSummary::Difference& a, const BatchSummary::Difference& b) {
                  return std::tie(a.kind, a.villageName, a.headName) < std::tie(b.kind, b.villageName, b.headName);
              });
    return summary;
}

} // namespace

PaymentBatches::PaymentBatches(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_audit(std::make_unique<AuditLog>(database))
{}

PaymentBatches::~PaymentBatches() = default;

QString PaymentBatches::kindLabel(const QString& kind)
{
    return kind == QLatin1String("supplement") ? tr("supplement") : tr("regular");
}

QString PaymentBatches::stateLabel(const QString& state)
{
    if (state == QLatin1String("prepared"))
        return tr("awaiting approval");
    if (state == QLatin1String("approved"))
        return tr("approved");
    if (state == QLatin1String("paid"))
        return tr("paid");
    if (state == QLatin1String("failed"))
        return tr("returned by the bank");
    if (state == QLatin1String("pending"))
        return tr("at the bank");
    return state;
}

QString PaymentBatches::digest(const QList<PaymentLine>& lines)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    for (const PaymentLine& l : lines) {
        const QString text = QStringList{l.reference,
                                         l.householdId,
                                         l.forMonth,
                                         l.classification,
                                         QString::number(l.persons),
                                         QString::number(l.baseFen),
                                         QString::number(l.careFen),
                                         QString::number(l.incrementsFen),
                                         QString::number(l.amountFen),
                                         l.approvedAmountId,
                                         l.replaces,
                                         l.accountHolder,
                                         l.bankAccount}
                                 .join(QLatin1Char('\x1f'));
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<PaymentBatches::Plan> PaymentBatches::compute(const QString& month, const QString& kind,
                                                     const QString& excludingBatch, bool withSummary)
{
    if (!isMonth(month))
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    if (!kinds().contains(kind))
        return Error::invalid(QStringLiteral("kind"), tr("must be regular or supplement"));
    const auto reg = readRegister(m_database, m_session);
    if (!reg)
        return reg.error();
    ApprovedAmounts amounts(m_database, m_session);
    Plan plan;
    auto leave = [&](const QString& householdId, const QString& forMonth, qint64 fen, const QString& reason) {
        const Register::Household& h = reg->households.value(householdId);
        plan.summary.leftOut.append(
            {householdId, h.headName, reg->villageNames.value(h.villageCode, h.villageCode), forMonth, fen, reason});
    };
    // A recipient is paid into the account on the household's record; without one, the line waits.
    auto take = [&](PaymentLine line) {
        if (line.bankAccount.isEmpty())
            leave(line.householdId, line.forMonth, line.amountFen, tr("no bank account on the household's record"));
        else
            plan.lines.append(std::move(line));
    };
    QHash<QString, ApprovedAmount> decisions; // in force for the month (a regular batch's)
    if (kind == QLatin1String("regular")) {
        auto inEffect = amounts.inEffect(month);
        if (!inEffect)
            return inEffect.error();
        decisions = std::move(inEffect).value();
        for (const ApprovedAmount& a : std::as_const(decisions)) {
            if (a.pays() && reg->households.contains(a.householdId))
                take(lineFor(a, month, *reg));
        }
    } else {
        QSqlQuery q(m_database.connection());
        // Returned payments not paid again since: once the account on record differs from the one
        // that failed, they are paid again.
        q.prepare(QStringLiteral(
            "SELECT p.id, p.household_id, p.for_month, p.approved_amount_id, p.classification, p.persons, p.base_fen, "
            "p.care_fen, p.increments_fen, p.amount_fen, p.account_holder, p.bank_account FROM payments p "
            "JOIN payment_batches b ON b.id = p.batch_id WHERE b.state = 'approved' AND p.state = 'failed' "
            "AND NOT EXISTS (SELECT 1 FROM payments r WHERE r.replaces = p.id AND r.batch_id IS NOT ?) "
            "ORDER BY p.for_month"));
        q.addBindValue(nullable(excludingBatch));
        if (!q.exec())
            return Error::failed(
                tr("Cannot read the returned payments: %1").arg(StorageError::describe(q.lastError())));
        while (q.next()) {
            const QString householdId = q.value(1).toString();
            if (!reg->households.contains(householdId))
                continue;
            ApprovedAmount a;
            a.id = q.value(3).toString();
            a.householdId = householdId;
            a.classification = q.value(4).toString();
            a.persons = q.value(5).toInt();
            a.baseFen = q.value(6).toLongLong();
            a.careFen = q.value(7).toLongLong();
            a.incrementsFen = q.value(8).toLongLong();
            a.totalFen = q.value(9).toLongLong();
            PaymentLine line = lineFor(a, q.value(2).toString(), *reg);
            line.replaces = q.value(0).toString();
            if (line.accountHolder == q.value(10).toString() && line.bankAccount == q.value(11).toString())
                leave(householdId, line.forMonth, line.amountFen,
                      tr("returned by the bank; correct the account or the holder's name first"));
            else
                take(std::move(line));
        }
        // Months an approved regular batch paid without a household whose approved amount was in
        // force (a late decision, an account added since).
        QSet<QString> paid; // household and month
        q.prepare(QStringLiteral("SELECT household_id, for_month FROM payments WHERE batch_id IS NOT ?"));
        q.addBindValue(nullable(excludingBatch));
        if (!q.exec())
            return Error::failed(tr("Cannot read the payments: %1").arg(StorageError::describe(q.lastError())));
        while (q.next())
            paid.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
        q.prepare(QStringLiteral("SELECT month FROM payment_batches WHERE kind = 'regular' AND state = 'approved' "
                                 "AND month <= ? ORDER BY month"));
        q.addBindValue(month);
        if (!q.exec())
            return Error::failed(tr("Cannot read the payment batches: %1").arg(StorageError::describe(q.lastError())));
        QStringList months;
        while (q.next())
            months.append(q.value(0).toString());
        for (const QString& m : months) {
            const auto inEffect = amounts.inEffect(m);
            if (!inEffect)
                return inEffect.error();
            for (const ApprovedAmount& a : *inEffect) {
                if (a.pays() && reg->households.contains(a.householdId) &&
                    !paid.contains(a.householdId + QLatin1Char(' ') + m))
                    take(lineFor(a, m, *reg));
            }
        }
    }
    // By village, then the head's name in pinyin order: each distinct name ranked once through its
    // collation key, rather than collated at every one of the sort's comparisons.
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    QHash<QString, int> rank;
    {
        std::vector<std::pair<QCollatorSortKey, QString>> names;
        for (const PaymentLine& l : std::as_const(plan.lines)) {
            if (!rank.contains(l.headName)) {
                rank.insert(l.headName, 0);
                names.emplace_back(pinyin.sortKey(l.headName), l.headName);
            }
        }
        std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
            // Names the collation holds equal still come in one order: approval compares it.
            const int c = a.first.compare(b.first);
            return c != 0 ? c < 0 : a.second < b.second;
        });
        for (std::size_t i = 0; i < names.size(); ++i)
            rank.insert(names[i].second, int(i));
    }
    std::sort(plan.lines.begin(), plan.lines.end(), [&rank](const PaymentLine& a, const PaymentLine& b) {
        if (a.villageCode != b.villageCode)
            return a.villageCode < b.villageCode;
        if (a.headName != b.headName)
            return rank.value(a.headName) < rank.value(b.headName);
        if (a.householdId != b.householdId)
            return a.householdId < b.householdId;
        return a.forMonth < b.forMonth;
    });
    PaymentBatch& batch = plan.batch;
    batch.month = month;
    batch.kind = kind;
    batch.number = SiteRepository::originCode(m_database) + QLatin1Char('-') + QString(month).remove(QLatin1Char('-')) +
                   (kind == QLatin1String("regular") ? QStringLiteral("-R") : QStringLiteral("-S"));
    for (int i = 0; i < plan.lines.size(); ++i) {
        PaymentLine& l = plan.lines[i];
        l.line = i + 1;
        l.reference = batch.number + QLatin1Char('-') + QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        batch.totalFen += l.amountFen;
    }
    batch.lines = int(plan.lines.size());
    batch.digest = digest(plan.lines);
    if (!withSummary)
        return plan;
    const auto summary = summarize(m_database, m_session, batch, plan.lines, decisions, *reg);
    if (!summary)
        return summary.error();
    const QList<BatchSummary::Left> leftOut = plan.summary.leftOut;
    plan.summary = *summary;
    plan.summary.leftOut = leftOut;
    return plan;
}

Result<BatchSummary> PaymentBatches::summary(const PaymentBatch& batch, const QList<PaymentLine>& lines)
{
    const auto reg = readRegister(m_database, m_session);
    if (!reg)
        return reg.error();
    QHash<QString, ApprovedAmount> decisions;
    if (batch.kind == QLatin1String("regular")) {
        auto inEffect = ApprovedAmounts(m_database, m_session).inEffect(batch.month);
        if (!inEffect)
            return inEffect.error();
        decisions = std::move(inEffect).value();
    }
    return summarize(m_database, m_session, batch, lines, decisions, *reg);
}

Result<PaymentBatches::Plan> PaymentBatches::plan(const QString& month, const QString& kind)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s.error();
    return compute(month, kind, QString());
}

Result<PaymentBatches::Plan> PaymentBatches::prepare(const QString& month, const QString& kind)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s.error();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (const auto existing = list(month); !existing) {
        return existing.error();
    } else {
        for (const PaymentBatch& b : *existing) {
            if (b.kind == kind)
                return Error::failed(
                    b.isApproved()
                        ? tr("The %1 batch of %2 (%3) is already approved; what it missed goes into a supplement.")
                              .arg(kindLabel(kind), month, b.number)
                        : tr("The %1 batch of %2 (%3) is already prepared; discard it first to prepare it again.")
                              .arg(kindLabel(kind), month, b.number));
        }
    }
    auto plan = compute(month, kind, QString());
    if (!plan)
        return plan;
    if (plan->lines.isEmpty())
        return Error::failed(kind == QLatin1String("regular")
                                 ? tr("Nobody has an approved amount to be paid in %1.").arg(month)
                                 : tr("Nothing is waiting to be paid again: no returned payment with a corrected "
                                      "account, no month an approved batch missed."));
    PaymentBatch& batch = plan->batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.state = QStringLiteral("prepared");
    const QString at = now();
    batch.preparedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    batch.preparedBy = m_session.userName();
    const QString origin = SiteRepository::originCode(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO payment_batches (id, number, month, kind, state, lines, total_fen, digest, "
                             "prepared_at, prepared_by, created_at, created_by, updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, 'prepared', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(batch.id), QVariant(batch.number), QVariant(month), QVariant(kind), QVariant(batch.lines),
          QVariant(batch.totalFen), QVariant(batch.digest), QVariant(at), QVariant(m_session.userName()), QVariant(at),
          QVariant(m_session.userName()), QVariant(at), QVariant(m_session.userName()), QVariant(origin)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the payment batch: %1").arg(StorageError::describe(q.lastError())));
    q.prepare(QStringLiteral(
        "INSERT INTO payments (id, batch_id, line, reference, household_id, village_code, for_month, classification, "
        "persons, base_fen, care_fen, increments_fen, amount_fen, approved_amount_id, replaces, account_holder, "
        "bank_account, created_at, created_by, updated_at, updated_by, origin_site) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (PaymentLine& l : plan->lines) {
        l.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QVariant& v : {QVariant(l.id),
                                  QVariant(batch.id),
                                  QVariant(l.line),
                                  QVariant(l.reference),
                                  QVariant(l.householdId),
                                  QVariant(l.villageCode),
                                  QVariant(l.forMonth),
                                  QVariant(l.classification),
                                  QVariant(l.persons),
                                  QVariant(l.baseFen),
                                  QVariant(l.careFen),
                                  QVariant(l.incrementsFen),
                                  QVariant(l.amountFen),
                                  QVariant(l.approvedAmountId),
                                  nullable(l.replaces),
                                  QVariant(l.accountHolder),
                                  QVariant(l.bankAccount),
                                  QVariant(at),
                                  QVariant(m_session.userName()),
                                  QVariant(at),
                                  QVariant(m_session.userName()),
                                  QVariant(origin)})
            q.addBindValue(v);
        if (!q.exec())
            return Error::failed(
                tr("Cannot record the payment of line %1: %2").arg(l.line).arg(StorageError::describe(q.lastError())));
    }
    const QJsonObject values{{QStringLiteral("number"), batch.number},
                             {QStringLiteral("month"), month},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("lines"), batch.lines},
                             {QStringLiteral("total_fen"), batch.totalFen},
                             {QStringLiteral("state"), batch.state}};
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("payment_batches"),
                                   batch.id, {}, values, batch.digest);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return plan;
}

Result<PaymentBatch> PaymentBatches::findWithin(const QString& batch)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kBatchColumns +
              QStringLiteral(" FROM payment_batches b WHERE b.id = ? OR b.number = ?"));
    q.addBindValue(batch);
    q.addBindValue(batch);
    if (!q.exec())
        return Error::failed(tr("Cannot read the payment batch: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return Error::invalid(QStringLiteral("batch"), tr("no payment batch “%1”").arg(batch.left(40)));
    return readBatch(q);
}

Result<PaymentBatch> PaymentBatches::find(const QString& batch)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    return findWithin(batch);
}

Result<QList<PaymentBatch>> PaymentBatches::list(const QString& month)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kBatchColumns +
              QStringLiteral(" FROM payment_batches b WHERE ? IS NULL OR b.month = ? ORDER BY b.month DESC, b.kind"));
    q.addBindValue(nullable(month));
    q.addBindValue(nullable(month));
    if (!q.exec())
        return Error::failed(tr("Cannot read the payment batches: %1").arg(StorageError::describe(q.lastError())));
    QList<PaymentBatch> out;
    while (q.next())
        out.append(readBatch(q));
    return out;
}

Result<QList<PaymentLine>> PaymentBatches::lines(const QString& batchId)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    const QHash<QString, QString> names = SiteRepository(m_database, m_session).villageNames();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kLineColumns +
              QStringLiteral(" FROM payments p LEFT JOIN households h ON h.id = p.household_id WHERE p.batch_id = ? "
                             "ORDER BY p.line"));
    q.addBindValue(batchId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the payments: %1").arg(StorageError::describe(q.lastError())));
    QList<PaymentLine> out;
    while (q.next()) {
        PaymentLine l = readLine(q);
        l.villageName = names.value(l.villageCode, l.villageCode);
        out.append(std::move(l));
    }
    return out;
}

Status PaymentBatches::discard(const QString& batch)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto b = findWithin(batch);
    if (!b)
        return b.error();
    if (b->isApproved())
        return Error::failed(tr("Batch %1 is approved: it is a record and is never discarded.").arg(b->number));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM payments WHERE batch_id = ?"));
    q.addBindValue(b->id);
    if (!q.exec())
        return Error::failed(tr("Cannot discard the batch: %1").arg(StorageError::describe(q.lastError())));
    q.prepare(QStringLiteral("DELETE FROM payment_batches WHERE id = ?"));
    q.addBindValue(b->id);
    if (!q.exec())
        return Error::failed(tr("Cannot discard the batch: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("delete"), QStringLiteral("payment_batches"),
                                   b->id, QJsonObject{{QStringLiteral("number"), b->number}}, {}, QString());
        !s)
        return s;
    return transaction.commit();
}

Status PaymentBatches::approve(const QString& batch)
{
    if (Status s = m_session.require(Action::ApprovePayment); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto b = findWithin(batch);
    if (!b)
        return b.error();
    if (b->isApproved())
        return Error::failed(tr("Batch %1 is already approved.").arg(b->number));
    if (Status s = m_session.requireNotPreparer(b->preparedBy); !s)
        return s;
    const auto stored = lines(b->id);
    if (!stored)
        return stored.error();
    if (digest(*stored) != b->digest)
        return Error::failed(
            tr("The lines of batch %1 are not the ones prepared: it was changed outside Doudi. Discard it and "
               "prepare it again.")
                .arg(b->number));
    const auto fresh = compute(b->month, b->kind, b->id, false);
    if (!fresh)
        return fresh.error();
    if (fresh->batch.digest != b->digest)
        return Error::failed(tr("A decision or a bank account changed since batch %1 was prepared: discard it and "
                                "prepare it again, so that the list approved is the list paid.")
                                 .arg(b->number));
    const QString at = now();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE payment_batches SET state = 'approved', approved_at = ?, approved_by = ?, "
                             "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?"));
    for (const QVariant& v :
         {QVariant(at), QVariant(m_session.userName()), QVariant(at), QVariant(m_session.userName()), QVariant(b->id)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot approve the batch: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("payment_batches"),
                                   b->id, QJsonObject{{QStringLiteral("state"), b->state}},
                                   QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")},
                                               {QStringLiteral("number"), b->number},
                                               {QStringLiteral("total_fen"), b->totalFen}},
                                   b->digest);
        !s)
        return s;
    return transaction.commit();
}

Status PaymentBatches::settle(const QString& paymentId, const QString& state, const QString& reason, const QString& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE payments SET state = ?, failure_reason = ?, settled_at = ?, settled_by = ?, "
                       "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND state = 'pending'"));
    for (const QVariant& v :
         {QVariant(state), QVariant(reason.isNull() ? QStringLiteral("") : reason), QVariant(at),
          QVariant(m_session.userName()), QVariant(at), QVariant(m_session.userName()), QVariant(paymentId)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the payment's outcome: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Status PaymentBatches::markPaidInFull(const QString& batch)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto b = findWithin(batch);
    if (!b)
        return b.error();
    if (!b->isApproved())
        return Error::failed(tr("Batch %1 is not approved yet: nothing of it has been paid.").arg(b->number));
    if (b->paidInFullAt.isValid())
        return Error::failed(tr("Batch %1 is already marked paid.").arg(b->number));
    const QString at = now();
    QSqlQuery q(m_database.connection());
    // Every line still pending, in one statement: a statement a line made the month's 2,000 lines
    // cost a second, most of it preparing the same statement (and its triggers) again.
    q.prepare(QStringLiteral("UPDATE payments SET state = 'paid', failure_reason = '', settled_at = ?, settled_by = ?, "
                             "updated_at = ?, updated_by = ?, version = version + 1 "
                             "WHERE batch_id = ? AND state = 'pending'"));
    for (const QVariant& v :
         {QVariant(at), QVariant(m_session.userName()), QVariant(at), QVariant(m_session.userName()), QVariant(b->id)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the payment's outcome: %1").arg(StorageError::describe(q.lastError())));
    const int paid = q.numRowsAffected();
    q.prepare(QStringLiteral("UPDATE payment_batches SET paid_in_full_at = ?, paid_in_full_by = ?, updated_at = ?, "
                             "updated_by = ?, version = version + 1 WHERE id = ?"));
    for (const QVariant& v :
         {QVariant(at), QVariant(m_session.userName()), QVariant(at), QVariant(m_session.userName()), QVariant(b->id)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot mark the batch paid: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("payment_batches"),
                                   b->id, {},
                                   QJsonObject{{QStringLiteral("paid_in_full"), true},
                                               {QStringLiteral("number"), b->number},
                                               {QStringLiteral("payments_paid"), paid}},
                                   b->digest);
        !s)
        return s;
    return transaction.commit();
}

Status PaymentBatches::markFailed(const QString& batch, const QString& householdId, const QString& reason)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("say why the bank returned it (账户已销户, 户名不符 …)"));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto b = findWithin(batch);
    if (!b)
        return b.error();
    if (!b->isApproved())
        return Error::failed(tr("Batch %1 is not approved yet: nothing of it went to the bank.").arg(b->number));
    const auto all = lines(b->id);
    if (!all)
        return all.error();
    const QString at = now();
    int marked = 0;
    bool found = false;
    for (const PaymentLine& l : *all) {
        if (l.householdId != householdId)
            continue;
        found = true;
        if (l.state != QLatin1String("pending"))
            continue;
        if (Status s = settle(l.id, QStringLiteral("failed"), reason.trimmed().left(200), at); !s)
            return s;
        if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("payments"), l.id,
                                       QJsonObject{{QStringLiteral("state"), l.state}},
                                       QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")},
                                                   {QStringLiteral("reference"), l.reference}},
                                       QString(), reason.trimmed().left(200));
            !s)
            return s;
        ++marked;
    }
    if (!found)
        return Error::invalid(QStringLiteral("household"),
                              tr("the household has no payment in batch %1").arg(b->number));
    if (marked == 0)
        return Error::failed(tr("The household's payment in batch %1 is already settled; a settled payment is "
                                "never changed.")
                                 .arg(b->number));
    return transaction.commit();
}

Status PaymentBatches::applyReturns(const QString& batch, const QList<BankReturn>& returns, const BankFileRecord& file)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto b = findWithin(batch);
    if (!b)
        return b.error();
    if (!b->isApproved())
        return Error::failed(tr("Batch %1 is not approved yet: the bank cannot have answered it.").arg(b->number));
    const auto all = lines(b->id);
    if (!all)
        return all.error();
    QHash<QString, const PaymentLine*> byReference;
    for (const PaymentLine& l : *all)
        byReference.insert(l.reference, &l);
    QList<Problem> problems;
    QList<std::pair<const PaymentLine*, const BankReturn*>> changes;
    QSet<QString> seen;
    for (const BankReturn& r : returns) {
        const QString where = tr("row %1").arg(r.row);
        const PaymentLine* l = byReference.value(r.reference);
        if (!l) {
            problems.append(
                {where, tr("reference “%1” is not a line of batch %2").arg(r.reference.left(40), b->number)});
            continue;
        }
        if (seen.contains(r.reference)) {
            problems.append({where, tr("reference %1 appears twice").arg(r.reference)});
            continue;
        }
        seen.insert(r.reference);
        if (r.amountFen >= 0 && r.amountFen != l->amountFen) {
            problems.append({where, tr("the bank gives %1 for %2, the batch %3")
                                        .arg(Money::fromFen(r.amountFen).format(), r.reference,
                                             Money::fromFen(l->amountFen).format())});
            continue;
        }
        const QString state = r.paid ? QStringLiteral("paid") : QStringLiteral("failed");
        if (l->state == state)
            continue; // the same file read twice changes nothing
        if (l->state != QLatin1String("pending")) {
            problems.append({where, tr("%1 is already recorded as %2; a settled payment is never changed")
                                        .arg(r.reference, stateLabel(l->state))});
            continue;
        }
        changes.append({l, &r});
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    const QString at = now();
    int failed = 0;
    for (const auto& [l, r] : changes) {
        const QString reason =
            r->paid ? QString()
                    : (r->reason.trimmed().isEmpty() ? tr("returned by the bank") : r->reason.trimmed().left(200));
        if (Status s = settle(l->id, r->paid ? QStringLiteral("paid") : QStringLiteral("failed"), reason, at); !s)
            return s;
        failed += r->paid ? 0 : 1;
    }
    BankFileRecord record = file;
    record.batchId = b->id;
    record.direction = QStringLiteral("returns");
    if (Status s = recordExport(record); !s)
        return s;
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("payment_batches"),
                                   b->id, {},
                                   QJsonObject{{QStringLiteral("returns"), file.fileName},
                                               {QStringLiteral("settled"), int(changes.size())},
                                               {QStringLiteral("failed"), failed}},
                                   file.digest);
        !s)
        return s;
    return transaction.commit();
}

Status PaymentBatches::recordExport(const BankFileRecord& file)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO bank_files (batch_id, direction, file_name, layout, format, rows, total_fen, "
                             "digest, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Text columns are NOT NULL: an empty value is stored as '', never as NULL.
    const auto text = [](const QString& s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    for (const QVariant& v :
         {QVariant(file.batchId), QVariant(file.direction.isEmpty() ? QStringLiteral("export") : file.direction),
          QVariant(text(file.fileName)), QVariant(text(file.layout)), QVariant(text(file.format)), QVariant(file.rows),
          QVariant(file.totalFen), QVariant(text(file.digest)), QVariant(now()), QVariant(m_session.userName())})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the bank file: %1").arg(StorageError::describe(q.lastError())));
    if (file.direction != QLatin1String("returns")) {
        if (Status s = m_audit->append(m_session.userName(), QStringLiteral("export"),
                                       QStringLiteral("payment_batches"), file.batchId, {},
                                       QJsonObject{{QStringLiteral("file"), file.fileName},
                                                   {QStringLiteral("layout"), file.layout},
                                                   {QStringLiteral("rows"), file.rows},
                                                   {QStringLiteral("total_fen"), file.totalFen}},
                                       file.digest);
            !s)
            return s;
    }
    return transaction.commit();
}

Result<QList<BankFileRecord>> PaymentBatches::files(const QString& batchId)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT batch_id, direction, file_name, layout, format, rows, total_fen, digest, at, by "
                             "FROM bank_files WHERE batch_id = ? ORDER BY id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the bank files: %1").arg(StorageError::describe(q.lastError())));
    QList<BankFileRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toInt(), q.value(6).toLongLong(), q.value(7).toString(),
                    QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs), q.value(9).toString()});
    return out;
}

Result<QList<PaymentBatches::HouseholdPayment>> PaymentBatches::history(const QString& householdId)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kLineColumns +
              QStringLiteral(", b.number, b.kind, b.state FROM payments p JOIN payment_batches b ON b.id = p.batch_id "
                             "LEFT JOIN households h ON h.id = p.household_id WHERE p.household_id = ? "
                             "ORDER BY p.for_month DESC, b.month DESC, p.line"));
    q.addBindValue(householdId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the payments: %1").arg(StorageError::describe(q.lastError())));
    QList<HouseholdPayment> out;
    while (q.next())
        out.append({readLine(q), q.value(21).toString(), q.value(22).toString(), q.value(23).toString()});
    return out;
}

} // namespace Doudi
