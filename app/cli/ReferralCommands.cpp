#include "Commands.h"

#include "Clock.h"
#include "HtmlPdf.h"
#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "report/ReferralLetter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

QJsonObject referralJson(const Referral& r, const QDate& today)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("letter_no"), r.letterNo},
            {QStringLiteral("resource_id"), r.resourceId},
            {QStringLiteral("resource"), r.resourceName},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("household_id"), r.householdId},
            {QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("village"), r.villageCode},
            {QStringLiteral("person"), r.personName},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("source_id"), r.sourceId},
            {QStringLiteral("need"), r.need},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("sent_on"), r.sentOn.toString(Qt::ISODate)},
            {QStringLiteral("accepted_on"), r.acceptedOn.toString(Qt::ISODate)},
            {QStringLiteral("closed_on"), r.closedOn.toString(Qt::ISODate)},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("due"), r.due.toString(Qt::ISODate)},
            {QStringLiteral("overdue"), r.overdueOn(today)},
            {QStringLiteral("version"), r.version}};
}

// The referral letter as a PDF, its printing recorded.
Status writeLetter(Database& db, const Session& session, const Referral& referral, const QString& path)
{
    const auto html = ReferralLetter::print(db, session, referral.id);
    if (!html)
        return html.error();
    return HtmlPdf::write(path, ReferralLetter::tr("Referral letter %1").arg(referral.letterNo), *html,
                          QPageLayout::Portrait);
}

