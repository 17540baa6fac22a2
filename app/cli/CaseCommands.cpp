#include "Commands.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Doudi::Cli {

namespace {

QJsonObject toJson(const CaseRecord& c, const QDate& today)
{
    QJsonArray history;
    for (const CaseStep& s : c.steps)
        history.append(QJsonObject{{QStringLiteral("seq"), s.seq},
                                   {QStringLiteral("action"), s.action},
                                   {QStringLiteral("from"), s.fromState},
                                   {QStringLiteral("to"), s.toState},
                                   {QStringLiteral("date"), s.onDate.toString(Qt::ISODate)},
                                   {QStringLiteral("note"), s.note},
                                   {QStringLiteral("user"), s.userName}});
    QJsonArray deadlines;
    for (const CaseDeadline& d : c.deadlines)
        deadlines.append(QJsonObject{{QStringLiteral("step"), d.step},
                                     {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                                     {QStringLiteral("met"), d.met},
                                     {QStringLiteral("overdue"), d.overdueOn(today)},
                                     {QStringLiteral("estimated"), d.estimated}});
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("household"), c.householdId},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("state"), c.state},
            {QStringLiteral("opened"), c.openedOn.toString(Qt::ISODate)},
            {QStringLiteral("delegated"), c.delegated},
            {QStringLiteral("near_relative"), c.nearRelative},
            {QStringLiteral("amount_fen"), c.amountFen >= 0 ? QJsonValue(c.amountFen) : QJsonValue()},
            {QStringLiteral("payment_from"), c.paymentFrom.isEmpty() ? QJsonValue() : QJsonValue(c.paymentFrom)},
            {QStringLiteral("decision_reason"), c.decisionReason},
            {QStringLiteral("documents"), QJsonArray::fromStringList(c.documents)},
            {QStringLiteral("history"), history},
            {QStringLiteral("deadlines"), deadlines},
            {QStringLiteral("overdue"), c.overdueOn(today)}};
}

int openCase(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("type"),
                      CliContext::tr("%1.").arg(CaseWorkflow::types().join(QStringLiteral(", "))),
                      CliContext::tr("TYPE")});
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("delegated"), CliContext::tr("Decisions are delegated to the township.")});
    parser.addOption({QStringLiteral("near-relative"),
                      CliContext::tr("A member is a near relative of a case worker or village official.")});
    parser.addOption({QStringLiteral("documents"),
                      CliContext::tr("The materials handed in, separated by commas: %1.")
                          .arg(CaseWorkflow::documents().join(QStringLiteral(", "))),
                      CliContext::tr("CODES")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Opens a case and prints its id.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("household")) || !ctx.require(parser, QStringLiteral("type")))
        return Usage;
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto id = CaseRepository(*db, *session)
                        .open({parser.value(QStringLiteral("household")), parser.value(QStringLiteral("type")), *date,
                               parser.isSet(QStringLiteral("delegated")), parser.isSet(QStringLiteral("near-relative")),
                               parser.value(QStringLiteral("documents")).split(QLatin1Char(','), Qt::SkipEmptyParts)});
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << *id << Qt::endl;
    return Done;
}

