#include "Commands.h"

#include "domain/HouseholdJson.h"
#include "domain/IdNumber.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "sheet/RosterImporter.h"
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
    parser.addOption({QStringLiteral("search"),
                      CliContext::tr("Only households with a member found by the desk's search: part of a name, "
                                     "pinyin initials or an ID number, best matches first."),
                      CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists households.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    HouseholdRepository repository(*db, *session);
    HouseholdFilter filter;
    filter.villageCode = parser.value(QStringLiteral("village"));
    // The desk's own search (the same core function, ranking and role's scope), or by village.
    filter.search = parser.value(QStringLiteral("search"));
    filter.sortKey =
        filter.search.trimmed().isEmpty() ? HouseholdFilter::SortKey::Village : HouseholdFilter::SortKey::HeadName;
    auto rows = repository.list(filter, 0, std::numeric_limits<qint64>::max());
    if (!rows)
        return ctx.fail(rows.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HouseholdSummary& s : *rows) {
            QJsonObject o{{QStringLiteral("id"), s.id},
                          {QStringLiteral("village"), s.villageCode},
                          {QStringLiteral("village_name"), s.villageName},
                          {QStringLiteral("residence"), Vocabulary::residenceCode(s.residence)},
                          {QStringLiteral("head_name"), s.headName},
                          {QStringLiteral("members"), s.memberCount},
                          {QStringLiteral("status"), Vocabulary::statusCode(s.status)}};
            if (!s.matchedMember.isEmpty())
                o.insert(QStringLiteral("matched_member"), s.matchedMember);
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    // For people: ID numbers masked, as on screen.
    for (const HouseholdSummary& s : *rows)
        ctx.out() << s.id << '\t' << s.villageName << '\t' << s.headName << '\t' << IdNumber::mask(s.headIdNumber)
                  << '\t' << s.memberCount << '\t' << Vocabulary::statusLabel(s.status)
                  << (s.matchedMember.isEmpty() ? QString() : QLatin1Char('\t') + s.matchedMember) << '\n';
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

QJsonArray problemsJson(const QList<RosterProblem>& problems)
{
    QJsonArray array;
    for (const RosterProblem& p : problems)
        array.append(QJsonObject{{QStringLiteral("row"), p.row},
                                 {QStringLiteral("column"), p.column},
                                 {QStringLiteral("message"), p.message}});
    return array;
}

QString problemLine(const RosterProblem& p)
{
    if (p.row == 0)
        return p.message;
    if (p.column.isEmpty())
        return CliContext::tr("row %1: %2").arg(p.row).arg(p.message);
    return CliContext::tr("row %1, column %2: %3").arg(p.row).arg(p.column, p.message);
}

int importSheet(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("sheet"), CliContext::tr("The sheet to read (default: the first)."), CliContext::tr("NAME")});
    parser.addOption(
        {QStringLiteral("mapping"),
         CliContext::tr("What the roster's columns are (doudi-sheet-mapping/1), e.g. saved by the desktop."),
         CliContext::tr("MAP.json")});
    parser.addOption({QStringLiteral("dry-run"), CliContext::tr("Check and report; import nothing.")});
    parser.addOption(
        {QStringLiteral("skip-invalid"), CliContext::tr("Import every valid household and list the rows left out.")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The roster: .xlsx or .csv (UTF-8 or GBK)."));
    if (const int r = ctx.parse(
            parser, args, CliContext::tr("Imports the households of an office's Excel or WPS roster, all or nothing."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")))
        return Usage;
    QByteArray bytes;
    if (const int r = ctx.readPositionalFile(parser, &bytes); r >= 0)
        return r;
    const QString fileName = parser.positionalArguments().value(0);
    RosterMapping mapping;
    if (parser.isSet(QStringLiteral("mapping"))) {
        auto text = CliContext::readFile(parser.value(QStringLiteral("mapping")));
        if (!text)
            return ctx.fail(text.error());
        auto read = RosterMapping::fromJson(*text);
        if (!read)
            return ctx.fail(read.error().withFieldPrefix(QStringLiteral("--mapping")));
        mapping = *read;
    }
    const QString sheetName =
        parser.isSet(QStringLiteral("sheet")) ? parser.value(QStringLiteral("sheet")) : mapping.sheet;
    auto table = RosterImporter::readSheet(bytes, fileName, sheetName);
    if (!table)
        return ctx.fail(table.error());

    auto [db, session] = ctx.act(parser, parser.value(QStringLiteral("db")));
    if (!session)
        return Failed;
    RosterImporter importer(*db, *session);
    auto plan = importer.plan(*table, mapping);
    if (!plan)
        return ctx.fail(plan.error());

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    const bool refused = !plan->problems.isEmpty() && !skipInvalid;
    qsizetype imported = 0;
    if (!dryRun && !refused) {
        auto done = importer.commit(*plan, fileName, bytes, skipInvalid);
        if (!done)
            return ctx.fail(done.error());
        imported = *done;
    }
    const bool wasImported = !dryRun && !refused;

    // What the roster holds (valid households only when some were left out).
    qsizetype households = 0;
    qsizetype members = 0;
    qint64 monthlyFen = 0;
    QMap<QString, int> byCategory;
    for (const ImportedHousehold& h : plan->households) {
        if (skipInvalid && !h.valid)
            continue;
        ++households;
        members += h.household.members.size();
        monthlyFen += h.household.monthlyBenefitFen;
        byCategory[Vocabulary::statusLabel(h.household.status)] += 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject categories;
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            categories.insert(it.key(), it.value());
        QJsonArray skipped;
        for (int row : plan->skippedRows)
            skipped.append(row);
        const QJsonObject result{{QStringLiteral("households"), households},
                                 {QStringLiteral("members"), members},
                                 {QStringLiteral("monthly_benefit_fen"), monthlyFen},
                                 {QStringLiteral("categories"), categories},
                                 {QStringLiteral("errors"), problemsJson(plan->problems)},
                                 {QStringLiteral("notes"), problemsJson(plan->notes)},
                                 {QStringLiteral("skipped_rows"), skipped},
                                 {QStringLiteral("imported"), wasImported}};
        ctx.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const RosterProblem& p : plan->problems)
            ctx.err() << problemLine(p) << Qt::endl;
        for (const RosterProblem& p : plan->notes)
            ctx.err() << CliContext::tr("note: %1").arg(problemLine(p)) << Qt::endl;
        ctx.out() << CliContext::tr("%n household(s)", nullptr, int(households)) << ", "
                  << CliContext::tr("%n member(s)", nullptr, int(members)) << ", "
                  << CliContext::tr("monthly benefit %1").arg(Money::fromFen(monthlyFen).format()) << '\n';
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            ctx.out() << "  " << it.key() << '\t' << it.value() << '\n';
        if (wasImported)
            ctx.err() << CliContext::tr("Imported %n household(s).", nullptr, int(imported)) << Qt::endl;
        else if (refused)
            ctx.err() << CliContext::tr("Nothing was imported: %n problem(s). Correct the roster, or import the valid "
                                        "households with --skip-invalid.",
                                        nullptr, int(plan->problems.size()))
                      << Qt::endl;
        else
            ctx.err() << CliContext::tr("Dry run: nothing was imported.") << Qt::endl;
    }
    return refused ? InvalidInput : Done;
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
                             {{"list", listHouseholds},
                              {"import", importHouseholds},
                              {"import-sheet", importSheet},
                              {"export", exportHousehold}},
                             args);
}

} // namespace Doudi::Cli
