// Times the roster budgets (issue: rosters): a payment roster of about 3,000 households to PDF
// (< 3 s) and to XLSX (< 1 s), and the data behind it.
// Usage: bench_rosters [WORK_DIR] [--quick]   (the PDF and XLSX stay there to look at; --quick: 800
// households, as a smoke test)
#include "BenchReport.h"
#include "Clock.h"
#include "RosterPdf.h"
#include "RosterXlsx.h"
#include "demo/DemoGenerator.h"
#include "report/Rosters.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Doudi;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString dir = options.dir;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-rosters.doudi"));
    QFile::remove(path);
    Clock::setFixed(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    // About one household in sixteen is paid under the rules: 48,000 give a roster of some 3,000.
    if (!db ||
        !DemoGenerator(11, Clock::currentDate()).fill(**db, QStringLiteral("bench"), options.quick ? 800 : 48000))
        return 1;
    const Session supervisor = Session::bootstrap(QStringLiteral("bench"));

    QElapsedTimer t;
    t.start();
    const auto roster = Rosters::build(**db, supervisor, QStringLiteral("payment"), QDate(2025, 3, 1));
    if (!roster)
        return 2;
    int rows = 0;
    for (const RosterSection& s : roster->sections)
        rows += int(s.rows.size());
    reportTiming(QStringLiteral("payment roster data: %1 households evaluated for March").arg(rows), t.nsecsElapsed(),
                 QStringLiteral("part of the totals below"));

    t.restart();
    const Status pdf = RosterPdf::write(*roster, QDir(dir).filePath(QStringLiteral("payment-roster.pdf")));
    reportTiming(QStringLiteral("payment roster to PDF: %1 rows, %2 pages")
                     .arg(rows)
                     .arg(RosterLayout::paginate(*roster).size()),
                 t.nsecsElapsed(), QStringLiteral("< 3 s"));
    t.restart();
    const Status xlsx = RosterXlsx::write(*roster, QDir(dir).filePath(QStringLiteral("payment-roster.xlsx")));
    reportTiming(QStringLiteral("payment roster to XLSX: %1 rows").arg(rows), t.nsecsElapsed(),
                 QStringLiteral("< 1 s"));
    t.restart();
    const auto stats = Rosters::build(**db, supervisor, QStringLiteral("stats"), QDate(2025, 3, 1));
    reportTiming(QStringLiteral("monthly statistics: data for 48,000 households"), t.nsecsElapsed(),
                 QStringLiteral("—"));
    return pdf && xlsx && stats ? 0 : 3;
}
