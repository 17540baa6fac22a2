#include "Commands.h"

#include "sheet/VillageCsv.h"
#include "store/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

QCommandLineOption codeOption()
{
    return {QStringLiteral("code"), CliContext::tr("The village's 12-digit code."), CliContext::tr("CODE")};
}

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), CliContext::tr("The village's name."), CliContext::tr("NAME")};
}

// Parses the options every village command shares plus `extra`, and opens the database as --user.
// Returns -1 with the database and session set, or the exit status.
int prepare(CliContext& ctx, QCommandLineParser& parser, const QStringList& args, const QString& description,
            const QList<QCommandLineOption>& extra, const QStringList& required,
            std::pair<std::unique_ptr<Database>, std::optional<Session>>* acting)
{
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    for (const QCommandLineOption& o : extra)
        parser.addOption(o);
    if (const int r = ctx.parse(parser, args, description); r >= 0)
        return r;
    for (const QString& option : QStringList{QStringLiteral("db")} + required) {
        if (!ctx.require(parser, option))
            return Usage;
    }
    *acting = ctx.act(parser, parser.value(QStringLiteral("db")));
    return acting->second ? -1 : Failed;
}

int listVillages(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    std::pair<std::unique_ptr<Database>, std::optional<Session>> acting;
    if (const int r = prepare(ctx, parser, args, CliContext::tr("Lists the township's villages."),
                              {{QStringLiteral("json"), CliContext::tr("Print JSON.")}}, {}, &acting);
        r >= 0)
        return r;
    const auto list = SiteRepository(*acting.first, *acting.second).villageCounts();
    if (!list)
        return ctx.fail(list.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const VillageCount& c : *list) {
            QJsonObject o{{QStringLiteral("code"), c.village.code},
                          {QStringLiteral("name"), c.village.name},
                          {QStringLiteral("urban"), c.village.urban},
                          {QStringLiteral("retired"), c.village.isRetired()},
                          {QStringLiteral("households"), c.households}};
            if (c.village.isRetired())
                o.insert(QStringLiteral("retired_on"), c.village.retiredOn.toString(Qt::ISODate));
            if (!c.village.mergedInto.isEmpty())
                o.insert(QStringLiteral("merged_into"), c.village.mergedInto);
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const VillageCount& c : *list) {
        QString state;
        if (!c.village.mergedInto.isEmpty())
            state = CliContext::tr("merged into %1").arg(c.village.mergedInto);
        else if (c.village.isRetired())
            state = CliContext::tr("retired");
        ctx.out() << c.village.code << '\t' << c.village.name << '\t'
                  << (c.village.urban ? CliContext::tr("urban") : CliContext::tr("rural")) << '\t'
                  << CliContext::tr("%n household(s)", "", int(c.households)) << '\t' << state << '\n';
    }
    return Done;
}

int addVillage(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    std::pair<std::unique_ptr<Database>, std::optional<Session>> acting;
    const QCommandLineOption urban(QStringLiteral("urban"),
                                   CliContext::tr("A residents' committee (社区): its households live in town."));
    if (const int r =
            prepare(ctx, parser, args, CliContext::tr("Adds a village or residents' committee."),
                    {codeOption(), nameOption(), urban}, {QStringLiteral("code"), QStringLiteral("name")}, &acting);
        r >= 0)
        return r;
    const QString code = parser.value(QStringLiteral("code"));
    if (Status s = SiteRepository(*acting.first, *acting.second)
                       .addVillage(code, parser.value(QStringLiteral("name")), parser.isSet(urban));
        !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("The village %1 %2 is added.").arg(code, parser.value(QStringLiteral("name")).trimmed())
              << Qt::endl;
    return Done;
}

int renameVillage(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    std::pair<std::unique_ptr<Database>, std::optional<Session>> acting;
    if (const int r = prepare(ctx, parser, args, CliContext::tr("Renames a village."), {codeOption(), nameOption()},
                              {QStringLiteral("code"), QStringLiteral("name")}, &acting);
        r >= 0)
        return r;
    if (Status s = SiteRepository(*acting.first, *acting.second)
                       .renameVillage(parser.value(QStringLiteral("code")), parser.value(QStringLiteral("name")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int retireVillage(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    std::pair<std::unique_ptr<Database>, std::optional<Session>> acting;
    if (const int r = prepare(ctx, parser, args,
                              CliContext::tr("Retires a village that no longer exists (refused while households "
                                             "live there)."),
                              {codeOption()}, {QStringLiteral("code")}, &acting);
        r >= 0)
        return r;
    if (Status s = SiteRepository(*acting.first, *acting.second).retireVillage(parser.value(QStringLiteral("code")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int mergeVillage(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    std::pair<std::unique_ptr<Database>, std::optional<Session>> acting;
    if (const int r = prepare(
            ctx, parser, args,
            CliContext::tr("Merges a village into another (合村并居): its households and cadres move, in one step."),
            {{QStringLiteral("from"), CliContext::tr("The village that merges (12 digits)."), CliContext::tr("CODE")},
             {QStringLiteral("into"), CliContext::tr("The village it merges into."), CliContext::tr("CODE")}},
            {QStringLiteral("from"), QStringLiteral("into")}, &acting);
        r >= 0)
        return r;
    const QString from = parser.value(QStringLiteral("from"));
    const QString into = parser.value(QStringLiteral("into"));
    if (Status s = SiteRepository(*acting.first, *acting.second).mergeVillage(from, into); !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("The village %1 is merged into %2.").arg(from, into) << Qt::endl;
    return Done;
}

int importVillages(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A CSV file: code,name[,urban]."));
    std::pair<std::unique_ptr<Database>, std::optional<Session>> acting;
    if (const int r = prepare(ctx, parser, args, CliContext::tr("Adds the villages of a CSV file, all or none."), {},
                              {}, &acting);
        r >= 0)
        return r;
    QByteArray content;
    if (const int r = ctx.readPositionalFile(parser, &content); r >= 0)
        return r;
    const auto villages = VillageCsv::read(content);
    if (!villages)
        return ctx.fail(villages.error());
    if (Status s = SiteRepository(*acting.first, *acting.second).addVillages(*villages); !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("%n village(s) added.", "", int(villages->size())) << Qt::endl;
    return Done;
}

} // namespace

int runVillage(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("village"),
                             {{"list", listVillages},
                              {"add", addVillage},
                              {"rename", renameVillage},
                              {"retire", retireVillage},
                              {"merge", mergeVillage},
                              {"import", importVillages}},
                             args);
}

} // namespace Doudi::Cli
