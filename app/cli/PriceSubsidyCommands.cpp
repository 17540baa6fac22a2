#include "Commands.h"

#include "domain/Money.h"
#include "payments/PriceIndices.h"
#include "payments/PriceSubsidyRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

QJsonObject indexJson(const RecordedPriceIndex& r)
{
    return {{QStringLiteral("month"), r.index.month},
            {QStringLiteral("cpi_yoy_permille"), r.index.cpiYoyPermille},
            {QStringLiteral("food_cpi_yoy_permille"), r.index.foodCpiYoyPermille},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("recorded_at"), r.recordedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("recorded_by"), r.recordedBy}};
}

// A whole number of permille given as a flag; nullopt after saying which flag is wrong (exit 3).
std::optional<int> permille(CliContext& ctx, const QCommandLineParser& parser, const QString& option, int* status)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        *status = ctx.fail(Error::invalid(option, CliContext::tr("must be a whole number of permille (41 is 4.1 %)")));
        return std::nullopt;
    }
    return value;
}

int setIndex(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("month"), CliContext::tr("The month of the figures, YYYY-MM."), CliContext::tr("MONTH")});
    parser.addOption({QStringLiteral("cpi-permille"),
                      CliContext::tr("Consumer prices against a year before, in permille (41 is 4.1 %)."),
                      CliContext::tr("N")});
    parser.addOption({QStringLiteral("food-cpi-permille"),
                      CliContext::tr("Food prices against a year before, in permille."), CliContext::tr("N")});
    parser.addOption(
        {QStringLiteral("source"), CliContext::tr("Where the figures were published."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Record a month's published price index.")); r >= 0)
        return r;
    for (const char* option : {"month", "cpi-permille", "food-cpi-permille", "source"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    int status = Done;
    const auto cpi = permille(ctx, parser, QStringLiteral("cpi-permille"), &status);
    if (!cpi)
        return status;
    const auto food = permille(ctx, parser, QStringLiteral("food-cpi-permille"), &status);
    if (!food)
        return status;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const PriceIndex index{parser.value(QStringLiteral("month")), *cpi, *food};
    if (Status s = PriceIndices(*db, *session).record(index, parser.value(QStringLiteral("source"))); !s)
        return ctx.fail(s.error());
    const auto recorded = PriceIndices(*db, *session).find(index.month);
    if (!recorded || !recorded->has_value())
        return ctx.fail(recorded ? Error::failed(CliContext::tr("The price index was not recorded."))
                                 : recorded.error());
    ctx.out() << QJsonDocument(indexJson(**recorded)).toJson(QJsonDocument::Indented);
    return Done;
}

int listIndices(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("The price indices recorded, newest first.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto all = PriceIndices(*db, *session).all();
    if (!all)
        return ctx.fail(all.error());
    QJsonArray out;
    for (const RecordedPriceIndex& r : *all)
        out.append(indexJson(r));
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

int runSubsidy(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month whose price index is paid on, YYYY-MM."),
                      CliContext::tr("MONTH")});
    parser.addOption({QStringLiteral("preview"), CliContext::tr("Show who would get what; record nothing.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON with every person's line.")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Pay the month's temporary price subsidy (物价联动), once a person."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("month")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto run = PriceSubsidyRun::prepare(*db, *session, parser.value(QStringLiteral("month")));
    if (!run)
        return ctx.fail(run.error());
    const bool preview = parser.isSet(QStringLiteral("preview"));
    PriceSubsidyRun::Outcome outcome;
    if (!preview) {
        const auto committed = run->commit(*db, *session);
        if (!committed)
            return ctx.fail(committed.error());
        outcome = *committed;
    }

    const PriceSubsidyRun::CategoryTotal toPay = run->toPay();
    if (!parser.isSet(QStringLiteral("json"))) {
        ctx.out() << CliContext::tr("%1: prices %2 ‰, food %3 ‰ (%4).")
                         .arg(run->month())
                         .arg(run->index().index.cpiYoyPermille)
                         .arg(run->index().index.foodCpiYoyPermille)
                         .arg(run->index().source)
                  << '\n';
        if (!run->triggered()) {
            ctx.out() << CliContext::tr("The rise does not reach the policy's trigger: nobody is paid.") << '\n';
            return Done;
        }
        const auto byCategory = run->toPayByCategory();
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
            ctx.out() << QStringLiteral("  %1: ").arg(PriceSubsidyRun::categoryLabel(it.key()))
                      << CliContext::tr("%1 persons, %2").arg(it->persons).arg(Money::fromFen(it->fen).format())
                      << '\n';
        ctx.out() << (preview ? CliContext::tr("To pay: %1 persons, %2; already paid: %3.")
                              : CliContext::tr("Paid now: %1 persons, %2; paid before: %3."))
                         .arg(toPay.persons)
                         .arg(Money::fromFen(toPay.fen).format())
                         .arg(run->alreadyPaid())
                  << '\n';
        return Done;
    }
    QJsonObject categories;
    const auto byCategory = run->toPayByCategory();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        categories.insert(
            it.key(), QJsonObject{{QStringLiteral("persons"), it->persons}, {QStringLiteral("total_fen"), it->fen}});
    QJsonArray lines;
    for (const PriceSubsidyLine& line : run->lines())
        lines.append(QJsonObject{{QStringLiteral("household_id"), line.householdId},
                                 {QStringLiteral("member"), line.member},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("id_number"), line.idNumber.masked()},
                                 {QStringLiteral("village"), line.villageCode},
                                 {QStringLiteral("category"), line.category},
                                 {QStringLiteral("amount_fen"), line.amountFen},
                                 {QStringLiteral("already_paid"), line.alreadyPaid}});
    const QJsonObject out{{QStringLiteral("month"), run->month()},
                          {QStringLiteral("policy_id"), run->policyId()},
                          {QStringLiteral("price_index"), indexJson(run->index())},
                          {QStringLiteral("triggered"), run->triggered()},
                          {QStringLiteral("preview"), preview},
                          {QStringLiteral("persons"), toPay.persons},
                          {QStringLiteral("total_fen"), toPay.fen},
                          {QStringLiteral("by_category"), categories},
                          {QStringLiteral("already_paid"), run->alreadyPaid()},
                          {QStringLiteral("run_id"), outcome.runId},
                          {QStringLiteral("paid_persons"), outcome.persons},
                          {QStringLiteral("paid_fen"), outcome.fen},
                          {QStringLiteral("lines"), lines}};
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

} // namespace

int runPriceIndex(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("price-index"), {{"set", setIndex}, {"list", listIndices}}, args);
}

int runPriceSubsidy(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("price-subsidy"), {{"run", runSubsidy}}, args);
}

} // namespace Doudi::Cli
