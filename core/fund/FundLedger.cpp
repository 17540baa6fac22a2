#include "FundLedger.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "domain/Money.h"
#include "domain/TextLimits.h"
#include "fund/FundTerms.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.seq, e.kind, e.year, e.on_date, e.amount_fen, e.sign, e.document, e.household_id, e.case_id, "
    "e.recipient, e.reason_type, e.reason, e.method, e.meeting_ref, e.override_reason, e.prepared_by, "
    "e.approved_by, e.paperwork_due, e.reverses, r.id, p.completed_on FROM fund_entries e "
    "LEFT JOIN fund_entries r ON r.reverses = e.id LEFT JOIN fund_paperwork p ON p.payment_id = e.id");

FundEntry entryFrom(const QSqlQuery& q)
{
    FundEntry e;
    e.id = q.value(0).toString();
    e.seq = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.year = q.value(3).toInt();
    e.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.amountFen = q.value(5).toLongLong();
    e.sign = q.value(6).toInt();
    e.document = q.value(7).toString();
    e.householdId = q.value(8).toString();
    e.caseId = q.value(9).toString();
    e.recipient = q.value(10).toString();
    e.reasonType = q.value(11).toString();
    e.reason = q.value(12).toString();
    e.method = q.value(13).toString();
    e.meetingRef = q.value(14).toString();
    e.overrideReason = q.value(15).toString();
    e.preparedBy = q.value(16).toString();
    e.approvedBy = q.value(17).toString();
    e.paperworkDue = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    e.reverses = q.value(19).toString();
    e.reversedBy = q.value(20).toString();
    e.paperworkDone = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    return e;
}

// A null QString would be bound as SQL NULL; text columns hold '' instead.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Error invalidAmount(qint64 amountFen)
{
    return Error::invalid(QStringLiteral("amount_fen"),
                          FundLedger::tr("must be more than zero, not %1").arg(Money::fromFen(amountFen).format()));
}

Error invalidDate()
{
    return Error::invalid(QStringLiteral("date"), FundLedger::tr("must be a date written YYYY-MM-DD"));
}

QString fmt(qint64 fen)
{
    return Money::fromFen(fen).format();
}

} // namespace

FundLedger::FundLedger(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_audit(std::make_unique<AuditLog>(database))
{}

FundLedger::~FundLedger() = default;

QString FundLedger::digest(const FundEntry& entry)
{
    return AuditLog::digest(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
}

QString FundLedger::paperworkDigest(const QString& paymentId, const QDate& completedOn, const QString& note)
{
    const QJsonObject values{{QStringLiteral("payment"), paymentId},
                             {QStringLiteral("completed_on"), completedOn.toString(Qt::ISODate)},
                             {QStringLiteral("note"), note}};
    return AuditLog::digest(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

// Inside the caller's transaction: numbers the entry, writes it and its audit entry.
Result<QString> FundLedger::append(FundEntry e)
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM fund_entries")) || !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    e.seq = q.value(0).toLongLong();
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.prepare(QStringLiteral(
        "INSERT INTO fund_entries (id, seq, kind, year, on_date, amount_fen, sign, document, household_id, case_id, "
        "recipient, reason_type, reason, method, meeting_ref, override_reason, prepared_by, approved_by, "
        "paperwork_due, reverses, created_at, created_by, origin_site) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(e.id),
                              QVariant(e.seq),
                              QVariant(e.kind),
                              QVariant(e.year),
                              QVariant(e.date.toString(Qt::ISODate)),
                              QVariant(e.amountFen),
                              QVariant(e.sign),
                              text(e.document),
                              textOrNull(e.householdId),
                              textOrNull(e.caseId),
                              text(e.recipient),
                              text(e.reasonType),
                              text(e.reason),
                              text(e.method),
                              text(e.meetingRef),
                              text(e.overrideReason),
                              text(e.preparedBy),
                              text(e.approvedBy),
                              e.paperworkDue.isValid() ? QVariant(e.paperworkDue.toString(Qt::ISODate))
                                                       : QVariant(QMetaType(QMetaType::QString)),
                              textOrNull(e.reverses),
                              QVariant(at),
                              QVariant(m_session.userName()),
                              QVariant(SiteRepository::originCode(m_database))})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot write to the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    const QString reason = e.kind == QLatin1String("reversal") ? e.reason : e.overrideReason;
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("fund_entries"), e.id,
                                   {}, e.toJson(), digest(e), reason);
        !s)
        return s.error();
    return e.id;
}

Result<int> FundLedger::lastClosedYear() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT coalesce(max(year), 0) FROM fund_entries WHERE kind IN ('carry_forward', 'return')")) ||
        !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    return q.value(0).toInt();
}

