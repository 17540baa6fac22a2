// The township's other programs at the scale of a county seat (issue 20):
//   - `evaluate-all` of 20,000 households — read, evaluate, save — under a policy with the programs
//     (each household's entitlements worked out and saved with its determination) against the same
//     policy without them, in the same run: budget +15 %;
//   - the price-subsidy batch of a month over the same households, preview and commit: budget 3 s;
//   - the programs' rosters and the dashboard's tally per program, from what was saved.
#include "BenchReport.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "payments/PriceIndices.h"
#include "payments/PriceSubsidyRun.h"
#include "report/ProgramRecipients.h"
#include "report/Rosters.h"
#include "services/BatchEvaluation.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

using namespace Doudi;

namespace {

// Reads, evaluates and saves every household for `month`; nanoseconds, or -1.
qint64 evaluateAll(Database& db, const QString& month)
{
    QElapsedTimer t;
    t.start();
    const auto batch = BatchEvaluation::run(db, Session::bootstrap(QStringLiteral("bench")), month);
    if (!batch || !batch->commit(db, Session::bootstrap(QStringLiteral("bench"))))
        return -1;
    return t.nsecsElapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const int households = options.quick ? 300 : 20000;
    Clock::setFixed(QDateTime(QDate(2025, 9, 20), QTime(9, 0), Qt::UTC));

    const QString path = QDir(options.dir).filePath(QStringLiteral("bench-programs.doudi"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !DemoGenerator(23, QDate(2025, 9, 15)).fill(**db, QStringLiteral("bench"), households))
        return 1;
    // The bundled example has the programs from January; the same policy without them from July.
    const Session admin = Session::bootstrap(QStringLiteral("bench"));
    Policy without = PolicyRepository::bundledExample().value();
    without.id = QStringLiteral("220681-2025-07");
    without.effectiveFrom = QDate(2025, 7, 1);
    without.programs = {};
    without.source.insert(QStringLiteral("id"), without.id);
    without.source.insert(QStringLiteral("effective_from"), QStringLiteral("2025-07-01"));
    without.source.remove(QStringLiteral("programs"));
    if (!PolicyRepository(**db, admin).add(without))
        return 1;

    // Alternated, twice: the first runs warm the file up.
    qint64 withPrograms = -1;
    qint64 withoutPrograms = -1;
    for (int round = 0; round < 2; ++round) {
        withoutPrograms = evaluateAll(**db, QStringLiteral("2025-07"));
        withPrograms = evaluateAll(**db, QStringLiteral("2025-06"));
        if (withPrograms < 0 || withoutPrograms < 0)
            return 1;
    }
    reportTiming(QStringLiteral("evaluate-all %L1 households, policy without programs").arg(households),
                 withoutPrograms, QStringLiteral("—"));
    reportTiming(QStringLiteral("evaluate-all %L1 households, with the programs' entitlements").arg(households),
                 withPrograms, QStringLiteral("≤ +15 %"));
    reportRatio(QStringLiteral("with programs / without"), withPrograms, withoutPrograms, QStringLiteral("≤ 1.15"));

    if (!PriceIndices(**db, admin).record({QStringLiteral("2025-06"), 41, 52}, QStringLiteral("bench")))
        return 1;
    QElapsedTimer t;
    t.start();
    const auto run = PriceSubsidyRun::prepare(**db, admin, QStringLiteral("2025-06"));
    const qint64 previewNs = t.nsecsElapsed();
    if (!run)
        return 1;
    t.restart();
    const auto paid = run->commit(**db, admin);
    const qint64 commitNs = t.nsecsElapsed();
    if (!paid)
        return 1;
    reportTiming(
        QStringLiteral("price subsidy preview: %L1 persons of %L2 households").arg(paid->persons).arg(households),
        previewNs, QStringLiteral("—"));
    reportTiming(QStringLiteral("price subsidy commit"), commitNs, QStringLiteral("—"));
    reportTiming(QStringLiteral("price subsidy preview and commit"), previewNs + commitNs,
                 QStringLiteral("≤ 3000 ms for 20,000"));
    t.restart();
    const auto again = PriceSubsidyRun::prepare(**db, admin, QStringLiteral("2025-06"));
    if (!again || again->toPay().persons != 0)
        return 1;
    reportTiming(QStringLiteral("price subsidy prepared again: nobody left to pay"), t.nsecsElapsed(),
                 QStringLiteral("—"));

    // The programs' rosters and the dashboard's tally, from the saved entitlements.
    const Session supervisor =
        Session::forUser(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Supervisor, QString());
    for (const QString& kind : {QStringLiteral("disability"), QStringLiteral("orphan"), QStringLiteral("price")}) {
        t.restart();
        const auto roster = Rosters::build(**db, supervisor, kind, QDate(2025, 6, 1));
        if (!roster)
            return 1;
        qint64 lines = 0;
        for (const RosterSection& section : roster->sections)
            lines += section.summary ? 0 : section.rows.size();
        reportTiming(QStringLiteral("roster --kind %1: %L2 lines").arg(kind).arg(lines), t.nsecsElapsed(),
                     QStringLiteral("—"));
    }
    t.restart();
    if (!ProgramRecipients::countByProgram(**db, supervisor, QStringLiteral("2025-06")))
        return 1;
    reportTiming(QStringLiteral("the dashboard's tally per program"), t.nsecsElapsed(), QStringLiteral("—"));
    return 0;
}
