#include "Commands.h"

#include "AppPaths.h"
#include "Clock.h"
#include "domain/Vocabulary.h"
#include "fund/FundLedger.h"
#include "report/Recipients.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

int runSummary(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Summarises a database: site, villages, households."));
        r >= 0)
        return r;
    const auto db = ctx.openDatabase(CliContext::databasePath(parser), Database::OpenMode::MustExist);
    if (!db)
        return Failed;
    SiteRepository sites(*db, Session::unauthenticatedReader());
    HouseholdRepository households(*db, Session::unauthenticatedReader());
    const auto site = sites.site();
    const auto villages = sites.villages();
    const auto byStatus = households.countByStatus();
    const auto total = households.count({});
    const auto members = households.memberCount();
    if (!site)
        return ctx.fail(site.error());
    if (!villages || !byStatus || !total || !members)
        return ctx.fail(!villages   ? villages.error()
                        : !byStatus ? byStatus.error()
                        : !total    ? total.error()
                                    : members.error());

    if (parser.isSet(QStringLiteral("json"))) {
        // The same counts as the dashboard's 在册 line and the list's 状态 column.
        QJsonObject statuses;
        for (auto it = byStatus->cbegin(); it != byStatus->cend(); ++it)
            statuses.insert(it.key(), QJsonObject{{QStringLiteral("households"), it.value().households},
                                                  {QStringLiteral("persons"), it.value().persons}});
        QJsonObject o{{QStringLiteral("site"), site->code},   {QStringLiteral("name"), site->name},
                      {QStringLiteral("kind"), site->kind},   {QStringLiteral("villages"), int(villages->size())},
                      {QStringLiteral("households"), *total}, {QStringLiteral("members"), *members},
                      {QStringLiteral("by_status"), statuses}};
        // This month's payment as the record has it: the same figures as the dashboard and rosters.
        if (site->kind == QLatin1String("township")) {
            const QDate today = Clock::currentDate();
            const auto paid = Recipients::forMonth(*db, Session::unauthenticatedReader(), today.year(), today.month());
            if (!paid)
                return ctx.fail(paid.error());
            int persons = 0;
            qint64 fen = 0;
            for (const Recipient& r : paid->recipients) {
                persons += r.persons;
                fen += r.totalFen;
            }
            const char* source = paid->source == Recipients::Source::Batches    ? "batches"
                                 : paid->source == Recipients::Source::Prepared ? "prepared"
                                                                                : "approved";
            o.insert(QStringLiteral("payment"),
                     QJsonObject{{QStringLiteral("month"), today.toString(QStringLiteral("yyyy-MM"))},
                                 {QStringLiteral("source"), QLatin1String(source)},
                                 {QStringLiteral("batches"), QJsonArray::fromStringList(paid->batchNumbers)},
                                 {QStringLiteral("households"), int(paid->recipients.size())},
                                 {QStringLiteral("persons"), persons},
                                 {QStringLiteral("total_fen"), fen},
                                 {QStringLiteral("differ_from_rules"), paid->differFromTheRules}});
            // The reserve fund's year as the ledger and the dashboard give it: paid is gross.
            const auto fund = FundLedger(*db, Session::unauthenticatedReader()).balance(today.year());
            if (!fund)
                return ctx.fail(fund.error());
            o.insert(QStringLiteral("fund_year"), today.year());
            o.insert(QStringLiteral("fund_paid_fen"), fund->paidFen);
            o.insert(QStringLiteral("fund_reversed_fen"), fund->reversedFen);
            o.insert(QStringLiteral("fund_balance_fen"), fund->balanceFen);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    ctx.out() << CliContext::tr("Site: %1 %2").arg(site->name, site->code) << '\n'
              << CliContext::tr("Villages: %1").arg(villages->size()) << '\n'
              << CliContext::tr("Households: %1, persons: %2").arg(*total).arg(*members) << '\n';
    for (auto status :
         {HouseholdStatus::Dibao, HouseholdStatus::Tekun, HouseholdStatus::GradualExit, HouseholdStatus::None}) {
        const StatusCount count = byStatus->value(Vocabulary::statusCode(status));
        ctx.out() << QStringLiteral("  ") << Vocabulary::statusLabel(status) << QStringLiteral(": ")
                  << CliContext::tr("%1 households, %2 persons").arg(count.households).arg(count.persons) << '\n';
    }
    ctx.out().flush();
    return Done;
}

int runPaths(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo-db"), CliContext::tr("Print the demo database's path."));
    parser.addOption(demo);
    if (const int r = ctx.parse(parser, args, CliContext::tr("Prints where Doudi keeps its files.")); r >= 0)
        return r;
    if (parser.isSet(demo)) {
        ctx.out() << AppPaths::demoDatabasePath() << Qt::endl;
        return Done;
    }
    ctx.out() << CliContext::tr("Data folder: %1").arg(AppPaths::dataDirectory()) << '\n'
              << CliContext::tr("Default database: %1").arg(AppPaths::defaultDatabasePath()) << '\n'
              << CliContext::tr("Demo database: %1").arg(AppPaths::demoDatabasePath()) << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
