#pragma once

#include "Result.h"
#include "store/DeterminationRepository.h"
#include "store/PolicyRepository.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <optional>

namespace Doudi {

class Database;

// One household of a batch: what it is now, what the rules say, what was saved before.
struct BatchItem
{
    Household household;
    Determination result;
    std::optional<Entitlements> entitlements; // under a policy with programs
    QMap<QString, qint64> programsFen;        // their monthly amounts by program
    std::optional<DeterminationSummary> previous;

    bool programsChanged() const { return previous && previous->programsFen != programsFen; }
    bool changed() const
    {
        return !previous || previous->classification != result.classification ||
               previous->totalFen != result.totalFen || programsChanged();
    }
};

// One of the other programs in a batch: its monthly amounts before and after, and who receives it.
struct ProgramTotals
{
    qint64 beforeFen = 0;
    qint64 afterFen = 0;
    int recipientsBefore = 0; // households
    int recipientsAfter = 0;
};

// What a batch would change, shown before anything is written.
struct BatchPreview
{
    int households = 0;
    int withoutDetermination = 0; // no saved determination yet: a first one, not a change
    int changedClassification = 0;
    int changedAmount = 0;
    int changedPrograms = 0;   // households whose other programs' amounts change
    qint64 totalBeforeFen = 0; // the monthly amounts of the latest saved determinations
    qint64 totalAfterFen = 0;
    QMap<QString, int> byClassification;            // code → households, after
    QMap<QPair<QString, QString>, int> transitions; // (from, to) codes → households; "" when new
    QList<int> changedItems;                        // indexes into items()
    QMap<QString, ProgramTotals> programs;          // by program code; empty without programs
};

// Re-evaluates every household of a township under the policy in force for a month, in parallel,
// then commits all determinations in one transaction, or nothing. Runs on the thread that owns
// the Database it is given; the evaluation itself spreads over the global thread pool.
class BatchEvaluation final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BatchEvaluation)

public:
    struct Progress
    {
        std::function<void(int done, int total)> report;
        std::function<bool()> cancelled;
    };

    static Result<BatchEvaluation> run(Database& database, const Session& session, const QString& month,
                                       const Progress& progress = {});

    const StoredPolicy& policy() const { return m_policy; }
    const QString& month() const { return m_month; }
    const QList<BatchItem>& items() const { return m_items; }
    const BatchPreview& preview() const { return m_preview; }

    // Saves every determination in one transaction; returns the batch id.
    Result<QString> commit(Database& database, const Session& session) const;
    // The same, and in the same transaction a supervisor's decision that the new amounts are paid
    // from `effectiveFrom` (新标准自某月起执行): each household paid now whose amount the rules change,
    // and that the rules still pay, gets a decision of its own. Households the rules no longer pay
    // stay as they are, flagged for review: ending help needs its own case. `decided`: how many.
    Result<QString> commitAndDecide(Database& database, const Session& session, const QString& effectiveFrom,
                                    int* decided) const;

private:
    BatchEvaluation() = default;
    void makePreview();

    StoredPolicy m_policy;
    QString m_month;
    QList<BatchItem> m_items;
    BatchPreview m_preview;
};

} // namespace Doudi
