#include "Commands.h"
#include "EvaluationInput.h"

#include "rules/EntitlementsJson.h"
#include "rules/Evaluator.h"
#include "rules/PriceIndexJson.h"
#include "rules/ProgramRules.h"

namespace Doudi::Cli {

namespace {

// Problems of one input document, their fields prefixed by the option that named it: the policy
// and the price index both have a `month` (`price-index: month: …`).
void addProblems(QList<Problem>& problems, const Error& error, const QString& prefix)
{
    for (Problem p : error.problems()) {
        p.field = p.field.isEmpty() ? prefix : prefix + QStringLiteral(": ") + p.field;
        problems.append(p);
    }
}

} // namespace

int runEntitlements(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    EvaluationInput::addOptions(parser);
    parser.addOption({QStringLiteral("price-index"),
                      CliContext::tr("The month's published price index, for the price subsidy."),
                      CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Prints what the township's other programs pay one household: the "
                                               "disability subsidies, the orphans' allowance, the funeral waiver "
                                               "and the price subsidy."));
        r >= 0)
        return r;
    // Every document is checked before anything is evaluated; every problem is one line.
    EvaluationInput input;
    QList<Problem> problems;
    if (const int r = input.read(ctx, parser, problems); r >= 0)
        return r;
    std::optional<PriceIndex> priceIndex;
    if (parser.isSet(QStringLiteral("price-index"))) {
        const auto text = CliContext::readFile(parser.value(QStringLiteral("price-index")));
        if (!text)
            return ctx.fail(text.error());
        if (const auto index = PriceIndexJson::read(*text))
            priceIndex = *index;
        else
            addProblems(problems, index.error(), QStringLiteral("price-index"));
    }
    if (!problems.isEmpty())
        return ctx.fail(Error(Error::Kind::InvalidInput, problems));
    if (const int r = input.requirePolicyInForce(ctx); r >= 0)
        return r;
    if (priceIndex && priceIndex->month != input.month)
        return ctx.fail(
            Error::invalid(QStringLiteral("price-index: month"),
                           CliContext::tr("the index is of %1, not of %2").arg(priceIndex->month, input.month)));

    const auto determination = Evaluator::evaluate(*input.policy, *input.household, input.month);
    if (!determination)
        return ctx.fail(determination.error());
    const auto entitlements =
        ProgramRules::entitlements(*input.policy, *input.household, *determination, input.month, priceIndex);
    if (!entitlements)
        return ctx.fail(entitlements.error());
    ctx.out() << QString::fromUtf8(EntitlementsJson::write(*entitlements));
    return Done;
}

} // namespace Doudi::Cli
