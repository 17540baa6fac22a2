#include "EvaluationInput.h"

#include "Clock.h"
#include "domain/HouseholdJson.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"

namespace Doudi::Cli {

void EvaluationInput::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("policy"), CliContext::tr("A doudi-policy/1 document."), CliContext::tr("FILE")});
    parser.addOption(
        {QStringLiteral("household"), CliContext::tr("A doudi-household/1 document."), CliContext::tr("FILE")});
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month to evaluate (default: this month)."),
                      CliContext::tr("YYYY-MM")});
}

int EvaluationInput::read(CliContext& ctx, const QCommandLineParser& parser, QList<Problem>& problems)
{
    if (!ctx.require(parser, QStringLiteral("policy")) || !ctx.require(parser, QStringLiteral("household")))
        return Usage;
    month = parser.isSet(QStringLiteral("month")) ? parser.value(QStringLiteral("month"))
                                                  : Clock::currentDate().toString(QStringLiteral("yyyy-MM"));
    firstDay = Evaluator::firstDayOfMonth(month);
    if (!firstDay.isValid())
        return ctx.usageError(CliContext::tr("--month must be a month written YYYY-MM."));

    const auto policyText = CliContext::readFile(parser.value(QStringLiteral("policy")));
    if (!policyText)
        return ctx.fail(policyText.error());
    const auto householdText = CliContext::readFile(parser.value(QStringLiteral("household")));
    if (!householdText)
        return ctx.fail(householdText.error());
    if (auto p = PolicyJson::read(*policyText))
        policy = std::move(p).value();
    else
        problems += p.error().problems();
    if (auto h = HouseholdJson::read(*householdText))
        household = std::move(h).value();
    else
        problems += h.error().problems();
    return -1;
}

int EvaluationInput::requirePolicyInForce(CliContext& ctx) const
{
    if (policy->effectiveFrom <= firstDay)
        return -1;
    return ctx.fail(Error::invalid(QStringLiteral("month"),
                                   CliContext::tr("the policy %1 takes effect on %2, after %3")
                                       .arg(policy->id, policy->effectiveFrom.toString(Qt::ISODate), month)));
}

} // namespace Doudi::Cli
