#include "Commands.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"

#include <QElapsedTimer>

namespace Doudi::Cli {

int runDemo(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("households"), CliContext::tr("How many households to add."), CliContext::tr("N")});
    parser.addOption({QStringLiteral("seed"), CliContext::tr("The random seed (default 1)."), CliContext::tr("S")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Creates or fills a demo township database.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("db")) || !ctx.require(parser, QStringLiteral("households")))
        return Usage;
    bool ok = false;
    const int count = parser.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || count < 0)
        return ctx.usageError(CliContext::tr("--households must be a whole number of 0 or more."));
    const quint32 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&ok) : 1;
    if (!ok)
        return ctx.usageError(CliContext::tr("--seed must be a whole number."));

    const auto db = ctx.openDatabase(parser.value(QStringLiteral("db")), Database::OpenMode::CreateIfMissing);
    if (!db)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = ctx.stderrIsTerminal();
    DemoGenerator generator(seed, Clock::currentDate());
    const Status filled = generator.fill(*db, CliContext::userName(parser), count, [&](int done) {
        if (showProgress)
            ctx.err() << QStringLiteral("\r") << CliContext::tr("%1 of %2 households").arg(done).arg(count)
                      << Qt::flush;
    });
    if (showProgress)
        ctx.err() << Qt::endl;
    if (!filled)
        return ctx.fail(filled.error());
    if (Status s = generator.addDemoUsers(*db); !s)
        return ctx.fail(s.error());
    ctx.err() << CliContext::tr("Added %1 households in %2 s.").arg(count).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
