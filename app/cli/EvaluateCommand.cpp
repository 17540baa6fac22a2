#include "Commands.h"

#include "Clock.h"
#include "domain/HouseholdJson.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"

namespace Doudi::Cli {

int runEvaluate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"), CliContext::tr("A doudi-policy/1 document."), CliContext::tr("FILE")});
    parser.addOption(
        {QStringLiteral("household"), CliContext::tr("A doudi-household/1 document."), CliContext::tr("FILE")});
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month to evaluate (default: this month)."),
                      CliContext::tr("YYYY-MM")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Prints the determination of one household.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("policy")) || !ctx.require(parser, QStringLiteral("household")))
        return Usage;
    const QString month = parser.isSet(QStringLiteral("month"))
                              ? parser.value(QStringLiteral("month"))
                              : Clock::currentDate().toString(QStringLiteral("yyyy-MM"));
    const QDate firstDay = Evaluator::firstDayOfMonth(month);
    if (!firstDay.isValid())
        return ctx.usageError(CliContext::tr("--month must be a month written YYYY-MM."));

    const auto policyText = CliContext::readFile(parser.value(QStringLiteral("policy")));
    if (!policyText)
        return ctx.fail(policyText.error());
    const auto householdText = CliContext::readFile(parser.value(QStringLiteral("household")));
    if (!householdText)
        return ctx.fail(householdText.error());

    // Both documents are checked before anything is evaluated; every problem is one line.
    const auto policy = PolicyJson::read(*policyText);
    const auto household = HouseholdJson::read(*householdText);
    QList<Problem> problems;
    if (!policy)
        problems += policy.error().problems();
    if (!household)
        problems += household.error().problems();
    if (!problems.isEmpty())
        return ctx.fail(Error(Error::Kind::InvalidInput, problems));
    if (policy->effectiveFrom > firstDay)
        return ctx.fail(Error::invalid(QStringLiteral("month"),
                                       CliContext::tr("the policy %1 takes effect on %2, after %3")
                                           .arg(policy->id, policy->effectiveFrom.toString(Qt::ISODate), month)));

    const auto determination = Evaluator::evaluate(*policy, *household, month);
    if (!determination)
        return ctx.fail(determination.error());
    ctx.out() << QString::fromUtf8(DeterminationJson::write(*determination));
    return Done;
}

} // namespace Doudi::Cli
