#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "fund/FundBalance.h"
#include "fund/FundEntry.h"
#include "fund/FundStatement.h"
#include "security/Session.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Doudi {

class AuditLog;
class Database;

// The township reserve fund (备用金, domain.md): an append-only ledger whose balance never goes
// below zero. Every write checks its rules and the balance inside one `BEGIN IMMEDIATE`
// transaction, so two clerks paying at once cannot overdraw the fund, and appends its audit
// entry in the same transaction.
class FundLedger final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FundLedger)
    Q_DISABLE_COPY_MOVE(FundLedger)

public:
    FundLedger(Database& database, Session session);
    ~FundLedger();

    struct Payment
    {
        QString householdId;
        QString caseId;    // a temporary-assistance case of the household, when there is one
        QString recipient; // the head of the household when empty
        QString reasonType;
        QString reason;
        QString method;
        qint64 amountFen = 0;
        QDate date;
        QString meetingRef;     // the collective decision (一事一议), required above the cap
        QString overrideReason; // a second payment for the same reason in a year, approved by a supervisor
    };

    // The limits a payment for a household on a day is held to, and what the fund can pay then.
    struct PaymentLimits
    {
        qint64 standardFen = 0;      // the monthly dibao standard for the household's residence
        qint64 townshipLimitFen = 0; // above it, a second person (a supervisor) approves
        qint64 ownLimitFen = 0;      // what the preparer may pay alone: their own limit, at most the township's
        qint64 capFen = 0;           // above it, a collective decision is required too
        qint64 availableFen = 0;     // the most the fund can pay on that day without going below zero
        QString policyId;
        int paperworkWorkingDays = 5; // after an emergency payment
        // The payment already made this year for the same household and reason type, if any.
        std::optional<FundEntry> earlierThisYear;
    };

    Status setQuota(int year, qint64 amountFen, const QString& document, const QDate& date);
    // Money received from the city: an allocation against the quota (预拨) or a replenishment (补充).
    Result<QString> allocate(qint64 amountFen, const QString& voucher, const QDate& date, bool replenishment = false);
    // Pays from the fund and returns the payment's id. `approver` is the second person who signs a
    // payment above the township limit or overrides the once-a-year rule.
    Result<QString> pay(const Payment& payment, const Session* approver = nullptr);
    Result<QString> reverse(const QString& entryId, const QString& reason, const QDate& date);
    Status completePaperwork(const QString& paymentId, const QDate& date, const QString& note);
    // Closes a year: its balance carries forward, or goes back to the city when `returnBalance`.
    // Nothing dated in that year or before can be written afterwards.
    Status closeYear(int year, bool returnBalance);

    Result<PaymentLimits> limitsFor(const QString& householdId, const QString& reasonType, const QDate& date);
    Result<FundBalance> balance(int year);
    // Every entry in ledger order (date, then the order written) with its running balance.
    Result<QList<FundEntry>> entries();
    Result<FundStatement> reconcile(int year, int month);
    Result<FundEntry> find(const QString& entryId);
    // One household's payments and their reversals, oldest first (the household's file).
    Result<QList<FundEntry>> forHousehold(const QString& householdId);
    // Payments whose paperwork has not been handed in, oldest first.
    Result<QList<FundEntry>> paperworkOutstanding();

    // The digest the audit trail keeps of an entry and of a payment's paperwork.
    static QString digest(const FundEntry& entry);
    static QString paperworkDigest(const QString& paymentId, const QDate& completedOn, const QString& note);

private:
    Result<QString> append(FundEntry entry);
    Status requireOpenYear(int year) const;
    Result<int> lastClosedYear() const;
    Result<qint64> availableOn(const QDate& date) const;
    Result<std::optional<FundEntry>> entry(const QString& id) const;
    Result<PaymentLimits> limits(const Household& household, const QString& reasonType, const QDate& date);

    Database& m_database;
    Session m_session;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace Doudi
