// Times the city at scale (issue: performance, "City scale"): a city database holding the full
// packages of 12 townships of 20,000 households each (the 12 first townships of 临江市 with their
// official villages, each a demo township of its own seed), then
//   city report, city duplicates and city search — budget 1 s each;
//   the 12th township's full package merged into the 11 already there — budget 3 s.
// The townships and their packages are made through the real path (demo, enrolment, export) and
// kept in WORK_DIR: a second run with the same directory reuses them (delete it after a change to
// what a package holds). --quick: 2 townships of 300 households, as a smoke test. --reuse-city
// keeps the city before the last package, and a later run with it starts from there.
// Usage: bench_city [WORK_DIR] [--quick] [--reuse-city]
#include "BenchReport.h"
#include "Clock.h"
#include "ShellBaseline.h"
#include "demo/DemoGenerator.h"
#include "reference/Divisions.h"
#include "security/Authenticator.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"
#include "sync/CityReports.h"
#include "sync/Enrolment.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Doudi;

namespace {

const QString kCityAdmin = QStringLiteral("admin");
const QString kCityPassword = QStringLiteral("bench-city-password");

struct TownshipPackage
{
    QString code;
    QString package;     // its full package, for the city
    QString fingerprint; // its keys, as the city's clerk confirms them at the first package
};

// The file of one township's package and fingerprint in WORK_DIR.
QString packagePath(const QDir& dir, const QString& code)
{
    return dir.filePath(QStringLiteral("bench-city-%1.doudi-pkg").arg(code));
}

// Makes township `code` (a demo of `households`), enrols it with the city and writes its full package.
Result<TownshipPackage> makeTownship(Database& city, const QDir& dir, const QString& code, int households, int seed,
                                     bool reuse)
{
    const Session setup = Session::bootstrap(QStringLiteral("bench"));
    TownshipPackage made{code, packagePath(dir, code), QString()};
    const QString fingerprintFile = made.package + QStringLiteral(".fingerprint");
    const QString dbPath = dir.filePath(QStringLiteral("bench-city-%1.doudi").arg(code));
    if (reuse && QFile::exists(made.package) && QFile::exists(fingerprintFile)) {
        QFile f(fingerprintFile);
        if (f.open(QIODevice::ReadOnly)) {
            made.fingerprint = QString::fromLatin1(f.readAll());
            return made;
        }
    }
    QFile::remove(dbPath);
    DemoGenerator generator(quint32(seed), Clock::currentDate());
    if (!generator.useTownship(code))
        return Error::failed(QStringLiteral("township %1 has no villages in the built-in list").arg(code));
    auto township = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!township)
        return township.error();
    if (Status s =
            SiteRepository(**township, setup).createSite(code, generator.townshipName(), QStringLiteral("township"));
        !s)
        return s.error();
    if (Status s = generator.fill(**township, QStringLiteral("bench"), households); !s)
        return s.error();
    const auto enrolment = Enrolment::write(city, setup, code, generator.townshipName());
    if (!enrolment)
        return enrolment.error();
    const auto cityKeys = SiteKeys::ensure(city);
    if (!cityKeys)
        return cityKeys.error();
    if (const auto enrolled = Enrolment::import(**township, setup, *enrolment, cityKeys->fingerprint()); !enrolled)
        return enrolled.error();
    if (const auto exported = SyncExporter::write(**township, setup, QString(), false, made.package); !exported)
        return exported.error();
    const auto keys = SiteKeys::ensure(**township);
    if (!keys)
        return keys.error();
    made.fingerprint = keys->fingerprint();
    QFile f(fingerprintFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(made.fingerprint.toLatin1()) < 0)
        return Error::failed(QStringLiteral("cannot write %1").arg(fingerprintFile));
    // The package is all the city needs; the township's file (130 MB at 20,000) goes.
    township->reset();
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    return made;
}

Status importPackage(Database& city, const Session& session, const TownshipPackage& township)
{
    QFile file(township.package);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read %1").arg(township.package));
    ImportOptions options;
    options.trust = township.fingerprint;
    const auto imported = SyncImporter::import(city, session, file.readAll(), options);
    if (!imported)
        return imported.error();
    if (imported->status != QLatin1String("applied"))
        return Error::failed(QStringLiteral("package of %1: %2").arg(township.code, imported->status));
    return success();
}

// What this process has written so far (Linux's /proc/self/io; 0 elsewhere): how much a merge
// writes, page cache spills included.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return 0;
}

