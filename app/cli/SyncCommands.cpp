#include "Commands.h"

#include "store/PrivateFile.h"
#include "store/SiteRepository.h"
#include "sync/ConflictQueue.h"
#include "sync/Enrolment.h"
#include "sync/PackageBody.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncPackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

QJsonArray peers(Database& database)
{
    QJsonArray out;
    const auto all = Peers::all(database);
    if (!all)
        return out;
    for (const Peer& p : *all)
        out.append(QJsonObject{{QStringLiteral("code"), p.code},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("kind"), p.kind},
                               {QStringLiteral("fingerprint"), p.fingerprint},
                               {QStringLiteral("sent"), p.lastSent},
                               {QStringLiteral("received"), p.lastReceived},
                               {QStringLiteral("acknowledged"), p.lastAcknowledged},
                               {QStringLiteral("flagged"), p.flagged}});
    return out;
}

QJsonArray heldPackages(Database& database)
{
    QJsonArray out;
    const auto held = SyncImporter::held(database);
    if (held) {
        for (const SyncImporter::Held& h : *held)
            out.append(QJsonObject{{QStringLiteral("peer"), h.peer},
                                   {QStringLiteral("sequence"), h.sequence},
                                   {QStringLiteral("received_at"), h.receivedAt}});
    }
    return out;
}

// This site's code and the fingerprint of its keys (made on first use), for a person to compare
// before the city and the township trust each other; peers come with enrolment.
int status(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Shows this site and the fingerprint of its keys."));
        r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto site = SiteRepository(*db, *session).site();
    if (!site)
        return ctx.fail(site.error());
    const auto fingerprint = SiteKeys::siteFingerprint(*db);
    if (!fingerprint)
        return ctx.fail(fingerprint.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("site"), site->code},          {QStringLiteral("name"), site->name},
            {QStringLiteral("kind"), site->kind},          {QStringLiteral("database_uuid"), site->databaseUuid},
            {QStringLiteral("fingerprint"), *fingerprint}, {QStringLiteral("peers"), peers(*db)},
            {QStringLiteral("held"), heldPackages(*db)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    ctx.out() << site->name << QLatin1Char(' ') << site->code << Qt::endl
              << CliContext::tr("Key fingerprint: %1").arg(*fingerprint) << Qt::endl;
    return Done;
}

int enroll(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("township"), CliContext::tr("The township's 9-digit code."), CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("name"), CliContext::tr("The township's name."), CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("out"), CliContext::tr("The package file to write."), CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("At the city: writes the enrolment package for a township and prints "
                                               "the fingerprint to read out to it."));
        r >= 0)
        return r;
    for (const char* flag : {"township", "name", "out"}) {
        if (!ctx.require(parser, QLatin1String(flag)))
            return Usage;
    }
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto file =
        Enrolment::write(*db, *session, parser.value(QStringLiteral("township")), parser.value(QStringLiteral("name")));
    if (!file)
        return ctx.fail(file.error());
    if (Status s = PrivateFile::write(parser.value(QStringLiteral("out")), *file); !s)
        return ctx.fail(s.error());
    ctx.out() << SyncPackage::peek(*file)->senderFingerprint << Qt::endl;
    return Done;
}