int listResources(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("all"), CliContext::tr("Entries no longer valid too.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("The resource library: who else can help.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto entries = HelpResources(*db, *session).list(Clock::currentDate(), parser.isSet(QStringLiteral("all")));
    if (!entries)
        return ctx.fail(entries.error());
    QJsonArray out;
    for (const HelpResource& r : *entries)
        out.append(HelpResources::toJson(r));
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

int addResource(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("kind"), CliContext::tr("department, mass_organisation, charity or social_work."),
                      CliContext::tr("KIND")});
    parser.addOption({QStringLiteral("name"), CliContext::tr("The programme's name."), CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("provider"), CliContext::tr("Who gives the help."), CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("offers"), CliContext::tr("What it offers."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("conditions"), CliContext::tr("Who may have it."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("contact"), CliContext::tr("Whom to contact."), CliContext::tr("TEXT")});
    parser.addOption(
        {QStringLiteral("from"), CliContext::tr("Valid from (default today)."), CliContext::tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("until"), CliContext::tr("Valid until (default: no end)."), CliContext::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Add an entry to the resource library.")); r >= 0)
        return r;
    for (const char* option : {"kind", "name", "provider", "offers"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto from = ctx.day(parser, QStringLiteral("from"), Clock::currentDate());
    const auto until = from ? ctx.day(parser, QStringLiteral("until"), QDate()) : std::nullopt;
    if (!from || !until)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    HelpResource r;
    r.kind = parser.value(QStringLiteral("kind"));
    r.name = parser.value(QStringLiteral("name"));
    r.provider = parser.value(QStringLiteral("provider"));
    r.offers = parser.value(QStringLiteral("offers"));
    r.conditions = parser.value(QStringLiteral("conditions"));
    r.contact = parser.value(QStringLiteral("contact"));
    r.validFrom = *from;
    r.validUntil = *until;
    const auto added = HelpResources(*db, *session).add(r);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << QJsonDocument(HelpResources::toJson(*added)).toJson(QJsonDocument::Indented);
    return Done;
}

int endResource(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("resource"), CliContext::tr("The library entry's id."), CliContext::tr("ID")});
    parser.addOption(
        {QStringLiteral("on"), CliContext::tr("Its last valid day (default today)."), CliContext::tr("DATE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("End an entry of the office's own library.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("resource")))
        return Usage;
    const auto on = ctx.day(parser, QStringLiteral("on"), Clock::currentDate());
    if (!on)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto ended = HelpResources(*db, *session).end(parser.value(QStringLiteral("resource")), *on);
    if (!ended)
        return ctx.fail(ended.error());
    ctx.out() << QJsonDocument(HelpResources::toJson(*ended)).toJson(QJsonDocument::Indented);
    return Done;
}

int openReferral(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption(
        {QStringLiteral("member"), CliContext::tr("The member's id (default: the head)."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("resource"), CliContext::tr("The library entry's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("need"), CliContext::tr("What help the person needs."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("source"), CliContext::tr("household (the default), signal or case."),
                      CliContext::tr("SOURCE")});
    parser.addOption(
        {QStringLiteral("source-id"), CliContext::tr("The signal's or the refused case's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("on"), CliContext::tr("The day sent (default today)."), CliContext::tr("DATE")});
    parser.addOption(
        {QStringLiteral("pdf"), CliContext::tr("Write the referral letter to this PDF."), CliContext::tr("FILE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Refer a household's person to a library entry.")); r >= 0)
        return r;
    for (const char* option : {"household", "resource", "need"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto on = ctx.day(parser, QStringLiteral("on"), Clock::currentDate());
    if (!on)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    Referral r;
    r.householdId = parser.value(QStringLiteral("household"));
    r.memberId = parser.value(QStringLiteral("member"));
    r.resourceId = parser.value(QStringLiteral("resource"));
    r.need = parser.value(QStringLiteral("need"));
    if (parser.isSet(QStringLiteral("source")))
        r.source = parser.value(QStringLiteral("source"));
    r.sourceId = parser.value(QStringLiteral("source-id"));
    r.sentOn = *on;
    const auto opened = Referrals(*db, *session).open(r);
    if (!opened)
        return ctx.fail(opened.error());
    ctx.out() << QJsonDocument(referralJson(*opened, Clock::currentDate())).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("pdf"))) {
        if (Status s = writeLetter(*db, *session, *opened, parser.value(QStringLiteral("pdf"))); !s) {
            ctx.err() << CliContext::tr("The referral %1 is opened, but its letter was not written; run “referral "
                                        "print” to write it.")
                             .arg(opened->letterNo)
                      << Qt::endl;
            return ctx.fail(s.error());
        }
    }
    return Done;
}

int updateReferral(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("referral"), CliContext::tr("The referral's id."), CliContext::tr("ID")});
    parser.addOption(
        {QStringLiteral("state"), CliContext::tr("accepted, helped or declined."), CliContext::tr("STATE")});
    parser.addOption({QStringLiteral("on"), CliContext::tr("The day (default today)."), CliContext::tr("DATE")});
    parser.addOption(
        {QStringLiteral("outcome"), CliContext::tr("What the entry did, or why it declined."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("version"), CliContext::tr("The version read (refused if it changed since)."),
                      CliContext::tr("N")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Record what became of a referral.")); r >= 0)
        return r;
    for (const char* option : {"referral", "state"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto on = ctx.day(parser, QStringLiteral("on"), Clock::currentDate());
    if (!on)
        return InvalidInput;
    bool versionOk = true;
    const qint64 version =
        parser.isSet(QStringLiteral("version")) ? parser.value(QStringLiteral("version")).toLongLong(&versionOk) : 0;
    if (!versionOk || version < 0)
        return ctx.fail(Error::invalid(QStringLiteral("version"), CliContext::tr("must be a whole number")));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto updated = Referrals(*db, *session)
                             .update(parser.value(QStringLiteral("referral")), parser.value(QStringLiteral("state")),
                                     *on, parser.value(QStringLiteral("outcome")), version);
    if (!updated)
        return ctx.fail(updated.error());
    ctx.out() << QJsonDocument(referralJson(*updated, Clock::currentDate())).toJson(QJsonDocument::Indented);
    return Done;
}

int listReferrals(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("Only this household's."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("open"), CliContext::tr("Only those not yet helped or declined.")});
    parser.addOption({QStringLiteral("overdue"), CliContext::tr("Only those whose answer is overdue.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("The referrals, newest first.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const bool overdueOnly = parser.isSet(QStringLiteral("overdue"));
    const auto referrals =
        Referrals(*db, *session)
            .list(overdueOnly || parser.isSet(QStringLiteral("open")), parser.value(QStringLiteral("household")));
    if (!referrals)
        return ctx.fail(referrals.error());
    const QDate today = Clock::currentDate();
    QJsonArray out;
    for (const Referral& r : *referrals) {
        if (!overdueOnly || r.overdueOn(today))
            out.append(referralJson(r, today));
    }
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

int printReferral(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("referral"), CliContext::tr("The referral's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("pdf"), CliContext::tr("The PDF to write."), CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Write a referral letter to PDF.")); r >= 0)
        return r;
    for (const char* option : {"referral", "pdf"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto referral = Referrals(*db, *session).find(parser.value(QStringLiteral("referral")));
    if (!referral)
        return ctx.fail(referral.error());
    if (Status s = writeLetter(*db, *session, *referral, parser.value(QStringLiteral("pdf"))); !s)
        return ctx.fail(s.error());
    return Done;
}

} // namespace

int runResource(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("resource"),
                             {{"list", listResources}, {"add", addResource}, {"end", endResource}}, args);
}

int runReferral(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(
        QStringLiteral("referral"),
        {{"open", openReferral}, {"update", updateReferral}, {"list", listReferrals}, {"print", printReferral}}, args);
}

} // namespace Doudi::Cli
