#include "Commands.h"

#include "cases/SignalRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

int importSignals(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("Signals as a JSON list or CSV."));
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Imports monitoring signals, all or nothing; each becomes a task for "
                                               "the household it matches."));
        r >= 0)
        return r;
    QByteArray text;
    if (const int r = ctx.readPositionalFile(parser, &text); r >= 0)
        return r;
    auto signalList = SignalReader::read(text);
    if (!signalList)
        return ctx.fail(signalList.error());
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto report = SignalRepository(*db, *session).import(std::move(signalList).value());
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("matched"), report->matched},
                                                             {QStringLiteral("unmatched"), report->unmatched},
                                                             {QStringLiteral("duplicates"), report->duplicates}})
                                       .toJson(QJsonDocument::Indented));
    return Done;
}

int listSignals(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption({QStringLiteral("open"), CliContext::tr("Only the tasks not yet closed.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists monitoring signals and their tasks.")); r >= 0)
        return r;
    const auto db = ctx.openDatabase(CliContext::databasePath(parser), Database::OpenMode::MustExist);
    if (!db)
        return Failed;
    const auto list =
        SignalRepository(*db, Session::unauthenticatedReader()).list(parser.isSet(QStringLiteral("open")));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray array;
    for (const MonitoringSignal& s : *list)
        array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("id_number"), s.idNumber.masked()},
                                 {QStringLiteral("kind"), s.kind},
                                 {QStringLiteral("source"), s.source},
                                 {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                                 {QStringLiteral("household"), s.householdId},
                                 {QStringLiteral("status"), s.status},
                                 {QStringLiteral("outcome"), s.outcomeNote}});
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Done;
}

} // namespace

int runSignal(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("signal"), {{"import", importSignals}, {"list", listSignals}}, args);
}

} // namespace Doudi::Cli