int importData(CliContext& ctx, const QCommandLineParser& parser, const QByteArray& file)
{
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    ImportOptions options;
    options.trust = parser.value(QStringLiteral("trust"));
    options.acceptFull = parser.isSet(QStringLiteral("full"));
    options.skipMissing = parser.isSet(QStringLiteral("skip-missing"));
    options.preview = parser.isSet(QStringLiteral("preview"));
    // Going past lost packages is recorded for good: a person says yes to it, on the terminal or
    // with --yes.
    if (options.skipMissing && !options.preview && !parser.isSet(QStringLiteral("yes"))) {
        const auto header = SyncPackage::peek(file);
        const auto peer = header ? Peers::find(*db, header->sender) : Result<std::optional<Peer>>(header.error());
        if (peer && peer->has_value() && header->sequence > (*peer)->lastReceived + 1) {
            const qint64 first = (*peer)->lastReceived + 1;
            const qint64 last = header->sequence - 1;
            const auto yes = ctx.confirm(CliContext::tr("Packages %1 to %2 from %3 never arrived. Import package %4 "
                                                        "over them (it repeats everything since) and record them as "
                                                        "skipped?")
                                             .arg(first)
                                             .arg(last)
                                             .arg((*peer)->name)
                                             .arg(header->sequence));
            if (!yes)
                return ctx.usageError(CliContext::tr("--skip-missing records packages %1 to %2 as skipped for good: "
                                                     "confirm with --yes.")
                                          .arg(first)
                                          .arg(last));
            if (!*yes) {
                ctx.err() << CliContext::tr("Nothing was imported.") << Qt::endl;
                return Failed;
            }
        }
    }
    const auto outcome = SyncImporter::import(*db, *session, file, options);
    if (!outcome)
        return ctx.fail(outcome.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("status"), outcome->status},
                      {QStringLiteral("sequence"), outcome->header.sequence},
                      {QStringLiteral("counts"), PackageBody::countsJson(outcome->counts)},
                      {QStringLiteral("conflicts"), outcome->conflicts}};
        if (outcome->missing > 0)
            o.insert(QStringLiteral("missing"), outcome->missing);
        if (!outcome->released.isEmpty()) {
            QJsonArray released;
            for (const qint64 n : outcome->released)
                released.append(n);
            o.insert(QStringLiteral("released"), released);
        }
        if (options.preview)
            o.insert(QStringLiteral("preview"), true);
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    if (outcome->status == QLatin1String("held"))
        ctx.err() << CliContext::tr("Package %1 from %2 is missing: this one (%3) is kept and applied when it "
                                    "arrives.")
                         .arg(outcome->missing)
                         .arg(outcome->senderName)
                         .arg(outcome->header.sequence)
                  << Qt::endl;
    else if (outcome->status == QLatin1String("already_imported"))
        ctx.err() << CliContext::tr("Package %1 from %2 was imported before; nothing changed.")
                         .arg(outcome->header.sequence)
                         .arg(outcome->senderName)
                  << Qt::endl;
    else if (!parser.isSet(QStringLiteral("json")))
        ctx.err() << CliContext::tr("Package %1 from %2 imported; %3 conflicts to decide.")
                         .arg(outcome->header.sequence)
                         .arg(outcome->senderName)
                         .arg(outcome->conflicts)
                  << Qt::endl;
    return Done;
}

