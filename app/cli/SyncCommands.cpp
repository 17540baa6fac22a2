#include "Commands.h"

#include "store/SiteRepository.h"
#include "sync/SiteKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

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
                            {QStringLiteral("peers"), QJsonArray()}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    ctx.out() << site->name << QLatin1Char(' ') << site->code << Qt::endl
              << CliContext::tr("Key fingerprint: %1").arg(keys->fingerprint()) << Qt::endl;
    return Done;
}

} // namespace

int runSync(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("sync"), {{"status", status}}, args);
}

} // namespace Doudi::Cli
