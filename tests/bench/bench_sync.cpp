// Times sync's budgets (issue: sync): a full package of a 20,000-household township exported
// (< 10 s) and imported at the city (< 10 s), and the import's speed against the sqlite3 shell
// inserting the same rows into the same table in one transaction (no less than half its speed).
// Usage: bench_sync [WORK_DIR] [HOUSEHOLDS] [--quick]   (--quick: 200 households, as a smoke test)
#include "BenchReport.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "sync/Enrolment.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Doudi;

namespace {

QString quoted(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions bench = benchOptions(temp);
    const QDir dir(bench.dir);
    const QStringList sizes =
        QCoreApplication::arguments().mid(2).filter(QRegularExpression(QStringLiteral("^[0-9]+$")));
    const int households = !sizes.isEmpty() ? sizes.first().toInt() : bench.quick ? 200 : 20000;
    QTextStream out(stdout);
    for (const char* name : {"bench-sync-township.doudi", "bench-sync-city.doudi", "bench-sync-shell.sqlite",
                             "bench-sync.doudi-pkg", "bench-sync-inserts.sql"})
        QFile::remove(dir.filePath(QString::fromLatin1(name)));
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    const Session setup = Session::bootstrap(QStringLiteral("bench"));

    auto township =
        Database::open(dir.filePath(QStringLiteral("bench-sync-township.doudi")), Database::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    if (!township || !DemoGenerator(11, Clock::currentDate()).fill(**township, QStringLiteral("bench"), households))
        return 1;
    out << QStringLiteral("demo township of %1 households made in %2 s").arg(households).arg(timer.elapsed() / 1000.0)
        << Qt::endl;
    auto city =
        Database::open(dir.filePath(QStringLiteral("bench-sync-city.doudi")), Database::OpenMode::CreateIfMissing);
    if (!city || !SiteRepository(**city, setup)
                      .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")))
        return 1;
    const QString code = SiteRepository(**township, setup).site()->code;
    const auto enrolment = Enrolment::write(**city, setup, code, QStringLiteral("六道沟镇"));
    if (!enrolment || !Enrolment::import(**township, setup, *enrolment, SiteKeys::ensure(**city)->fingerprint()))
        return 1;

    const QString packagePath = dir.filePath(QStringLiteral("bench-sync.doudi-pkg"));
    timer.restart();
    const auto exported = SyncExporter::write(**township, setup, QString(), false, packagePath);
    const qint64 exportNs = timer.nsecsElapsed();
    if (!exported) {
        out << exported.error().toString() << Qt::endl;
        return 1;
    }
    qint64 records = 0;
    for (const int n : exported->counts)
        records += n;
    reportTiming(QStringLiteral("full export: %1 records, %2 MB").arg(records).arg(exported->bytes / 1e6, 0, 'f', 1),
                 exportNs, QStringLiteral("10 s"));

    QFile package(packagePath);
    if (!package.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray file = package.readAll();
    ImportOptions options;
    options.trust = SiteKeys::ensure(**township)->fingerprint();
    timer.restart();
    const auto imported = SyncImporter::import(**city, setup, file, options);
    const qint64 importNs = timer.nsecsElapsed();
    if (!imported || imported->status != QLatin1String("applied")) {
        out << (imported ? imported->status : imported.error().toString()) << Qt::endl;
        return 1;
    }
    reportTiming(QStringLiteral("city import of it (verify, decrypt, parse, store)"), importNs, QStringLiteral("10 s"));

    // The same rows, as the sqlite3 shell would insert them: one transaction of INSERTs into a
    // table of the same definition.
    const QString sqlPath = dir.filePath(QStringLiteral("bench-sync-inserts.sql"));
    {
        QFile sql(sqlPath);
        if (!sql.open(QIODevice::WriteOnly))
            return 1;
        QTextStream s(&sql);
        QSqlQuery schema((*city)->connection());
        schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'city_records'"));
        schema.next();
        s << schema.value(0).toString() << ";\nBEGIN;\n";
        QSqlQuery rows((*city)->connection());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT township, tbl, row_key, data, deleted, sequence FROM city_records"));
        while (rows.next())
            s << "INSERT INTO city_records VALUES (" << quoted(rows.value(0).toString()) << ", "
              << quoted(rows.value(1).toString()) << ", " << quoted(rows.value(2).toString()) << ", "
              << quoted(rows.value(3).toString()) << ", " << rows.value(4).toInt() << ", " << rows.value(5).toLongLong()
              << ");\n";
        s << "COMMIT;\n";
    }
    QProcess shell;
    shell.setStandardInputFile(sqlPath);
    timer.restart();
    shell.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("bench-sync-shell.sqlite"))});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        out << "sqlite3 shell failed: " << shell.readAllStandardError() << Qt::endl;
        return 1;
    }
    const qint64 shellNs = timer.nsecsElapsed();
    reportTiming(QStringLiteral("sqlite3 shell inserting the same %1 rows").arg(records), shellNs, QStringLiteral("—"));
    out << QStringLiteral("import speed / shell speed: %1 (budget ≥ 0.5)")
               .arg(double(shellNs) / double(importNs), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