int exportPackage(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("to"),
                      CliContext::tr("The site the package is for (a township's city by "
                                     "default)."),
                      CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("full"), CliContext::tr("Send everything: a re-baseline the city must accept.")});
    parser.addOption({QStringLiteral("out"), CliContext::tr("The package file to write."), CliContext::tr("FILE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Writes the next package: everything the other side has not "
                                               "acknowledged yet."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("out")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto exported =
        SyncExporter::write(*db, *session, parser.value(QStringLiteral("to")), parser.isSet(QStringLiteral("full")),
                            parser.value(QStringLiteral("out")));
    if (!exported)
        return ctx.fail(exported.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("sequence"), exported->header.sequence},
                            {QStringLiteral("recipient"), exported->header.recipient},
                            {QStringLiteral("acknowledged"), exported->header.acknowledged},
                            {QStringLiteral("full"), exported->full},
                            {QStringLiteral("rebaseline"), exported->rebaseline},
                            {QStringLiteral("bytes"), exported->bytes},
                            {QStringLiteral("counts"), PackageBody::countsJson(exported->counts)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.err() << CliContext::tr("Package %1 for %2 written (%3 bytes).")
                         .arg(exported->header.sequence)
                         .arg(exported->header.recipient)
                         .arg(exported->bytes)
                  << Qt::endl;
    }
    if (exported->rebaseline && !parser.isSet(QStringLiteral("full")))
        ctx.err() << CliContext::tr("After the restore from a backup this package is a full re-baseline: the city "
                                    "imports it with “sync import --full”.")
                  << Qt::endl;
    return Done;
}

int conflicts(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    parser.addOption({QStringLiteral("all"), CliContext::tr("Include the conflicts already resolved.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists the records changed on both sides.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto list = ConflictQueue(*db).list(!parser.isSet(QStringLiteral("all")));
    if (!list)
        return ctx.fail(list.error());
    QJsonArray out;
    for (const SyncConflict& c : *list)
        out.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("peer"), c.peer},
                               {QStringLiteral("package"), c.sequence},
                               {QStringLiteral("table"), c.table},
                               {QStringLiteral("key"), c.key},
                               {QStringLiteral("local"), QJsonDocument::fromJson(c.local).object()},
                               {QStringLiteral("incoming"), QJsonDocument::fromJson(c.incoming).object()},
                               {QStringLiteral("author"), c.author},
                               {QStringLiteral("at"), c.at},
                               {QStringLiteral("resolution"), c.resolution},
                               {QStringLiteral("resolved_by"), c.resolvedBy}});
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        for (const SyncConflict& c : *list)
            ctx.out() << c.id << '\t' << c.table << '\t' << c.key << '\t' << c.author << '\t'
                      << (c.resolution.isEmpty() ? CliContext::tr("open") : c.resolution) << Qt::endl;
    }
    return Done;
}

int resolve(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("id"), CliContext::tr("The conflict's number."), CliContext::tr("N")});
    parser.addOption(
        {QStringLiteral("keep"), CliContext::tr("local or incoming: the version to keep."), CliContext::tr("SIDE")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Decides a conflict.")); r >= 0)
        return r;
    for (const char* flag : {"id", "keep"}) {
        if (!ctx.require(parser, QLatin1String(flag)))
            return Usage;
    }
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = ConflictQueue(*db).resolve(*session, parser.value(QStringLiteral("id")).toLongLong(),
                                              parser.value(QStringLiteral("keep")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int importPackage(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("trust"),
                      CliContext::tr("The sender's key fingerprint, as a person confirmed it."),
                      CliContext::tr("FINGERPRINT")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    parser.addOption({QStringLiteral("full"),
                      CliContext::tr("At the city: accept a township's full re-baseline (it replaces everything held "
                                     "from it).")});
    parser.addOption({QStringLiteral("skip-missing"),
                      CliContext::tr("Apply a later package over a lost one (it repeats everything since).")});
    parser.addOption({QStringLiteral("yes"), CliContext::tr("With --skip-missing: do not ask before recording the lost "
                                                            "packages as skipped.")});
    parser.addOption({QStringLiteral("preview"), CliContext::tr("Check and show what would change; change nothing.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The package file."));
    if (const int r = ctx.parse(parser, args, CliContext::tr("Imports a package; all of it or nothing.")); r >= 0)
        return r;
    QByteArray file;
    if (const int r = ctx.readPositionalFile(parser, &file); r >= 0)
        return r;
    const auto header = SyncPackage::peek(file);
    if (!header)
        return ctx.fail(header.error());
    if (header->kind != QLatin1String("enrolment"))
        return importData(ctx, parser, file);
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto imported = Enrolment::import(*db, *session, file, parser.value(QStringLiteral("trust")));
    if (!imported)
        return ctx.fail(imported.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("status"), imported->alreadyEnrolled ? QStringLiteral("already_imported")
                                                                                 : QStringLiteral("applied")},
                            {QStringLiteral("sequence"), header->sequence},
                            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("policies"), imported->policies}}},
                            {QStringLiteral("conflicts"), 0}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.err() << CliContext::tr("Enrolled with %1 (%2).").arg(imported->cityName, imported->fingerprint)
                  << Qt::endl;
    }
    return Done;
}

} // namespace

int runSync(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("sync"),
                             {{"status", status},
                              {"enroll", enroll},
                              {"export", exportPackage},
                              {"import", importPackage},
                              {"conflicts", conflicts},
                              {"resolve", resolve}},
                             args);
}

} // namespace Doudi::Cli