Status FundLedger::requireOpenYear(int year) const
{
    const auto closed = lastClosedYear();
    if (!closed)
        return closed.error();
    if (year <= *closed)
        return Error::failed(
            tr("The fund's year %1 is closed: nothing dated in it can be written any more.").arg(year));
    return success();
}

// The most that can leave the fund on `date` without the balance going below zero then or on any
// later day already in the ledger (an entry may be written for a day that has passed).
Result<qint64> FundLedger::availableOn(const QDate& date) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(sign * amount_fen), 0) FROM fund_entries WHERE on_date <= ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    qint64 available = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT min(balance) FROM (SELECT on_date, sum(sign * amount_fen) OVER "
                             "(ORDER BY on_date, seq) AS balance FROM fund_entries) WHERE on_date > ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    if (!q.value(0).isNull())
        available = std::min(available, q.value(0).toLongLong());
    return available;
}

Result<std::optional<FundEntry>> FundLedger::entry(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<FundEntry>();
    return std::optional<FundEntry>(entryFrom(q));
}

Status FundLedger::setQuota(int year, qint64 amountFen, const QString& document, const QDate& date)
{
    if (Status s = m_session.require(Action::ApprovePayment); !s)
        return s;
    if (year < 2000 || year > 2100)
        return Error::invalid(QStringLiteral("year"), tr("must be a year such as 2025, not %1").arg(year));
    if (amountFen <= 0)
        return invalidAmount(amountFen);
    if (document.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("document"), tr("name the document that approved the quota"));
    if (!date.isValid())
        return invalidDate();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = requireOpenYear(year); !s)
        return s;
    FundEntry e;
    e.kind = QStringLiteral("quota");
    e.year = year;
    e.date = date;
    e.amountFen = amountFen;
    e.document = document.trimmed();
    e.preparedBy = m_session.userName();
    e.approvedBy = m_session.userName();
    if (const auto id = append(e); !id)
        return id.error();
    return transaction.commit();
}

Result<QString> FundLedger::allocate(qint64 amountFen, const QString& voucher, const QDate& date, bool replenishment)
{
    if (Status s = m_session.require(Action::ApprovePayment); !s)
        return s.error();
    if (amountFen <= 0)
        return invalidAmount(amountFen);
    if (voucher.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("voucher"), tr("write the number of the city's voucher"));
    if (!date.isValid())
        return invalidDate();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = requireOpenYear(date.year()); !s)
        return s.error();
    if (!replenishment) {
        // Advances (预拨) are made against the year's quota and never exceed it.
        const auto figures = balance(date.year());
        if (!figures)
            return figures.error();
        if (figures->quotaFen == 0)
            return Error::failed(tr("Record the quota of %1 before the city's advances against it.").arg(date.year()));
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT coalesce(sum(e.amount_fen), 0) - coalesce((SELECT sum(r.amount_fen) FROM "
                                 "fund_entries r JOIN fund_entries o ON o.id = r.reverses WHERE o.kind = "
                                 "'allocation' AND o.year = ?), 0) FROM fund_entries e WHERE e.kind = 'allocation' "
                                 "AND e.year = ?"));
        q.addBindValue(date.year());
        q.addBindValue(date.year());
        if (!q.exec() || !q.next())
            return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
        const qint64 advanced = q.value(0).toLongLong();
        if (advanced + amountFen > figures->quotaFen)
            return Error::failed(tr("The advances of %1 would come to %2, more than the quota of %3.")
                                     .arg(date.year())
                                     .arg(fmt(advanced + amountFen), fmt(figures->quotaFen)));
    }
    FundEntry e;
    e.kind = replenishment ? QStringLiteral("replenishment") : QStringLiteral("allocation");
    e.year = date.year();
    e.date = date;
    e.amountFen = amountFen;
    e.sign = 1;
    e.document = voucher.trimmed();
    e.preparedBy = m_session.userName();
    e.approvedBy = m_session.userName();
    const auto id = append(e);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<FundLedger::PaymentLimits> FundLedger::limitsFor(const QString& householdId, const QString& reasonType,
                                                        const QDate& date)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    const auto household = HouseholdRepository(m_database, m_session).load(householdId);
    if (!household)
        return household.error();
    return limits(*household, reasonType, date);
}

