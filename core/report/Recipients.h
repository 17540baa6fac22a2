#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Doudi {

class Database;

// A household paid for a month, with what the record pays it and what the rules would propose.
struct Recipient
{
    Household household;
    QString villageName;
    // What the record pays (domain.md, the month's payment): a line of the month's batch, or before
    // a batch exists the approved amount in force.
    Classification classification = Classification::Dibao;
    int persons = 0; // the persons covered (a single person of a 单人户 household: 1)
    qint64 baseFen = 0;
    qint64 careFen = 0;
    qint64 incrementsFen = 0;
    qint64 totalFen = 0;
    QString bankAccount;  // the account paid into
    QString paymentState; // pending, paid, failed; empty when not in a batch yet
    QString batchNumber;
    bool startedThisMonth = false; // its decision's payment starts this month
    qint64 approvedFen = 0;        // the month's amount of the decision in force
    QString approvedSince;         // YYYY-MM: that decision's first month
    // What the rules give under the month's policy: for the review flag and the 增发 rates only,
    // never for an amount paid. Empty when no policy covers the month.
    std::optional<Determination> proposed;
};

// Households, persons and amount of a group of recipients: a line of the dashboard and of the
// statistics roster alike.
struct RecipientCount
{
    QString label;
    int households = 0;
    int persons = 0;
    qint64 fen = 0;
};

// Who is paid for a month, and how much (the payment roster, the monthly statistics, the
// dashboard): read from the record, never recomputed. For a month with an approved batch, the
// payments for it that the bank did not return (a supplement's included); before its batch is
// approved, the prepared batch; before any batch, the approved amounts in force.
class Recipients final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Recipients)

public:
    enum class Source
    {
        Batches,  // approved batches
        Prepared, // a batch not approved yet
        Approved  // no batch: the approved amounts in force
    };
    struct List
    {
        QList<Recipient> recipients; // by village, then the head's name in pinyin order
        Source source = Source::Approved;
        QStringList batchNumbers;
        int differFromTheRules = 0; // the rules now propose another amount: to review
        QString policyId;
    };

    static Result<List> forMonth(Database& database, const Session& session, int year, int month,
                                 const QString& villageCode = QString());
    // The payment roster's list: every line of the month's regular batch (returned ones too: it is
    // the list signed at payment), or the approved amounts when there is no batch yet.
    // With `supplement`, the lines of the month's supplement (补发) instead, each household once with
    // what it is paid in all.
    static Result<List> forRoster(Database& database, const Session& session, int year, int month,
                                  const QString& villageCode = QString(), bool supplement = false);
    // forMonth for `count` months from `first` on, the households read once (the dashboard's trend);
    // the rules' proposal only for the last of them.
    static Result<QList<List>> forMonths(Database& database, const Session& session, const QDate& first, int count);
    // The list counted by the classification paid (in the order categories are decided) and by
    // village (in code order): the one tally the dashboard and the statistics roster show.
    static QList<RecipientCount> countByClassification(const List& list);
    static QList<RecipientCount> countByVillage(const List& list);
    // Those whose rules now propose another amount than the one approved: for review, with both.
    static QList<Recipient> differingFromTheRules(const List& list);

private:
    Recipients() = delete;
};

} // namespace Doudi