int advanceCase(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("case"), CliContext::tr("The case's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("action"),
                      CliContext::tr("%1.").arg(CaseWorkflow::actions().join(QStringLiteral(", "))),
                      CliContext::tr("ACTION")});
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("note"), CliContext::tr("What to keep with the step."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Takes a case one step further.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("case")) || !ctx.require(parser, QStringLiteral("action")))
        return Usage;
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = CaseRepository(*db, *session)
                       .advance(parser.value(QStringLiteral("case")), parser.value(QStringLiteral("action")), *date,
                                parser.value(QStringLiteral("note")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int recordVisit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("case"), CliContext::tr("The case's id."), CliContext::tr("ID")});
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("investigators"), CliContext::tr("Names, separated by commas (two or more)."),
                      CliContext::tr("NAMES")});
    parser.addOption({QStringLiteral("findings"), CliContext::tr("What the visit found."), CliContext::tr("TEXT")});
    parser.addOption(
        {QStringLiteral("present"), CliContext::tr("Who of the family was there."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("signed"), CliContext::tr("The family signed the record.")});
    parser.addOption({QStringLiteral("city"), CliContext::tr("The city's own visit.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Records a home visit of a case.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("case")))
        return Usage;
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    HomeVisit visit;
    visit.date = *date;
    visit.investigators =
        parser.value(QStringLiteral("investigators")).split(QRegularExpression(QStringLiteral("[,，、]")));
    visit.findings = parser.value(QStringLiteral("findings"));
    visit.present = parser.value(QStringLiteral("present"));
    visit.familySigned = parser.isSet(QStringLiteral("signed"));
    visit.byCity = parser.isSet(QStringLiteral("city"));
    if (Status s = CaseRepository(*db, *session).recordVisit(parser.value(QStringLiteral("case")), visit); !s)
        return ctx.fail(s.error());
    return Done;
}

int showCase(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption({QStringLiteral("case"), CliContext::tr("The case's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Shows a case: its state, history and time limits."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("case")))
        return Usage;
    const auto db = ctx.openDatabase(CliContext::databasePath(parser), Database::OpenMode::MustExist);
    if (!db)
        return Failed;
    CaseRepository cases(*db, Session::unauthenticatedReader());
    const auto found = cases.find(parser.value(QStringLiteral("case")));
    if (!found)
        return ctx.fail(found.error());
    QJsonObject shown = toJson(*found, Clock::currentDate());
    if (const auto plan = cases.gradualExit(*found); plan && plan->has_value())
        shown.insert(QStringLiteral("gradual_exit"), QJsonObject{{QStringLiteral("start"), (*plan)->start},
                                                                 {QStringLiteral("months"), (*plan)->months},
                                                                 {QStringLiteral("end"), (*plan)->end}});
    ctx.out() << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
    return Done;
}

int listCases(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption({QStringLiteral("state"), CliContext::tr("Only cases in this state."), CliContext::tr("STATE")});
    parser.addOption({QStringLiteral("overdue"), CliContext::tr("Only cases past a time limit.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists cases.")); r >= 0)
        return r;
    const auto db = ctx.openDatabase(CliContext::databasePath(parser), Database::OpenMode::MustExist);
    if (!db)
        return Failed;
    const QDate today = Clock::currentDate();
    const auto cases = CaseRepository(*db, Session::unauthenticatedReader())
                           .list(parser.value(QStringLiteral("state")), parser.isSet(QStringLiteral("overdue")), today);
    if (!cases)
        return ctx.fail(cases.error());
    QJsonArray array;
    for (const CaseRecord& c : *cases)
        array.append(toJson(c, today));
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Done;
}

int importCalendar(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addPositionalArgument(QStringLiteral("FILE.json"),
                                 CliContext::tr("{\"year\": 2025, \"holidays\": […], \"workdays\": […]}"));
    if (const int r = ctx.parse(parser, args, CliContext::tr("Imports a year's holidays and working weekend days."));
        r >= 0)
        return r;
    QByteArray text;
    if (const int r = ctx.readPositionalFile(parser, &text); r >= 0)
        return r;
    const auto year = WorkCalendar::readYear(text);
    if (!year)
        return ctx.fail(year.error());
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = CaseRepository(*db, *session).importCalendar(*year); !s)
        return ctx.fail(s.error());
    return Done;
}

int listCalendars(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r =
            ctx.parse(parser, args, CliContext::tr("Lists each year's working-day calendar and where it came from."));
        r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto years = CaseRepository(*db, *session).calendarYears();
    if (!years)
        return ctx.fail(years.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CalendarYearSource& y : *years)
            array.append(QJsonObject{{QStringLiteral("year"), y.year},
                                     {QStringLiteral("source"), y.source},
                                     {QStringLiteral("holidays"), y.holidays},
                                     {QStringLiteral("workdays"), y.workdays},
                                     {QStringLiteral("at"), y.at.isEmpty() ? QJsonValue() : QJsonValue(y.at)}});
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const CalendarYearSource& y : *years) {
        const QString source = y.source == QLatin1String("built-in") ? CliContext::tr("built into Doudi")
                               : y.source == QLatin1String("city")   ? CliContext::tr("from the city")
                                                                     : CliContext::tr("imported");
        ctx.out() << y.year << '\t' << source << '\t' << CliContext::tr("%n holiday(s)", "", y.holidays) << '\t'
                  << CliContext::tr("%n working weekend day(s)", "", y.workdays) << '\n';
    }
    return Done;
}

} // namespace

int runCase(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(
        QStringLiteral("case"),
        {{"open", openCase}, {"advance", advanceCase}, {"visit", recordVisit}, {"show", showCase}, {"list", listCases}},
        args);
}

int runCalendar(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("calendar"), {{"import", importCalendar}, {"list", listCalendars}}, args);
}

} // namespace Doudi::Cli