Result<FundLedger::PaymentLimits> FundLedger::limits(const Household& household, const QString& reasonType,
                                                     const QDate& date)
{
    const auto policy = PolicyRepository(m_database, m_session).inForce(date);
    if (!policy)
        return policy.error();
    PaymentLimits limits;
    limits.policyId = policy->policy.id;
    limits.paperworkWorkingDays = policy->policy.reserveFund.paperworkWorkingDays;
    limits.standardFen = policy->policy.standardFen(household.residence);
    limits.townshipLimitFen = limits.standardFen * policy->policy.reserveFund.townshipLimitStandards;
    limits.capFen = limits.standardFen * policy->policy.reserveFund.capStandards;
    // A clerk's own limit is set on their account; without one, the township's limit is theirs.
    limits.ownLimitFen = limits.townshipLimitFen;
    const auto preparer = UserRepository(m_database, m_session).find(m_session.userName());
    if (!preparer)
        return preparer.error();
    if (preparer->has_value() && (*preparer)->paymentLimitFen > 0)
        limits.ownLimitFen = std::min(limits.ownLimitFen, (*preparer)->paymentLimitFen);
    const auto available = availableOn(date);
    if (!available)
        return available.error();
    limits.availableFen = *available;
    QSqlQuery q(m_database.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE e.kind = 'payment' AND e.household_id = ? AND e.reason_type = ? "
                                       "AND e.year = ? AND r.id IS NULL ORDER BY e.on_date, e.seq LIMIT 1"));
    q.addBindValue(household.uuid);
    q.addBindValue(reasonType);
    q.addBindValue(date.year());
    if (!q.exec())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    if (q.next())
        limits.earlierThisYear = entryFrom(q);
    return limits;
}

