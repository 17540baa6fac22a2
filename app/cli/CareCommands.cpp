#include "Commands.h"

#include "Clock.h"
#include "care/CareRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

QJsonObject personJson(const CarePerson& p, const QDate& today)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("village"), p.villageCode},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("id_number"), p.idNumber.masked()},
            {QStringLiteral("group"), p.group},
            {QStringLiteral("reason"), p.reason},
            {QStringLiteral("carer"), p.carer},
            {QStringLiteral("living_alone"), p.livingAlone},
            {QStringLiteral("risk"), p.risk},
            {QStringLiteral("registered_on"), p.registeredOn.toString(Qt::ISODate)},
            {QStringLiteral("left_on"), p.leftOn.toString(Qt::ISODate)},
            {QStringLiteral("left_reason"), p.leftReason},
            {QStringLiteral("last_visit"), p.lastVisit.toString(Qt::ISODate)},
            {QStringLiteral("every_months"), p.everyMonths},
            {QStringLiteral("next_due"), p.nextDue.toString(Qt::ISODate)},
            {QStringLiteral("overdue"), p.overdueOn(today)}};
}

int registerPerson(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("village"), CliContext::tr("The village (its 12-digit code)."), CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("name"), CliContext::tr("The person's name."), CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("id-number"), CliContext::tr("The person's ID number."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("group"), CliContext::tr("child, elderly or woman."), CliContext::tr("GROUP")});
    parser.addOption(
        {QStringLiteral("reason"), CliContext::tr("Why the person is left behind."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("carer"), CliContext::tr("Who looks after the person."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("carer-phone"), CliContext::tr("The carer's phone."), CliContext::tr("PHONE")});
    parser.addOption({QStringLiteral("living-alone"), CliContext::tr("The person lives alone.")});
    parser.addOption(
        {QStringLiteral("risk"), CliContext::tr("low (the default), medium or high."), CliContext::tr("RISK")});
    parser.addOption(
        {QStringLiteral("on"), CliContext::tr("The day registered (default today)."), CliContext::tr("DATE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Put a left-behind person on the care register.")); r >= 0)
        return r;
    for (const char* option : {"village", "name", "id-number", "group", "reason", "carer"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto on = ctx.day(parser, QStringLiteral("on"), Clock::currentDate());
    if (!on)
        return InvalidInput;
    const auto id = IdNumber::parse(parser.value(QStringLiteral("id-number")));
    if (!id)
        return ctx.fail(Error::invalid(QStringLiteral("id_number"), id.error().toString()));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    CarePerson p;
    p.villageCode = parser.value(QStringLiteral("village"));
    p.name = parser.value(QStringLiteral("name"));
    p.idNumber = *id;
    p.group = parser.value(QStringLiteral("group"));
    p.reason = parser.value(QStringLiteral("reason"));
    p.carer = parser.value(QStringLiteral("carer"));
    p.carerPhone = parser.value(QStringLiteral("carer-phone"));
    p.livingAlone = parser.isSet(QStringLiteral("living-alone"));
    if (parser.isSet(QStringLiteral("risk")))
        p.risk = parser.value(QStringLiteral("risk"));
    p.registeredOn = *on;
    const auto added = CareRegister(*db, *session).add(p);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << QJsonDocument(personJson(*added, Clock::currentDate())).toJson(QJsonDocument::Indented);
    return Done;
}

int visit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("person"), CliContext::tr("The person's id on the register."), CliContext::tr("ID")});
    parser.addOption(
        {QStringLiteral("on"), CliContext::tr("The day of the visit (default today)."), CliContext::tr("DATE")});
    parser.addOption({QStringLiteral("findings"), CliContext::tr("What the visit found."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("needs-help"), CliContext::tr("The visit found something to act on.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Record a care visit.")); r >= 0)
        return r;
    for (const char* option : {"person", "findings"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto on = ctx.day(parser, QStringLiteral("on"), Clock::currentDate());
    if (!on)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto v = CareRegister(*db, *session)
                       .visit(parser.value(QStringLiteral("person")), *on, parser.value(QStringLiteral("findings")),
                              parser.isSet(QStringLiteral("needs-help")));
    if (!v)
        return ctx.fail(v.error());
    const QJsonObject out{{QStringLiteral("id"), v->id},
                          {QStringLiteral("person_id"), v->personId},
                          {QStringLiteral("visited_on"), v->visitedOn.toString(Qt::ISODate)},
                          {QStringLiteral("visited_by"), v->visitedBy},
                          {QStringLiteral("findings"), v->findings},
                          {QStringLiteral("needs_help"), v->needsHelp}};
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

int leave(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("person"), CliContext::tr("The person's id on the register."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("on"), CliContext::tr("The day (default today)."), CliContext::tr("DATE")});
    parser.addOption({QStringLiteral("reason"), CliContext::tr("Why, e.g. 父母返乡."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Take a person off the care register.")); r >= 0)
        return r;
    for (const char* option : {"person", "reason"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto on = ctx.day(parser, QStringLiteral("on"), Clock::currentDate());
    if (!on)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = CareRegister(*db, *session)
                       .leave(parser.value(QStringLiteral("person")), *on, parser.value(QStringLiteral("reason")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("village"), CliContext::tr("Only this village (its 12-digit code)."), CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("overdue"), CliContext::tr("Only those whose visit is overdue.")});
    parser.addOption({QStringLiteral("all"), CliContext::tr("Those who left the register too.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("The care register, with each person's next visit."));
        r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const QDate today = Clock::currentDate();
    const auto people = CareRegister(*db, *session)
                            .list(today, parser.value(QStringLiteral("village")), parser.isSet(QStringLiteral("all")));
    if (!people)
        return ctx.fail(people.error());
    QJsonArray out;
    for (const CarePerson& p : *people) {
        if (!parser.isSet(QStringLiteral("overdue")) || p.overdueOn(today))
            out.append(personJson(p, today));
    }
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

} // namespace

int runCare(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("care"),
                             {{"register", registerPerson}, {"visit", visit}, {"leave", leave}, {"list", list}}, args);
}

} // namespace Doudi::Cli
