#include "BatchEvaluation.h"

#include "Clock.h"
#include "payments/ApprovedAmounts.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent>

#include <numeric>

namespace Doudi {

Result<BatchEvaluation> BatchEvaluation::run(Database& database, const Session& session, const QString& month,
                                             const Progress& progress)
{
    const QDate firstDay = Evaluator::firstDayOfMonth(month);
    if (!firstDay.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    PolicyRepository policies(database, session);
    auto policy = policies.inForce(firstDay);
    if (!policy)
        return policy.error();
    HouseholdRepository households(database, session);
    auto all = households.loadAll();
    if (!all)
        return all.error();
    DeterminationRepository determinations(database, session);
    auto previous = determinations.latestSummaries();
    if (!previous)
        return previous.error();

    BatchEvaluation batch;
    batch.m_policy = *policy;
    batch.m_month = month;
    batch.m_items.resize(all->size());
    const Policy& rules = batch.m_policy.policy;
    const bool withPrograms = !rules.programs.isEmpty();
    const int total = int(all->size());

    // Chunks, so that progress is reported and a cancel is heard within a fraction of a second.
    constexpr int kChunk = 2000;
    QList<Household>& input = *all;
    for (int start = 0; start < total; start += kChunk) {
        if (progress.cancelled && progress.cancelled())
            return Error::failed(tr("The re-evaluation was cancelled; nothing was saved."));
        const int end = std::min(total, start + kChunk);
        QList<int> indexes(end - start);
        std::iota(indexes.begin(), indexes.end(), start);
        QtConcurrent::blockingMap(indexes, [&](int i) {
            BatchItem& item = batch.m_items[i];
            item.household = std::move(input[i]);
            auto result = Evaluator::evaluate(rules, item.household, month, Evaluator::Options{false});
            if (!result)
                return;
            item.result = std::move(result).value();
            if (withPrograms) {
                // The monthly programs; the price subsidy is a batch of its own, on the month's index.
                auto entitlements = ProgramRules::entitlements(rules, item.household, item.result, month, std::nullopt,
                                                               ProgramRules::Options{false});
                if (!entitlements) {
                    item.result.policyId.clear(); // reported below, as a household the rules refuse
                    return;
                }
                item.programsFen = DeterminationRepository::monthlyByProgram(*entitlements);
                item.entitlements = std::move(entitlements).value();
            }
        });
        if (progress.report)
            progress.report(end, total);
    }
    // A stored household that the rules refuse would be a bug elsewhere; it must not pass silently.
    for (const BatchItem& item : batch.m_items) {
        if (item.result.policyId.isEmpty())
            return Error::failed(tr("The household %1 cannot be evaluated.").arg(item.household.uuid));
    }
    for (BatchItem& item : batch.m_items) {
        const auto before = previous->constFind(item.household.uuid);
        if (before != previous->cend())
            item.previous = *before;
    }
    batch.makePreview();
    return batch;
}

void BatchEvaluation::makePreview()
{
    BatchPreview& p = m_preview;
    p.households = int(m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const BatchItem& item = m_items[i];
        const QString to = DeterminationJson::classificationCode(item.result.classification);
        p.byClassification[to] += 1;
        p.totalAfterFen += item.result.totalFen;
        const QString from =
            item.previous ? DeterminationJson::classificationCode(item.previous->classification) : QString();
        if (item.previous)
            p.totalBeforeFen += item.previous->totalFen;
        if (!item.previous) {
            // The first time a township evaluates, no household "changes": it is assessed at last.
            ++p.withoutDetermination;
            p.transitions[{from, to}] += 1;
        } else if (from != to) {
            ++p.changedClassification;
            p.transitions[{from, to}] += 1;
        } else if (item.previous && item.previous->totalFen != item.result.totalFen) {
            ++p.changedAmount;
        }
        if (item.programsChanged())
            ++p.changedPrograms;
        if (item.changed())
            p.changedItems.append(int(i));
        for (auto it = item.programsFen.cbegin(); it != item.programsFen.cend(); ++it) {
            p.programs[it.key()].afterFen += it.value();
            p.programs[it.key()].recipientsAfter += 1;
        }
        if (item.previous) {
            for (auto it = item.previous->programsFen.cbegin(); it != item.previous->programsFen.cend(); ++it) {
                p.programs[it.key()].beforeFen += it.value();
                p.programs[it.key()].recipientsBefore += 1;
            }
        }
    }
}

Result<QString> BatchEvaluation::commitAndDecide(Database& database, const Session& session,
                                                 const QString& effectiveFrom, int* decided) const
{
    if (Status s = session.require(Action::ApproveDecision); !s)
        return s.error();
    const QDate first = Evaluator::firstDayOfMonth(effectiveFrom);
    if (effectiveFrom.size() != 7 || !first.isValid())
        return Error::invalid(QStringLiteral("effective_from"), tr("must be a month written YYYY-MM"));
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    const auto batchId = commit(database, session);
    if (!batchId)
        return batchId;
    // The determinations just saved, by household: each decision names its own.
    QHash<QString, QString> determinationIds;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT household_id, id FROM determinations WHERE batch_id = ?"));
    q.addBindValue(*batchId);
    if (!q.exec())
        return Error::failed(tr("Cannot read the determinations: %1").arg(StorageError::describe(q.lastError())));
    while (q.next())
        determinationIds.insert(q.value(0).toString(), q.value(1).toString());
    ApprovedAmounts amounts(database, session);
    const auto inForce = amounts.inEffect(effectiveFrom);
    if (!inForce)
        return inForce.error();
    const QString note = tr("New standard: %1 %2").arg(m_policy.policy.title, m_policy.policy.document);
    int count = 0;
    for (const BatchItem& item : m_items) {
        const auto current = inForce->constFind(item.household.uuid);
        if (current == inForce->cend() || !current->pays() || item.result.totalFen <= 0)
            continue;
        const QList<ApprovedAmount> steps =
            ApprovedAmounts::stepsFor(m_policy.policy, item.household, item.result, effectiveFrom);
        if (steps.isEmpty() || !steps.first().pays())
            continue;
        const ApprovedAmount& next = steps.first();
        if (steps.size() == 1 && next.totalFen == current->totalFen && next.classification == current->classification)
            continue; // nothing changes for this household
        ApprovedAmounts::Decision decision;
        decision.householdId = item.household.uuid;
        decision.source = QStringLiteral("reevaluation");
        decision.determinationId = determinationIds.value(item.household.uuid);
        decision.effectiveFrom = effectiveFrom;
        decision.decidedOn = Clock::currentDate();
        decision.note = note;
        decision.steps = steps;
        if (const auto id = amounts.recordWithin(decision); !id)
            return id.error();
        ++count;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    if (decided)
        *decided = count;
    return batchId;
}

Result<QString> BatchEvaluation::commit(Database& database, const Session& session) const
{
    QList<DeterminationRepository::NewDetermination> rows;
    rows.reserve(m_items.size());
    for (const BatchItem& item : m_items)
        rows.append({item.household.uuid, item.household, item.result, item.entitlements});
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    DeterminationRepository determinations(database, session);
    if (Status s = determinations.saveAll(rows, batchId); !s)
        return s.error();
    return batchId;
}

} // namespace Doudi