Result<QString> FundLedger::pay(const Payment& p, const Session* approver)
{
    if (Status s = m_session.require(Action::PreparePayment); !s)
        return s.error();
    QList<Problem> problems;
    if (p.amountFen <= 0)
        problems.append(invalidAmount(p.amountFen).problems());
    if (!FundTerms::reasonTypes().contains(p.reasonType))
        problems.append({QStringLiteral("reason_type"),
                         tr("must be one of %1").arg(FundTerms::reasonTypes().join(QStringLiteral(", ")))});
    if (!FundTerms::methods().contains(p.method))
        problems.append(
            {QStringLiteral("method"), tr("must be one of %1").arg(FundTerms::methods().join(QStringLiteral(", ")))});
    if (p.reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"), tr("say what the help is for")});
    for (const auto& [field, text, max] :
         {std::tuple{QStringLiteral("reason"), p.reason, TextLimits::kLongText},
          std::tuple{QStringLiteral("recipient"), p.recipient, TextLimits::kName},
          std::tuple{QStringLiteral("meeting_ref"), p.meetingRef, TextLimits::kShortText},
          std::tuple{QStringLiteral("override_reason"), p.overrideReason, TextLimits::kLongText}}) {
        if (const auto tooLong = TextLimits::check(field, text, max))
            problems.append(*tooLong);
    }
    if (!p.date.isValid())
        problems.append(invalidDate().problems());
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    if (approver) {
        if (Status s = approver->require(Action::ApprovePayment); !s)
            return s.error();
        if (Status s = approver->requireNotPreparer(m_session.userName()); !s)
            return s.error();
    }

    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = requireOpenYear(p.date.year()); !s)
        return s.error();
    const auto household = HouseholdRepository(m_database, m_session).load(p.householdId);
    if (!household)
        return household.error();
    const auto lim = limits(*household, p.reasonType, p.date);
    if (!lim)
        return lim.error();
    if (p.amountFen > lim->capFen && p.meetingRef.trimmed().isEmpty())
        return Error::failed(tr("%1 is above the cap of %2 (%3 × the monthly standard of %4): record the collective "
                                "decision (一事一议) that approved it.")
                                 .arg(fmt(p.amountFen), fmt(lim->capFen))
                                 .arg(lim->standardFen ? lim->capFen / lim->standardFen : 0)
                                 .arg(fmt(lim->standardFen)));
    if (p.amountFen > lim->townshipLimitFen && !approver)
        return Error::failed(tr("%1 is above the township's limit of %2: a supervisor other than who prepared the "
                                "payment must approve it.")
                                 .arg(fmt(p.amountFen), fmt(lim->townshipLimitFen)));
    if (p.amountFen > lim->ownLimitFen && !approver)
        return Error::failed(tr("%1 is above the %2 that %3 may pay alone: a supervisor must approve it.")
                                 .arg(fmt(p.amountFen), fmt(lim->ownLimitFen), m_session.displayName()));
    if (lim->earlierThisYear) {
        if (!approver || p.overrideReason.trimmed().isEmpty())
            return Error::failed(
                tr("The household was already paid for the same kind of reason this year (%1, "
                   "voucher %2): only a supervisor's override with a reason allows a second payment.")
                    .arg(lim->earlierThisYear->date.toString(Qt::ISODate), lim->earlierThisYear->document));
    }
    if (p.amountFen > lim->availableFen)
        return Error::failed(
            tr("The fund cannot pay %1: %2 is available on %3.")
                .arg(fmt(p.amountFen), fmt(std::max<qint64>(lim->availableFen, 0)), p.date.toString(Qt::ISODate)));
    if (!p.caseId.isEmpty()) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT household_id, type FROM cases WHERE id = ? AND deleted = 0"));
        q.addBindValue(p.caseId);
        if (!q.exec())
            return Error::failed(tr("Cannot read the cases: %1").arg(StorageError::describe(q.lastError())));
        if (!q.next() || q.value(0).toString() != p.householdId ||
            q.value(1).toString() != QLatin1String("temporary_assistance"))
            return Error::invalid(QStringLiteral("case"),
                                  tr("must be a temporary-assistance case of the same household"));
    }

    FundEntry e;
    e.kind = QStringLiteral("payment");
    e.year = p.date.year();
    e.date = p.date;
    e.amountFen = p.amountFen;
    e.sign = -1;
    e.householdId = p.householdId;
    e.caseId = p.caseId;
    const Member* head = household->head();
    e.recipient = !p.recipient.trimmed().isEmpty() ? p.recipient.trimmed() : head ? head->name : QString();
    e.reasonType = p.reasonType;
    e.reason = p.reason.trimmed();
    e.method = p.method;
    e.meetingRef = p.meetingRef.trimmed();
    e.overrideReason = lim->earlierThisYear ? p.overrideReason.trimmed() : QString();
    e.preparedBy = m_session.userName();
    e.approvedBy = approver ? approver->userName() : m_session.userName();
    if (p.reasonType == QLatin1String("emergency")) {
        // Help first (先行救助), paperwork after: its deadline counts working days.
        const auto calendar = CaseRepository(m_database, m_session).calendar();
        if (!calendar)
            return calendar.error();
        e.paperworkDue = calendar->addWorkingDays(p.date, lim->paperworkWorkingDays);
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM fund_entries WHERE kind = 'payment' AND year = ?"));
    q.addBindValue(e.year);
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    e.document = QStringLiteral("%1-%2").arg(e.year).arg(q.value(0).toLongLong() + 1, 4, 10, QLatin1Char('0'));
    const auto id = append(e);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QString> FundLedger::reverse(const QString& entryId, const QString& reason, const QDate& date)
{
    if (Status s = m_session.require(Action::ApprovePayment); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("a reversal needs its reason"));
    if (!date.isValid())
        return invalidDate();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    const auto found = entry(entryId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::failed(tr("There is no fund entry %1.").arg(entryId));
    const FundEntry& original = **found;
    if (original.kind == QLatin1String("reversal"))
        return Error::failed(tr("A reversal cannot itself be reversed: record the entry again instead."));
    if (original.kind != QLatin1String("payment") && original.kind != QLatin1String("allocation") &&
        original.kind != QLatin1String("replenishment"))
        return Error::failed(tr("Only payments, allocations and replenishments can be reversed; a %1 cannot.")
                                 .arg(FundTerms::kindLabel(original.kind)));
    if (original.isReversed())
        return Error::failed(tr("The entry was already reversed."));
    if (date < original.date)
        return Error::invalid(QStringLiteral("date"),
                              tr("%1 is before the entry it reverses (%2)")
                                  .arg(date.toString(Qt::ISODate), original.date.toString(Qt::ISODate)));
    if (Status s = requireOpenYear(date.year()); !s)
        return s.error();
    if (original.sign > 0) {
        // Taking back money received must not leave the fund below zero.
        const auto available = availableOn(date);
        if (!available)
            return available.error();
        if (original.amountFen > *available)
            return Error::failed(
                tr("Reversing %1 would take the fund below zero: %2 is available on %3.")
                    .arg(fmt(original.amountFen), fmt(std::max<qint64>(*available, 0)), date.toString(Qt::ISODate)));
    }
    FundEntry e = original;
    e.kind = QStringLiteral("reversal");
    e.year = date.year();
    e.date = date;
    e.sign = -original.sign;
    e.reason = reason.trimmed();
    e.meetingRef.clear();
    e.overrideReason.clear();
    e.paperworkDue = QDate();
    e.reverses = original.id;
    e.reversedBy.clear();
    e.preparedBy = m_session.userName();
    e.approvedBy = m_session.userName();
    const auto id = append(e);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status FundLedger::completePaperwork(const QString& paymentId, const QDate& date, const QString& note)
{
    if (!m_session.may(Action::PreparePayment) && !m_session.may(Action::ApprovePayment))
        return m_session.require(Action::PreparePayment);
    if (!date.isValid())
        return invalidDate();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto found = entry(paymentId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->kind != QLatin1String("payment"))
        return Error::failed(tr("There is no payment %1.").arg(paymentId));
    const FundEntry& payment = **found;
    if (!payment.paperworkOutstanding())
        return Error::failed(tr("Payment %1 has no paperwork outstanding.").arg(payment.document));
    if (date < payment.date)
        return Error::invalid(
            QStringLiteral("date"),
            tr("%1 is before the payment (%2)").arg(date.toString(Qt::ISODate), payment.date.toString(Qt::ISODate)));
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO fund_paperwork (payment_id, completed_on, note, created_at, created_by, "
                             "origin_site) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(paymentId), QVariant(date.toString(Qt::ISODate)), text(note.trimmed()), QVariant(at),
          QVariant(m_session.userName()), QVariant(SiteRepository::originCode(m_database))})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the paperwork: %1").arg(StorageError::describe(q.lastError())));
    const QJsonObject values{{QStringLiteral("payment"), paymentId},
                             {QStringLiteral("completed_on"), date.toString(Qt::ISODate)},
                             {QStringLiteral("note"), note.trimmed()}};
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("fund_paperwork"),
                                   paymentId, {}, values, paperworkDigest(paymentId, date, note.trimmed()));
        !s)
        return s;
    return transaction.commit();
}

