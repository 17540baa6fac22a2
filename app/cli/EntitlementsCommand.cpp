#include "Commands.h"

#include "Clock.h"
#include "domain/HouseholdJson.h"
#include "rules/EntitlementsJson.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"
#include "rules/PriceIndexJson.h"
#include "rules/ProgramRules.h"

namespace Doudi::Cli {

namespace {

// Problems of one input document, their fields prefixed by the option that named it when more
// documents than one could have the same field (`price-index: month: …`).
void addProblems(QList<Problem>& problems, const Error& error, const QString& prefix = QString())
{
    for (Problem p : error.problems()) {
        if (!prefix.isEmpty())
            p.field = p.field.isEmpty() ? prefix : prefix + QStringLiteral(": ") + p.field;
        problems.append(p);
    }
}

} // namespace

int runEntitlements(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"), CliContext::tr("A doudi-policy/1 document."), CliContext::tr("FILE")});
    parser.addOption(
        {QStringLiteral("household"), CliContext::tr("A doudi-household/1 document."), CliContext::tr("FILE")});
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month to evaluate (default: this month)."),
                      CliContext::tr("YYYY-MM")});
    parser.addOption({QStringLiteral("price-index"),
                      CliContext::tr("The month's published price index, for the price subsidy."),
                      CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Prints what the township's other programs pay one household: the "
                                               "disability subsidies, the orphans' allowance, the funeral waiver "
                                               "and the price subsidy."));
        r >= 0)
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
    std::optional<QByteArray> indexText;
    if (parser.isSet(QStringLiteral("price-index"))) {
        const auto text = CliContext::readFile(parser.value(QStringLiteral("price-index")));
        if (!text)
            return ctx.fail(text.error());
        indexText = *text;
    }

    // Every document is checked before anything is evaluated; every problem is one line.
    const auto policy = PolicyJson::read(*policyText);
    const auto household = HouseholdJson::read(*householdText);
    std::optional<PriceIndex> priceIndex;
    QList<Problem> problems;
    if (!policy)
        addProblems(problems, policy.error());
    if (!household)
        addProblems(problems, household.error());
    if (indexText) {
        const auto index = PriceIndexJson::read(*indexText);
        if (index)
            priceIndex = *index;
        else
            addProblems(problems, index.error(), QStringLiteral("price-index"));
    }
    if (!problems.isEmpty())
        return ctx.fail(Error(Error::Kind::InvalidInput, problems));
    if (policy->effectiveFrom > firstDay)
        return ctx.fail(Error::invalid(QStringLiteral("month"),
                                       CliContext::tr("the policy %1 takes effect on %2, after %3")
                                           .arg(policy->id, policy->effectiveFrom.toString(Qt::ISODate), month)));
    if (priceIndex && priceIndex->month != month)
        return ctx.fail(Error::invalid(QStringLiteral("price-index: month"),
                                       CliContext::tr("the index is of %1, not of %2").arg(priceIndex->month, month)));

    const auto determination = Evaluator::evaluate(*policy, *household, month);
    if (!determination)
        return ctx.fail(determination.error());
    const auto entitlements = ProgramRules::entitlements(*policy, *household, *determination, month, priceIndex);
    if (!entitlements)
        return ctx.fail(entitlements.error());
    ctx.out() << QString::fromUtf8(EntitlementsJson::write(*entitlements));
    return Done;
}

} // namespace Doudi::Cli
