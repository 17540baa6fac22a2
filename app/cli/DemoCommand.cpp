#include "Commands.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "store/HouseholdRepository.h"
#include "store/NewDatabase.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>

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

    const QString path = parser.value(QStringLiteral("db"));
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = ctx.stderrIsTerminal();
    DemoGenerator generator(seed, Clock::currentDate());
    const auto fill = [&](Database& db) -> Status {
        if (Status s = generator.fill(db, CliContext::userName(parser), count,
                                      [&](int done) {
                                          if (showProgress)
                                              ctx.err() << QStringLiteral("\r")
                                                        << CliContext::tr("%1 of %2 households").arg(done).arg(count)
                                                        << Qt::flush;
                                      });
            !s)
            return s;
        if (Status s = generator.addProgramExamples(db); !s)
            return s;
        return generator.addDemoUsers(db);
    };
    // A new demo database appears whole; an existing one is filled only while it has no households,
    // in one transaction, so running demo twice, or again after a power cut, never stacks them.
    const auto unfinished = NewDatabase::isUnfinished(path);
    if (!unfinished)
        return ctx.fail(unfinished.error());
    Status filled = success();
    if (!QFileInfo::exists(path) || *unfinished) {
        filled = NewDatabase::create(path, fill);
    } else {
        const auto db = ctx.openDatabase(path, Database::OpenMode::MustExist);
        if (!db)
            return Failed;
        const auto existing = HouseholdRepository(*db, Session::bootstrap(CliContext::userName(parser))).count({});
        if (!existing)
            return ctx.fail(existing.error());
        if (*existing > 0)
            return ctx.fail(Error::failed(CliContext::tr("%1 already has %2 households; demo fills only a new or "
                                                         "empty database.")
                                              .arg(path)
                                              .arg(*existing)));
        Transaction transaction(db->connection());
        filled = transaction.begin();
        if (filled)
            filled = fill(*db);
        if (filled)
            filled = transaction.commit();
    }
    if (showProgress)
        ctx.err() << Qt::endl;
    if (!filled)
        return ctx.fail(filled.error());
    ctx.err() << CliContext::tr("Added %1 households in %2 s.").arg(count).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
