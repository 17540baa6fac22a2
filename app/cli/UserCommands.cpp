#include "Commands.h"

#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
}

int addUser(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("name"), CliContext::tr("The new user's login name."), CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("display-name"), CliContext::tr("The name people read."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("role"), CliContext::tr("admin, clerk, supervisor, cadre or auditor."),
                      CliContext::tr("ROLE")});
    parser.addOption(
        {QStringLiteral("village"), CliContext::tr("A cadre's village (12-digit code)."), CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("payment-limit-fen"),
                      CliContext::tr("What a clerk may pay from the reserve fund alone, in fen (default: the "
                                     "township's limit)."),
                      CliContext::tr("N")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Adds a user; the password comes from DOUDI_NEW_PASSWORD or a prompt."));
        r >= 0)
        return r;
    for (const char* option : {"db", "name", "role"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    const auto role = Permissions::roleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return ctx.usageError(CliContext::tr("--role must be admin, clerk, supervisor, cadre or auditor."));
    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    const auto secret = ctx.password("DOUDI_NEW_PASSWORD",
                                     CliContext::tr("Password for %1: ").arg(parser.value(QStringLiteral("name"))));
    if (!secret)
        return Usage;
    User user;
    user.name = parser.value(QStringLiteral("name"));
    user.displayName = parser.value(QStringLiteral("display-name"));
    user.role = *role;
    user.villageCode = parser.value(QStringLiteral("village"));
    if (parser.isSet(QStringLiteral("payment-limit-fen"))) {
        bool ok = false;
        user.paymentLimitFen = parser.value(QStringLiteral("payment-limit-fen")).toLongLong(&ok);
        if (!ok || user.paymentLimitFen < 0)
            return ctx.fail(Error::invalid(QStringLiteral("payment_limit_fen"),
                                           CliContext::tr("must be a whole number of fen, 0 or more")));
    }
    if (Status s = UserRepository(*db, *session).add(user, *secret); !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("The user %1 (%2) is added.").arg(user.name, Permissions::roleLabel(user.role))
              << Qt::endl;
    return Done;
}

int listUsers(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists the users.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")))
        return Usage;
    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    const auto users = UserRepository(*db, *session).all();
    if (!users)
        return ctx.fail(users.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const User& u : *users)
            array.append(QJsonObject{{QStringLiteral("name"), u.name},
                                     {QStringLiteral("display_name"), u.displayName},
                                     {QStringLiteral("role"), Permissions::roleCode(u.role)},
                                     {QStringLiteral("village"), u.villageCode},
                                     {QStringLiteral("payment_limit_fen"), u.paymentLimitFen},
                                     {QStringLiteral("disabled"), u.disabled}});
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const User& u : *users)
        ctx.out() << u.name << '\t' << u.displayName << '\t' << Permissions::roleLabel(u.role) << '\t' << u.villageCode
                  << '\t' << (u.disabled ? CliContext::tr("disabled") : QString()) << '\n';
    return Done;
}

// disable and enable: the same but for the flag.
int setDisabled(CliContext& ctx, const QStringList& args, bool disabled)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("name"), CliContext::tr("The user's login name."), CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("reason"), CliContext::tr("Why, for the audit trail."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args,
                                disabled ? CliContext::tr("Disables a user: they can no longer log in.")
                                         : CliContext::tr("Enables a disabled user again."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")) || !ctx.require(parser, QStringLiteral("name")))
        return Usage;
    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    if (Status s =
            UserRepository(*db, *session)
                .setDisabled(parser.value(QStringLiteral("name")), disabled, parser.value(QStringLiteral("reason")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int disableUser(CliContext& ctx, const QStringList& args)
{
    return setDisabled(ctx, args, true);
}

int enableUser(CliContext& ctx, const QStringList& args)
{
    return setDisabled(ctx, args, false);
}

int changePassword(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("name"), CliContext::tr("Whose password (default: your own)."), CliContext::tr("NAME")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Changes a password; the new one comes from DOUDI_NEW_PASSWORD or a "
                                               "prompt."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")) || !ctx.require(parser, QStringLiteral("user")))
        return Usage;
    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : parser.value(QStringLiteral("user"));
    const auto secret = ctx.password("DOUDI_NEW_PASSWORD", CliContext::tr("New password for %1: ").arg(name));
    if (!secret)
        return Usage;
    if (Status s = UserRepository(*db, *session).setPassword(name, *secret); !s)
        return ctx.fail(s.error());
    return Done;
}

} // namespace

int runUser(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("user"),
                             {{"add", addUser},
                              {"list", listUsers},
                              {"disable", disableUser},
                              {"enable", enableUser},
                              {"passwd", changePassword}},
                             args);
}

} // namespace Doudi::Cli
