#include "Commands.h"

#include "domain/HouseholdJson.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "store/HouseholdRepository.h"
#include "sync/IdNumberHashes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

int listHouseholds(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("village"), CliContext::tr("Only this village (12-digit code)."), CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists households.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    HouseholdRepository repository(*db, *session);
    HouseholdFilter filter;
    filter.villageCode = parser.value(QStringLiteral("village"));
    filter.sortKey = HouseholdFilter::SortKey::Village;
    auto rows = repository.list(filter, 0, std::numeric_limits<qint64>::max());
    if (!rows)
        return ctx.fail(rows.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HouseholdSummary& s : *rows)
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("village"), s.villageCode},
                                     {QStringLiteral("village_name"), s.villageName},
                                     {QStringLiteral("residence"), Vocabulary::residenceCode(s.residence)},
                                     {QStringLiteral("head_name"), s.headName},
                                     {QStringLiteral("members"), s.memberCount},
                                     {QStringLiteral("status"), Vocabulary::statusCode(s.status)}});
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    // For people: ID numbers masked, as on screen.
    for (const HouseholdSummary& s : *rows)
        ctx.out() << s.id << '\t' << s.villageName << '\t' << s.headName << '\t' << IdNumber::mask(s.headIdNumber)
                  << '\t' << s.memberCount << '\t' << Vocabulary::statusLabel(s.status) << '\n';
    ctx.err() << CliContext::tr("%n household(s)", nullptr, int(rows->size())) << Qt::endl;
    return Done;
}

int importHouseholds(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("village"),
                      CliContext::tr("The village of households whose document names none (12-digit code)."),
                      CliContext::tr("CODE")});
    parser.addPositionalArgument(QStringLiteral("FILE.json"), CliContext::tr("doudi-household/1 documents."));
    if (const int r = ctx.parse(parser, args, CliContext::tr("Adds households, all or nothing.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")))
        return Usage;
    QByteArray text;
    if (const int r = ctx.readPositionalFile(parser, &text); r >= 0)
        return r;
    auto households = HouseholdJson::readMany(text);
    if (!households)
        return ctx.fail(households.error());
    const QString village = parser.value(QStringLiteral("village"));
    for (Household& h : *households) {
        if (h.villageCode.isEmpty())
            h.villageCode = village;
    }

    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    HouseholdRepository repository(*db, *session);
    if (Status s = repository.saveAll(*households); !s)
        return ctx.fail(s.error());
    for (const Household& h : *households) {
        ctx.out() << h.uuid << '\n';
        // A person helped in another township (the city's ID hashes): a warning, never a refusal.
        if (const auto warnings = IdNumberHashes::warningsFor(*db, h); warnings) {
            for (const QString& w : *warnings)
                ctx.err() << w << Qt::endl;
        }
    }
    ctx.err() << CliContext::tr("Imported %n household(s).", nullptr, int(households->size())) << Qt::endl;
    return Done;
}

int exportHousehold(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("id"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Prints one household as doudi-household/1.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("id")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    HouseholdRepository repository(*db, *session);
    auto household = repository.exportHousehold(parser.value(QStringLiteral("id")));
    if (!household)
        return ctx.fail(household.error());
    ctx.out() << QString::fromUtf8(HouseholdJson::write(*household));
    return Done;
}

} // namespace

int runHousehold(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("household"),
                             {{"list", listHouseholds}, {"import", importHouseholds}, {"export", exportHousehold}},
                             args);
}

} // namespace Doudi::Cli
