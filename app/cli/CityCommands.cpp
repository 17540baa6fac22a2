#include "Commands.h"

#include "sync/CityAllocations.h"
#include "sync/CityDecisions.h"
#include "sync/CityReports.h"
#include "sync/CitySignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

void printJson(CliContext& ctx, const QJsonDocument& document)
{
    ctx.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int decide(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("case"), CliContext::tr("The submitted case."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("approve"), CliContext::tr("Approve it.")});
    parser.addOption({QStringLiteral("refuse"), CliContext::tr("Refuse it.")});
    parser.addOption({QStringLiteral("reason"), CliContext::tr("Why (required for a refusal: the written notice)."),
                      CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Decides a case a township submitted; the decision goes back in the "
                                               "next package."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("case")))
        return Usage;
    const bool approve = parser.isSet(QStringLiteral("approve"));
    if (approve == parser.isSet(QStringLiteral("refuse")))
        return ctx.usageError(CliContext::tr("Give --approve or --refuse."));
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = CityDecisions::decide(*db, *session, parser.value(QStringLiteral("case")), approve,
                                         parser.value(QStringLiteral("reason")), *date);
        !s)
        return ctx.fail(s.error());
    return Done;
}

int awaiting(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists the cases awaiting the city's decision.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto cases = CityDecisions::awaiting(*db);
    if (!cases)
        return ctx.fail(cases.error());
    QJsonArray out;
    for (const AwaitingCase& c : *cases)
        out.append(QJsonObject{{QStringLiteral("township"), c.township},
                               {QStringLiteral("case"), c.caseId},
                               {QStringLiteral("household"), c.householdId},
                               {QStringLiteral("type"), c.type},
                               {QStringLiteral("head_name"), c.headName},
                               {QStringLiteral("submitted_on"), c.submittedOn},
                               {QStringLiteral("decision"), c.decision}});
    printJson(ctx, QJsonDocument(out));
    return Done;
}

int duplicates(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r =
            ctx.parse(parser, args, CliContext::tr("Lists persons who are members in two townships or more."));
        r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto list = CityReports::duplicates(*db);
    if (!list)
        return ctx.fail(list.error());
    printJson(ctx, QJsonDocument(*list));
    return Done;
}

int report(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("City-wide statistics per township.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto figures = CityReports::report(*db);
    if (!figures)
        return ctx.fail(figures.error());
    printJson(ctx, QJsonDocument(*figures));
    return Done;
}

int search(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("name"), CliContext::tr("Part of a member's name."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Searches all townships' households (read-only)."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("name")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto found = CityReports::search(*db, parser.value(QStringLiteral("name")));
    if (!found)
        return ctx.fail(found.error());
    printJson(ctx, QJsonDocument(*found));
    return Done;
}

int routeSignals(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("Signals as JSON or CSV (as signal import)."));
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Routes data-matching signals to the townships where the persons are "
                                               "members; they go out in the next packages."));
        r >= 0)
        return r;
    QByteArray content;
    if (const int r = ctx.readPositionalFile(parser, &content); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto routed = CitySignals::import(*db, *session, content);
    if (!routed)
        return ctx.fail(routed.error());
    printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("routed"), routed->routed},
                                             {QStringLiteral("unmatched"), routed->unmatched}}));
    return Done;
}

int allocate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("township"), CliContext::tr("The township's code."), CliContext::tr("CODE")});
    parser.addOption(
        {QStringLiteral("kind"), CliContext::tr("quota, allocation or replenishment."), CliContext::tr("KIND")});
    parser.addOption(
        {QStringLiteral("year"), CliContext::tr("The year (a quota's; else the date's)."), CliContext::tr("YEAR")});
    parser.addOption(CliContext::amountOption());
    parser.addOption(
        {QStringLiteral("document"), CliContext::tr("The approval document or the voucher."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Records a township's reserve-fund quota or money sent to it; it goes "
                                               "out in the next package."));
        r >= 0)
        return r;
    for (const char* flag : {"township", "kind", "amount-fen", "document"}) {
        if (!ctx.require(parser, QLatin1String(flag)))
            return Usage;
    }
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    const auto fen = ctx.amountFen(parser);
    if (!fen)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const int year = parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year")).toInt() : date->year();
    const auto id =
        CityAllocations::record(*db, *session,
                                {parser.value(QStringLiteral("township")), parser.value(QStringLiteral("kind")), year,
                                 *fen, parser.value(QStringLiteral("document")), *date});
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << *id << Qt::endl;
    return Done;
}

} // namespace

int runCity(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("city"),
                             {{"decide", decide},
                              {"awaiting", awaiting},
                              {"duplicates", duplicates},
                              {"signals", routeSignals},
                              {"allocate", allocate},
                              {"report", report},
                              {"search", search}},
                             args);
}

} // namespace Doudi::Cli
