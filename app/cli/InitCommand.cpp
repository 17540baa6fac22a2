#include "Commands.h"

#include "reference/Divisions.h"
#include "store/NewDatabase.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"
#include "sync/SiteKeys.h"

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
    parser.addOption({QStringLiteral("name"),
                      CliContext::tr("The site's name (default: the official name of the code)."),
                      CliContext::tr("NAME")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Creates a database for one site.")); r >= 0)
        return r;
    for (const char* option : {"db", "kind", "site"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const QString path = parser.value(QStringLiteral("db"));
    const QString kind = parser.value(QStringLiteral("kind"));
    if (kind != QLatin1String("township") && kind != QLatin1String("city"))
        return ctx.usageError(CliContext::tr("--kind must be township or city."));
    const QString code = parser.value(QStringLiteral("site"));
    // The official list names the site and gives a township its villages; a code it does not know
    // (a new township, a code changed since 2023) is accepted with a warning and starts empty.
    const Divisions& divisions = Divisions::builtIn();
    const auto official = divisions.township(code);
    const auto county = divisions.county(code);
    QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty() && kind == QLatin1String("township") && official)
        name = official->name;
    if (name.isEmpty() && kind == QLatin1String("city") && county)
        name = county->name;
    if (name.isEmpty())
        return ctx.usageError(
            CliContext::tr("%1 is not in the official list of 2023; give the site's name with --name.").arg(code));
    QList<Village> villages;
    if (kind == QLatin1String("township") && official) {
        for (const Divisions::Village& v : divisions.villagesOf(code))
            villages.append({v.code, v.name, v.urban, {}, {}});
    }
    const Session setup = Session::bootstrap(CliContext::userName(parser));
    // The password is asked for before anything is written, so a refused prompt leaves no file.
    std::optional<QString> secret;
    if (parser.isSet(QStringLiteral("user"))) {
        secret = ctx.password(
            "DOUDI_PASSWORD",
            CliContext::tr("Password for the administrator %1: ").arg(parser.value(QStringLiteral("user"))));
        if (!secret)
            return ctx.fail(Error::invalid(QStringLiteral("password"), CliContext::tr("no password was given")));
    }
    // The site, the example policy (in force until the bureau's arrives, marked as such) and, with
    // --user, the administrator and the site's keys — all in a file that appears only when whole.
    const auto fill = [&](Database& db) -> Status {
        if (Status s = SiteRepository(db, setup).createSite(code, name, kind); !s)
            return s;
        if (!villages.isEmpty()) {
            if (Status s = SiteRepository(db, setup).addVillages(villages); !s)
                return s;
        }
        if (Status s = PolicyRepository(db, setup).ensureExample(); !s)
            return s;
        // Without an administrator nobody could ever unwrap the site's keys: they are made with the
        // administrator's key slot, or later by the first person to log in (who must be an admin).
        if (!secret)
            return success();
        User admin;
        admin.name = parser.value(QStringLiteral("user"));
        admin.role = Role::Admin;
        if (Status s = UserRepository(db, setup).add(admin, *secret); !s)
            return s;
        // The site's own keys for sync packages, sealed under the key the administrator's slot holds.
        if (const auto keys = SiteKeys::ensure(db); !keys)
            return keys.error();
        return success();
    };
    if (Status s = NewDatabase::create(path, fill); !s)
        return ctx.fail(s.error());
    if (kind == QLatin1String("township") && !official)
        ctx.err() << CliContext::tr("Warning: %1 is not a township in the official list of 2023; it starts with no "
                                    "villages (add them with “doudi-cli village add”).")
                         .arg(code)
                  << Qt::endl;
    else if (kind == QLatin1String("township") && villages.isEmpty())
        ctx.err() << CliContext::tr("Warning: the built-in list has no villages for %1 %2; add them with "
                                    "“doudi-cli village add” or “village import”.")
                         .arg(code, name)
                  << Qt::endl;
    else if (kind == QLatin1String("city") && !county)
        ctx.err() << CliContext::tr("Warning: %1 is not in the official list of 2023.").arg(code) << Qt::endl;
    ctx.err() << CliContext::tr("Created %1: %2 %3, %n village(s).", "", int(villages.size())).arg(path, code, name)
              << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
