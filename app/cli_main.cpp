// doudi-cli: the headless front-end over core (spec/cli.md). Composition root only.
#include "AppPaths.h"
#include "Translations.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace Doudi;
using namespace Doudi::Cli;

namespace {

struct Command
{
    const char* name;
    int (*run)(CliContext&, const QStringList&);
    const char* summary;
};

const Command kCommands[] = {
    {"evaluate", runEvaluate,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Evaluate one household under a policy (no database needed).")},
    {"entitlements", runEntitlements,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext",
                       "What the other programs pay one household under a policy (no database needed).")},
    {"init", runInit, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Create a database for one site.")},
    {"demo", runDemo, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Create or fill a demo township database.")},
    {"evaluate-all", runEvaluateAll,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Re-evaluate every household of a database and save the results.")},
    {"policy", runPolicy, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Import a policy (import).")},
    {"household", runHousehold,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "List, import or export households (list|import|export).")},
    {"user", runUser, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Manage users (add|list|disable|enable|passwd).")},
    {"audit", runAudit, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Verify or list the audit trail (verify|list).")},
    {"case", runCase, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Open, advance, show or list cases.")},
    {"calendar", runCalendar, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "The working-day calendars (import|list).")},
    {"village", runVillage,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "The township's villages (list|add|rename|retire|merge|import).")},
    {"backup", runBackup,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Encrypted backups of the database (create|list|verify|restore).")},
    {"signal", runSignal, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Import or list monitoring signals.")},
    {"fund", runFund,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext",
                       "The reserve fund (quota|allocate|pay|reverse|paperwork|balance|reconcile|close-year|list).")},
    {"payment", runPayment,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext",
                       "The month's payment: batches, the bank's file and its returns, a household's payments "
                       "(batch|returns|layout|history).")},
    {"price-index", runPriceIndex,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "The months' published price indices (set|list).")},
    {"price-subsidy", runPriceSubsidy,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Pay a month's temporary price subsidy (run).")},
    {"funeral-waiver", runFuneralWaiver,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Funeral waivers and their certificates (offers|issue|list|print).")},
    {"care", runCare,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext",
                       "The 三留守 care register and its visits (register|visit|leave|list).")},
    {"resource", runResource,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "The resource library: who else can help (list|add|end).")},
    {"referral", runReferral,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Referrals to the resource library and their letters "
                                                 "(open|update|list|print).")},
    {"roster", runRoster,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Write a roster (notice, payment, stats, fund) to PDF, XLSX or CSV.")},
    {"sync", runSync,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Sync packages (status|enroll|export|import|conflicts|resolve).")},
    {"city", runCity,
     QT_TRANSLATE_NOOP("Doudi::Cli::CliContext",
                       "At the city (decide|awaiting|duplicates|report|search|signals|allocate).")},
    {"summary", runSummary, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Summarise a database.")},
    {"paths", runPaths, QT_TRANSLATE_NOOP("Doudi::Cli::CliContext", "Show where Doudi keeps its files.")},
};

void printHelp(CliContext& ctx)
{
    ctx.out() << CliContext::tr("Usage: doudi-cli COMMAND [SUBCOMMAND] [--flags] [ARGS]") << "\n\n"
              << CliContext::tr("Commands:") << '\n';
    for (const Command& c : kCommands)
        ctx.out() << QStringLiteral("  %1").arg(QString::fromLatin1(c.name), -14)
                  << QCoreApplication::translate("Doudi::Cli::CliContext", c.summary) << '\n';
    ctx.out() << '\n' << CliContext::tr("Run “doudi-cli COMMAND --help” for a command's flags.") << Qt::endl;
}

// The offscreen platform asks for a runtime folder that a command line never needs; its warning
// would only confuse whoever reads stderr. Everything else passes through.
QtMessageHandler defaultHandler = nullptr;

void quietRuntimeDirectory(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    // Rosters and certificates are drawn with Qt Gui (fonts, QPdfWriter), which needs a
    // QGuiApplication; without a display it runs on the offscreen platform. Every other command
    // needs Qt Core only.
    const bool drawing = argc > 1 && (qstrcmp(argv[1], "roster") == 0 || qstrcmp(argv[1], "funeral-waiver") == 0 ||
                                      qstrcmp(argv[1], "referral") == 0);
#ifndef Q_OS_WIN
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    if (drawing)
        defaultHandler = qInstallMessageHandler(quietRuntimeDirectory);
    const std::unique_ptr<QCoreApplication> application =
        drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    AppPaths::setApplicationIdentity();
    Translations::install(app, QString());

    CliContext ctx;
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        ctx.out() << QStringLiteral("doudi-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Done;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printHelp(ctx);
        return Done;
    }
    for (const Command& c : kCommands) {
        if (command == QLatin1String(c.name))
            return c.run(ctx, QStringList{args.value(0)} + args.mid(2));
    }
    if (command.isEmpty()) {
        printHelp(ctx);
        return Usage;
    }
    return ctx.usageError(CliContext::tr("Unknown command “%1”.").arg(command));
}
