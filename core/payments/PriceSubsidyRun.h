#pragma once

#include "Result.h"
#include "domain/IdNumber.h"
#include "payments/PriceIndices.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

namespace Doudi {

class Database;

// One person's price subsidy of a month.
struct PriceSubsidyLine
{
    QString householdId;
    QString memberId;
    int member = 0; // the member's index in the household
    QString name;
    IdNumber idNumber;
    QString villageCode;
    QString headName;    // the household's head, by whom the roster is ordered
    QString bankAccount; // the household's account, paid into
    QString category;    // dibao, tekun, orphan: what covers the person
    qint64 amountFen = 0;
    bool alreadyPaid = false; // by an earlier run of the same month
};

// The temporary price subsidy of a month as a batch (物价联动 → 发放价格临时补贴, spec/programs.md
// §4.5): `prepare` works out who is covered and how much from the month's recorded price index,
// the policy in force and who is paid that month; `commit` records the payments of those not paid
// yet, in one transaction. Running it twice for a month pays nobody twice.
//
// Who is covered: the members of households on the month's payment roll (an approved amount in
// effect that pays) as 低保 or 特困, and every child receiving the orphans' allowance. The rules'
// own function decides it, on the household as stored and the approved classification.
class PriceSubsidyRun final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PriceSubsidyRun)

public:
    // The schema from which the price subsidy is kept (migration 029).
    static constexpr int kSchema = 29;

    struct CategoryTotal
    {
        int persons = 0;
        qint64 fen = 0;
    };

    static Result<PriceSubsidyRun> prepare(Database& database, const Session& session, const QString& month);

    const QString& month() const { return m_month; }
    const RecordedPriceIndex& index() const { return m_index; }
    const QString& policyId() const { return m_policyId; }
    // Whether the index reaches the policy's trigger; when not, nobody is paid.
    bool triggered() const { return m_triggered; }
    // The policy's thresholds, in permille: prices, or food prices, rising at least this much.
    int cpiTriggerPermille() const { return m_cpiTriggerPermille; }
    int foodCpiTriggerPermille() const { return m_foodCpiTriggerPermille; }
    const QList<PriceSubsidyLine>& lines() const { return m_lines; }
    // What is still to pay (lines not paid yet), by category and in all.
    QMap<QString, CategoryTotal> toPayByCategory() const;
    CategoryTotal toPay() const;
    int alreadyPaid() const;

    struct Outcome
    {
        QString runId; // empty when there was nobody left to pay
        int persons = 0;
        qint64 fen = 0;
    };
    // Records the payments not made yet, all or nothing. Needs the supervisor's leave to approve
    // payments.
    Result<Outcome> commit(Database& database, const Session& session) const;

    static QString categoryLabel(const QString& category);
    // Each run's digest as its audit entry records it, worked out again from the rows stored (the
    // audit verifier's check): run id → digest.
    static Result<QHash<QString, QString>> storedRunDigests(Database& database);
    // The order a roster is signed in (SignedOrder), a household's members in their order.
    static void sortAsSigned(QList<PriceSubsidyLine>& lines);

private:
    PriceSubsidyRun() = default;

    QString m_month;
    RecordedPriceIndex m_index;
    QString m_policyId;
    bool m_triggered = false;
    int m_cpiTriggerPermille = 0;
    int m_foodCpiTriggerPermille = 0;
    QList<PriceSubsidyLine> m_lines;
};

} // namespace Doudi
