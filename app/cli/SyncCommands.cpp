#include "Commands.h"

#include "store/SiteRepository.h"
#include "sync/Enrolment.h"
#include "sync/SiteKeys.h"
#include "sync/SyncPackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace Doudi::Cli {

namespace {

QJsonArray peers(Database& database)
{
    QJsonArray out;
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, kind, fingerprint, last_sent, last_received, last_acknowledged "
                               "FROM peers ORDER BY code")))
        return out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                               {QStringLiteral("name"), q.value(1).toString()},
                               {QStringLiteral("kind"), q.value(2).toString()},
                               {QStringLiteral("fingerprint"), q.value(3).toString()},
                               {QStringLiteral("sent"), q.value(4).toLongLong()},
                               {QStringLiteral("received"), q.value(5).toLongLong()},
                               {QStringLiteral("acknowledged"), q.value(6).toLongLong()}});
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
    const auto keys = SiteKeys::ensure(*db);
    if (!keys)
        return ctx.fail(keys.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("site"), site->code},
                            {QStringLiteral("name"), site->name},
                            {QStringLiteral("kind"), site->kind},
                            {QStringLiteral("database_uuid"), site->databaseUuid},
                            {QStringLiteral("fingerprint"), keys->fingerprint()},
                            {QStringLiteral("peers"), peers(*db)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    ctx.out() << site->name << QLatin1Char(' ') << site->code << Qt::endl
              << CliContext::tr("Key fingerprint: %1").arg(keys->fingerprint()) << Qt::endl;
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
    QSaveFile out(parser.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(*file) != file->size() || !out.commit())
        return ctx.fail(Error::failed(
            CliContext::tr("Cannot write %1: %2").arg(parser.value(QStringLiteral("out")), out.errorString())));
    ctx.out() << SyncPackage::peek(*file)->senderFingerprint << Qt::endl;
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
        return ctx.fail(Error::failed(CliContext::tr("This Doudi imports enrolment packages; data packages from the "
                                                     "city or a township come with a later version.")));
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
                             {{"status", status}, {"enroll", enroll}, {"import", importPackage}}, args);
}

} // namespace Doudi::Cli
