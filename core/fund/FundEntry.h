#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Doudi {

// One line of the reserve fund's ledger (备用金台账). Entries are never changed: a mistake is
// reversed by a later entry that names it. `sign` says how the entry moves the balance: +1 money
// in (allocation, replenishment, reversal of a payment), −1 money out (payment, return, reversal
// of an allocation), 0 nothing moves (the year's quota, a carry-forward).
struct FundEntry
{
    QString id;
    qint64 seq = 0;
    QString kind; // quota, allocation, replenishment, payment, reversal, carry_forward, return
    int year = 0;
    QDate date;
    qint64 amountFen = 0;
    int sign = 0;
    QString document; // the quota's approval document, an allocation's voucher, a payment's voucher number
    QString householdId;
    QString caseId;
    QString recipient;
    QString reasonType; // emergency (急难型), expenditure (支出型)
    QString reason;     // a payment's reason; a reversal's reason
    QString method;     // cash, bank, in_kind
    QString meetingRef; // the collective decision (一事一议) above the cap
    QString overrideReason;
    QString preparedBy;
    QString approvedBy;
    QDate paperworkDue; // emergency payments: the paperwork follows the money
    QString reverses;   // the entry a reversal undoes

    // Filled in when the ledger is read.
    QString reversedBy;
    QDate paperworkDone;
    qint64 balanceAfterFen = 0; // the running balance after this entry, in ledger order

    qint64 signedFen() const { return sign * amountFen; }
    bool isReversed() const { return !reversedBy.isEmpty(); }
    // A payment whose paperwork is due and not yet handed in (a reversed payment needs none).
    bool paperworkOutstanding() const { return paperworkDue.isValid() && !paperworkDone.isValid() && !isReversed(); }
    bool paperworkOverdueOn(const QDate& today) const { return paperworkOutstanding() && today > paperworkDue; }

    // What the entry says, as stored: the content of its audit digest and its JSON form.
    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("seq"), seq},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("year"), year},
                {QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("amount_fen"), amountFen},
                {QStringLiteral("sign"), sign},
                {QStringLiteral("document"), document},
                {QStringLiteral("household"), householdId},
                {QStringLiteral("case"), caseId},
                {QStringLiteral("recipient"), recipient},
                {QStringLiteral("reason_type"), reasonType},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("method"), method},
                {QStringLiteral("meeting_ref"), meetingRef},
                {QStringLiteral("override_reason"), overrideReason},
                {QStringLiteral("prepared_by"), preparedBy},
                {QStringLiteral("approved_by"), approvedBy},
                {QStringLiteral("paperwork_due"), paperworkDue.toString(Qt::ISODate)},
                {QStringLiteral("reverses"), reverses}};
    }
};

} // namespace Doudi