Status FundLedger::closeYear(int year, bool returnBalance)
{
    if (Status s = m_session.require(Action::ApprovePayment); !s)
        return s;
    const QDate lastDay(year, 12, 31);
    if (!lastDay.isValid())
        return Error::invalid(QStringLiteral("year"), tr("must be a year such as 2025, not %1").arg(year));
    if (Clock::currentDate() < QDate(year, 12, 1))
        return Error::failed(tr("The year %1 can be closed from December on.").arg(year));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = requireOpenYear(year); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE e.kind = 'payment' AND e.year <= ? AND e.paperwork_due IS NOT NULL "
                                       "AND p.payment_id IS NULL AND r.id IS NULL"));
    q.addBindValue(year);
    if (!q.exec())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    QStringList outstanding;
    while (q.next())
        outstanding.append(entryFrom(q).document);
    if (!outstanding.isEmpty())
        return Error::failed(tr("The year cannot close while payments lack their paperwork: %1.")
                                 .arg(outstanding.join(QStringLiteral(", "))));
    q.prepare(QStringLiteral("SELECT coalesce(sum(sign * amount_fen), 0) FROM fund_entries WHERE on_date <= ?"));
    q.addBindValue(lastDay.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    const qint64 closing = q.value(0).toLongLong();
    FundEntry e;
    e.kind = returnBalance && closing > 0 ? QStringLiteral("return") : QStringLiteral("carry_forward");
    e.sign = e.kind == QLatin1String("return") ? -1 : 0;
    e.year = year;
    e.date = lastDay;
    e.amountFen = closing;
    e.preparedBy = m_session.userName();
    e.approvedBy = m_session.userName();
    if (e.sign < 0) {
        // Payments of the new year may already use the money.
        const auto available = availableOn(lastDay);
        if (!available)
            return available.error();
        if (closing > *available)
            return Error::failed(tr("Only %1 can be returned: payments after the year's end already use the rest.")
                                     .arg(fmt(std::max<qint64>(*available, 0))));
    }
    if (const auto id = append(e); !id)
        return id.error();
    return transaction.commit();
}

