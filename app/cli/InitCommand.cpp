#include "Commands.h"

#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"

#include <QFile>

namespace Doudi::Cli {

int runInit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("kind"), CliContext::tr("township or city."), CliContext::tr("KIND")});
    parser.addOption({QStringLiteral("site"),
                      CliContext::tr("The site's region code (9 digits for a township, 6 "
                                     "for a city)."),
                      CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("name"), CliContext::tr("The site's name."), CliContext::tr("NAME")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Creates a database for one site.")); r >= 0)
        return r;
    for (const char* option : {"db", "kind", "site", "name"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const QString path = parser.value(QStringLiteral("db"));
    const QString kind = parser.value(QStringLiteral("kind"));
    if (kind != QLatin1String("township") && kind != QLatin1String("city"))
        return ctx.usageError(CliContext::tr("--kind must be township or city."));
    if (QFile::exists(path))
        return ctx.fail(
            Error::failed(CliContext::tr("%1 already exists; init never overwrites a database.").arg(path)));

    // Check the site before creating anything, so that a bad code leaves no file behind.
    const auto db = ctx.openDatabase(path, Database::OpenMode::MustNotExist);
    if (!db)
        return Failed;
    SiteRepository sites(*db, CliContext::userName(parser));
    if (Status s = sites.createSite(parser.value(QStringLiteral("site")), parser.value(QStringLiteral("name")), kind);
        !s) {
        const int code = ctx.fail(s.error());
        db->connection().close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return code;
    }
    // Until the bureau's policy arrives, the bundled example is in force (marked as such).
    PolicyRepository policies(*db, CliContext::userName(parser));
    if (Status s = policies.ensureExample(); !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("Created %1.").arg(path) << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
