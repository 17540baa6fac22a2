#include "Commands.h"

#include "Clock.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"
#include "services/BatchEvaluation.h"
#include "store/PolicyRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

int importPolicy(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addPositionalArgument(QStringLiteral("FILE.json"), CliContext::tr("A doudi-policy/1 document."));
    if (const int r = ctx.parse(parser, args, CliContext::tr("Adds a policy; policies are never overwritten.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")))
        return Usage;
    QByteArray text;
    if (const int r = ctx.readPositionalFile(parser, &text); r >= 0)
        return r;
    const auto policy = PolicyJson::read(text);
    if (!policy)
        return ctx.fail(policy.error());
    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    PolicyRepository policies(*db, *session);
    if (Status s = policies.add(*policy); !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("Policy %1 (%2), in force from %3, is stored.")
                     .arg(policy->id, policy->document, policy->effectiveFrom.toString(Qt::ISODate))
              << Qt::endl;
    return Done;
}

} // namespace

int runPolicy(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("policy"), {{"import", importPolicy}}, args);
}

int runEvaluateAll(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month to evaluate (default: this month)."),
                      CliContext::tr("YYYY-MM")});
    parser.addOption({QStringLiteral("decide-from"),
                      CliContext::tr("Approve the new amounts as the new standard paid from this month (a "
                                     "supervisor's decision, per household whose amount changes)."),
                      CliContext::tr("YYYY-MM")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Re-evaluates every household under the policy in force and saves "
                                               "the determinations, all or nothing."));
        r >= 0)
        return r;
    const QString month = parser.isSet(QStringLiteral("month"))
                              ? parser.value(QStringLiteral("month"))
                              : Clock::currentDate().toString(QStringLiteral("yyyy-MM"));
    if (!Evaluator::firstDayOfMonth(month).isValid())
        return ctx.usageError(CliContext::tr("--month must be a month written YYYY-MM."));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = session->require(Action::BatchReevaluate); !s)
        return ctx.fail(s.error());
    PolicyRepository policies(*db, *session);
    if (Status s = policies.ensureExample(); !s)
        return ctx.fail(s.error());

    QElapsedTimer timer;
    timer.start();
    const bool showProgress = ctx.stderrIsTerminal();
    BatchEvaluation::Progress progress;
    progress.report = [&](int done, int total) {
        if (showProgress)
            ctx.err() << QStringLiteral("\r") << CliContext::tr("%1 of %2 households").arg(done).arg(total)
                      << Qt::flush;
    };
    const auto batch = BatchEvaluation::run(*db, *session, month, progress);
    if (showProgress)
        ctx.err() << Qt::endl;
    if (!batch)
        return ctx.fail(batch.error());
    int decided = 0;
    const QString decideFrom = parser.value(QStringLiteral("decide-from"));
    const auto batchId = decideFrom.isEmpty() ? batch->commit(*db, *session)
                                              : batch->commitAndDecide(*db, *session, decideFrom, &decided);
    if (!batchId)
        return ctx.fail(batchId.error());

    const BatchPreview& p = batch->preview();
    QJsonObject counts;
    for (auto it = p.byClassification.cbegin(); it != p.byClassification.cend(); ++it)
        counts.insert(it.key(), it.value());
    // The other programs, when the policy has them: their monthly amounts before and after.
    QJsonObject programs;
    for (auto it = p.programs.cbegin(); it != p.programs.cend(); ++it)
        programs.insert(it.key(), QJsonObject{{QStringLiteral("total_monthly_fen"), it->afterFen},
                                              {QStringLiteral("previous_total_monthly_fen"), it->beforeFen},
                                              {QStringLiteral("households"), it->recipientsAfter},
                                              {QStringLiteral("previous_households"), it->recipientsBefore}});
    const QJsonObject summary{{QStringLiteral("month"), month},
                              {QStringLiteral("policy_id"), batch->policy().policy.id},
                              {QStringLiteral("policy_is_example"), batch->policy().isExample},
                              {QStringLiteral("batch_id"), *batchId},
                              {QStringLiteral("households"), p.households},
                              {QStringLiteral("by_classification"), counts},
                              {QStringLiteral("total_monthly_fen"), p.totalAfterFen},
                              {QStringLiteral("previous_total_monthly_fen"), p.totalBeforeFen},
                              {QStringLiteral("without_determination"), p.withoutDetermination},
                              {QStringLiteral("changed_classification"), p.changedClassification},
                              {QStringLiteral("changed_amount"), p.changedAmount},
                              {QStringLiteral("programs"), programs},
                              {QStringLiteral("changed_programs"), p.changedPrograms},
                              {QStringLiteral("decided_from"), decideFrom},
                              {QStringLiteral("decided"), decided}};
    ctx.out() << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    ctx.err() << CliContext::tr("Evaluated and saved %1 households in %2 s.")
                     .arg(p.households)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