Result<FundBalance> FundLedger::balance(int year)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    FundBalance b;
    b.year = year;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT amount_fen FROM fund_entries WHERE kind = 'quota' AND year = ? "
                             "ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(year);
    if (!q.exec())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    if (q.next())
        b.quotaFen = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT coalesce(sum(sign * amount_fen), 0) FROM fund_entries WHERE on_date < ?"));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    b.carriedInFen = q.value(0).toLongLong();
    // The year's movements, reversals told apart by what they undo.
    q.prepare(QStringLiteral("SELECT e.kind, coalesce(o.kind, ''), sum(e.amount_fen) FROM fund_entries e "
                             "LEFT JOIN fund_entries o ON o.id = e.reverses WHERE e.year = ? AND e.kind <> 'quota' "
                             "GROUP BY e.kind, o.kind"));
    q.addBindValue(year);
    if (!q.exec())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString reversed = q.value(1).toString();
        const qint64 fen = q.value(2).toLongLong();
        if (kind == QLatin1String("allocation") || kind == QLatin1String("replenishment"))
            b.allocatedFen += fen;
        else if (kind == QLatin1String("payment"))
            b.paidFen += fen;
        else if (kind == QLatin1String("return"))
            b.returnedFen += fen;
        else if (kind == QLatin1String("reversal") && reversed == QLatin1String("payment"))
            b.reversedFen += fen;
        else if (kind == QLatin1String("reversal"))
            b.allocatedFen -= fen;
    }
    b.balanceFen = b.carriedInFen + b.allocatedFen - b.paidFen + b.reversedFen - b.returnedFen;
    const auto closed = lastClosedYear();
    if (!closed)
        return closed.error();
    b.closed = year <= *closed;
    const QDate asOf = std::min(Clock::currentDate(), QDate(year, 12, 31));
    if (const auto policy = PolicyRepository(m_database, m_session).inForce(asOf))
        b.lowBalancePct = policy->policy.reserveFund.lowBalancePct;
    return b;
}

