#include "Commands.h"
#include "EvaluationInput.h"

#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"

namespace Doudi::Cli {

int runEvaluate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    EvaluationInput::addOptions(parser);
    if (const int r = ctx.parse(parser, args, CliContext::tr("Prints the determination of one household.")); r >= 0)
        return r;
    // Both documents are checked before anything is evaluated; every problem is one line.
    EvaluationInput input;
    QList<Problem> problems;
    if (const int r = input.read(ctx, parser, problems); r >= 0)
        return r;
    if (!problems.isEmpty())
        return ctx.fail(Error(Error::Kind::InvalidInput, problems));
    if (const int r = input.requirePolicyInForce(ctx); r >= 0)
        return r;

    const auto determination = Evaluator::evaluate(*input.policy, *input.household, input.month);
    if (!determination)
        return ctx.fail(determination.error());
    ctx.out() << QString::fromUtf8(DeterminationJson::write(*determination));
    return Done;
}

} // namespace Doudi::Cli