qint64 percentile(QList<qint64> values, int percent)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * percent / 100));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QDir dir(options.dir);
    const int townships = options.quick ? 2 : 12;
    const int households = options.quick ? 300 : 20000;
    QTextStream out(stdout);
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    const Session setup = Session::bootstrap(QStringLiteral("bench"));

    // The city's keys and enrolments are made once with the packages (cityBase); every run merges
    // into a fresh copy of it.
    const QString cityBase = dir.filePath(QStringLiteral("bench-city-base.doudi"));
    const QString cityPath = dir.filePath(QStringLiteral("bench-city.doudi"));
    QStringList codes;
    const QString county = QStringLiteral("220681"); // 临江市: 6 街道, 6 镇 and a 乡
    for (const Divisions::Township& t : Divisions::builtIn().searchTownships(county, 50))
        if (t.countyCode == county && !Divisions::builtIn().villagesOf(t.code).isEmpty())
            codes.append(t.code);
    std::sort(codes.begin(), codes.end());
    codes = codes.mid(0, townships);
    if (codes.size() < townships)
        return benchFailed(QStringLiteral("townships of 临江市"),
                           Error::failed(QStringLiteral("too few with villages")));

    QList<TownshipPackage> packages;
    {
        const bool fresh = !QFile::exists(cityBase);
        auto base = Database::open(cityBase, Database::OpenMode::CreateIfMissing);
        if (!base)
            return benchFailed(QStringLiteral("the city"), base.error());
        if (fresh) {
            if (Status s =
                    SiteRepository(**base, setup).createSite(county, QStringLiteral("临江市"), QStringLiteral("city"));
                !s)
                return benchFailed(QStringLiteral("the city"), s.error());
            // An administrator, whose login opens the city's keys in the copy each run merges into.
            User admin;
            admin.name = kCityAdmin;
            admin.role = Role::Admin;
            if (Status s = UserRepository(**base, setup).add(admin, kCityPassword); !s)
                return benchFailed(QStringLiteral("the city's administrator"), s.error());
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < townships; ++i) {
            const auto made = makeTownship(**base, dir, codes.at(i), households, 100 + i, !fresh);
            if (!made)
                return benchFailed(QStringLiteral("township %1").arg(codes.at(i)), made.error());
            packages.append(*made);
        }
        out << QStringLiteral("%1 townships of %2 households and their full packages ready in %3 s")
                   .arg(townships)
                   .arg(households)
                   .arg(timer.elapsed() / 1000.0)
            << Qt::endl;
    }
    // The city before the last package: made from the base by importing the others, or with
    // --reuse-city the one an earlier run kept (to time the merge again without the 11 imports).
    const QString beforeLast = dir.filePath(QStringLiteral("bench-city-before-last.doudi"));
    const bool reuseCity = QCoreApplication::arguments().contains(QStringLiteral("--reuse-city"));
    const bool imported = reuseCity && QFile::exists(beforeLast);
    const auto copyCity = [&](const QString& from, const QString& to) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
        return QFile::copy(from, to);
    };
    if (!copyCity(imported ? beforeLast : cityBase, cityPath))
        return benchFailed(QStringLiteral("copying the city"), Error::failed(cityPath));
    auto city = Database::open(cityPath, Database::OpenMode::MustExist);
    if (!city)
        return benchFailed(QStringLiteral("the city"), city.error());
    auto login = Authenticator::login(**city, kCityAdmin, kCityPassword);
    if (!login)
        return benchFailed(QStringLiteral("logging in at the city"), login.error());

    QElapsedTimer timer;
    timer.start();
    if (!imported) {
        for (int i = 0; i + 1 < townships; ++i)
            if (Status s = importPackage(**city, *login, packages.at(i)); !s)
                return benchFailed(QStringLiteral("importing %1").arg(packages.at(i).code), s.error());
        out << QStringLiteral("the first %1 packages imported in %2 s").arg(townships - 1).arg(timer.elapsed() / 1000.0)
            << Qt::endl;
        if (reuseCity) {
            city->reset(); // closed, its WAL checkpointed into the file
            if (!copyCity(cityPath, beforeLast))
                return benchFailed(QStringLiteral("keeping the city"), Error::failed(beforeLast));
            city = Database::open(cityPath, Database::OpenMode::MustExist);
            if (!city)
                return benchFailed(QStringLiteral("the city"), city.error());
            login = Authenticator::login(**city, kCityAdmin, kCityPassword);
            if (!login)
                return benchFailed(QStringLiteral("logging in at the city"), login.error());
        }
    }
    const qint64 writtenBefore = bytesWritten();
    timer.restart();
    if (Status s = importPackage(**city, *login, packages.last()); !s)
        return benchFailed(QStringLiteral("importing %1").arg(packages.last().code), s.error());
    const qint64 mergeNs = timer.nsecsElapsed();
    reportTiming(
        QStringLiteral("township package merged (the last of %1, %2 households)").arg(townships).arg(households),
        mergeNs, QStringLiteral("3 s"));
    out << QStringLiteral("written by the merge: %1 MB (package %2 MB)")
               .arg((bytesWritten() - writtenBefore) / 1e6, 0, 'f', 0)
               .arg(QFileInfo(packages.last().package).size() / 1e6, 0, 'f', 0)
        << Qt::endl;
    // The same rows inserted by the sqlite3 shell into the same city before the merge (kept with
    // --reuse-city): the package's records and their narrow tables' rows, in one transaction.
    if (imported) {
        const QString last = QStringLiteral("township = '%1'").arg(packages.last().code);
        QList<ShellRows> rows;
        for (const char* table : {"city_records", "city_members", "city_households", "city_payments"})
            rows.append({QString::fromLatin1(table), last});
        const ShellBaseline shell = sqliteShellInserting((*city)->connection(), rows, dir.path(), beforeLast);
        if (shell.nanoseconds < 0)
            return benchFailed(QStringLiteral("the sqlite3 shell"), Error::failed(shell.error));
        reportTiming(QStringLiteral("sqlite3 shell inserting the same %1 rows into that city").arg(shell.rows),
                     shell.nanoseconds, QStringLiteral("—"));
        reportRatio(QStringLiteral("merge speed against the shell's"), shell.nanoseconds, mergeNs, QStringLiteral("—"));
    }
    {
        QSqlQuery q((*city)->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM city_records"));
        q.next();
        out << QStringLiteral("city records: %1").arg(q.value(0).toLongLong()) << Qt::endl;
    }

    timer.restart();
    const auto report = CityReports::report(**city);
    if (!report)
        return benchFailed(QStringLiteral("city report"), report.error());
    reportTiming(QStringLiteral("city report (%1 households)")
                     .arg(report->value(QStringLiteral("totals"))[QStringLiteral("households")].toInteger()),
                 timer.nsecsElapsed(), QStringLiteral("1 s"));

    timer.restart();
    const auto duplicates = CityReports::duplicates(**city);
    if (!duplicates)
        return benchFailed(QStringLiteral("city duplicates"), duplicates.error());
    reportTiming(QStringLiteral("city duplicates (%1 people in two townships)").arg(duplicates->size()),
                 timer.nsecsElapsed(), QStringLiteral("1 s"));

    // Names as a city clerk types them: a whole name, a surname and first given character, a
    // given name alone, and a name nobody has.
    QStringList names;
    {
        QSqlQuery q((*city)->connection());
        q.exec(QStringLiteral("SELECT json_extract(data, '$.name') FROM city_records WHERE tbl = 'members' "
                              "ORDER BY row_key LIMIT 40"));
        while (q.next())
            names.append(q.value(0).toString());
    }
    QStringList queries;
    for (const QString& name : std::as_const(names)) {
        queries.append(name);
        queries.append(name.left(2));
        queries.append(name.mid(1));
    }
    queries.append({QStringLiteral("无此人"), QStringLiteral("欧阳"), QStringLiteral("Zhang")});
    QList<qint64> times;
    qint64 found = 0;
    for (const QString& text : std::as_const(queries)) {
        timer.restart();
        const auto result = CityReports::search(**city, text);
        times.append(timer.nsecsElapsed());
        if (!result)
            return benchFailed(QStringLiteral("city search"), result.error());
        found += result->size();
    }
    out << QStringLiteral("city search: %1 queries, %2 households listed").arg(queries.size()).arg(found) << Qt::endl;
    reportTiming(QStringLiteral("city search, p50"), percentile(times, 50), QStringLiteral("1 s"));
    reportTiming(QStringLiteral("city search, p95"), percentile(times, 95), QStringLiteral("1 s"));
    reportTiming(QStringLiteral("city search, max"), percentile(times, 100), QStringLiteral("1 s"));
    return 0;
}