Result<QList<FundEntry>> FundLedger::entries()
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY e.on_date, e.seq")))
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    QList<FundEntry> out;
    qint64 running = 0;
    while (q.next()) {
        FundEntry e = entryFrom(q);
        running += e.signedFen();
        e.balanceAfterFen = running;
        out.append(std::move(e));
    }
    return out;
}

Result<FundEntry> FundLedger::find(const QString& entryId)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    const auto found = entry(entryId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::failed(tr("There is no fund entry %1.").arg(entryId));
    return **found;
}

Result<QList<FundEntry>> FundLedger::forHousehold(const QString& householdId)
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE e.household_id = ? ORDER BY e.on_date, e.seq"));
    q.addBindValue(householdId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    QList<FundEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<QList<FundEntry>> FundLedger::paperworkOutstanding()
{
    if (Status s = m_session.require(Action::ViewFund); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" WHERE e.kind = 'payment' AND e.paperwork_due IS NOT NULL AND "
                                         "p.payment_id IS NULL AND r.id IS NULL ORDER BY e.paperwork_due, e.seq")))
        return Error::failed(tr("Cannot read the fund ledger: %1").arg(StorageError::describe(q.lastError())));
    QList<FundEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<FundStatement> FundLedger::reconcile(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    const QDate last = first.addMonths(1).addDays(-1);
    const auto figures = balance(year); // checks the right to view the fund
    if (!figures)
        return figures.error();
    const auto all = entries();
    if (!all)
        return all.error();
    FundStatement st;
    st.month = first.toString(QStringLiteral("yyyy-MM"));
    st.quotaFen = figures->quotaFen;
    QHash<QString, const FundEntry*> byId;
    for (const FundEntry& e : *all)
        byId.insert(e.id, &e);
    for (const FundEntry& e : *all) {
        if (e.date < first) {
            st.openingFen += e.signedFen();
            continue;
        }
        if (e.date > last)
            break;
        if (e.kind == QLatin1String("allocation")) {
            st.allocatedFen += e.amountFen;
        } else if (e.kind == QLatin1String("replenishment")) {
            st.replenishedFen += e.amountFen;
        } else if (e.kind == QLatin1String("payment")) {
            st.paid.count += 1;
            st.paid.fen += e.amountFen;
            st.paidByReasonType[e.reasonType].count += 1;
            st.paidByReasonType[e.reasonType].fen += e.amountFen;
            st.paidByMethod[e.method].count += 1;
            st.paidByMethod[e.method].fen += e.amountFen;
        } else if (e.kind == QLatin1String("reversal") && e.sign > 0) {
            st.reversed.count += 1;
            st.reversed.fen += e.amountFen;
        } else if (e.kind == QLatin1String("reversal")) {
            st.allocationsReversedFen += e.amountFen;
        } else if (e.kind == QLatin1String("return")) {
            st.returnedFen += e.amountFen;
        }
    }
    st.closingFen = st.openingFen + st.allocatedFen + st.replenishedFen - st.allocationsReversedFen - st.paid.fen +
                    st.reversed.fen - st.returnedFen;
    st.replenishmentRequestFen = std::max<qint64>(st.paid.fen - st.reversed.fen, 0);
    // Outstanding at the month's end: paid by then, not reversed by then, paperwork not in by then.
    for (const FundEntry& e : *all) {
        if (e.date > last)
            break;
        if (e.kind != QLatin1String("payment") || !e.paperworkDue.isValid())
            continue;
        const FundEntry* reversal = e.reversedBy.isEmpty() ? nullptr : byId.value(e.reversedBy);
        const bool reversedByThen = reversal && reversal->date <= last;
        const bool doneByThen = e.paperworkDone.isValid() && e.paperworkDone <= last;
        if (!reversedByThen && !doneByThen)
            st.paperworkOutstanding.append(e);
    }
    return st;
}

} // namespace Doudi
