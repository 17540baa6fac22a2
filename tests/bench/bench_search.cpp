// Times search as you type at city scale (issue 19: p99 ≤ 20 ms over 500,000 persons): what the
// household list asks for when a pause in typing sends a term — how many households match, and the
// first page of them — for 1,000 realistic terms drawn from the stored people: surnames, a surname
// and the next character, whole names, pinyin initials, ID numbers (the first digits as typed,
// the birth date, the last digits), and terms that match nobody. Prints p50, p95, p99 and the
// maximum, in all and by kind of term, and the slowest terms, for a first pass just after opening
// and a second one with the pages in memory.
// Usage: bench_search [WORK_DIR] [--quick]   (a WORK_DIR keeps the database for the next run)
#include "BenchReport.h"
#include "demo/DemoGenerator.h"
#include "domain/PinyinInitials.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace Doudi;

namespace {

constexpr int kPageSize = 200; // the household list's page

struct Term
{
    QString kind;
    QString text;
};

// `count` more households of the demo township, saved as an import saves them.
Status addHouseholds(Database& db, DemoGenerator& generator, int count)
{
    HouseholdRepository repository(db, Session::bootstrap(QStringLiteral("bench")));
    for (int done = 0; done < count;) {
        QList<Household> batch;
        for (; batch.size() < 10000 && done < count; ++done)
            batch.append(generator.nextHousehold());
        if (Status s = repository.saveAll(batch); !s)
            return s;
    }
    return success();
}

// The terms a clerk types, drawn from the people stored.
QList<Term> termsFrom(Database& db, int wanted)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name, id_number FROM members WHERE deleted = 0"));
    QList<std::pair<QString, QString>> people;
    while (q.next())
        people.append({q.value(0).toString(), q.value(1).toString()});
    QRandomGenerator random(19);
    QList<Term> terms;
    while (terms.size() < wanted && !people.isEmpty()) {
        const auto& [name, id] = people.at(random.bounded(int(people.size())));
        const int pick = random.bounded(100);
        if (pick < 25)
            terms.append({QStringLiteral("surname"), name.left(1)});
        else if (pick < 45)
            terms.append({QStringLiteral("surname + 1"), name.left(2)});
        else if (pick < 60)
            terms.append({QStringLiteral("whole name"), name});
        else if (pick < 75)
            terms.append({QStringLiteral("pinyin initials"), PinyinInitials::of(name).left(2 + random.bounded(2))});
        else if (pick < 80) // as typed from the card: the first digits are the county's, shared by most
            terms.append({QStringLiteral("ID from its start"), id.left(4 + random.bounded(14))});
        else if (pick < 85)
            terms.append({QStringLiteral("ID birth date"), id.mid(6, 8)});
        else if (pick < 90)
            terms.append({QStringLiteral("ID last digits"), id.right(4 + random.bounded(3))});
        else
            terms.append({QStringLiteral("no match"), pick % 2 ? QStringLiteral("无此人") + QString::number(pick)
                                                               : QStringLiteral("99999%1").arg(pick)});
    }
    return terms;
}

// A term that took long, to say which kinds of term cost what.
struct Slow
{
    qint64 ns;
    qint64 countNs;
    qint64 matches;
    QString text;
};

QString percentiles(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&ns](double p) {
        return ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(p * ns.size()))) / 1e6;
    };
    return QStringLiteral("n %1  p50 %2  p95 %3  p99 %4  max %5 ms")
        .arg(ns.size(), 4)
        .arg(at(0.50), 6, 'f', 1)
        .arg(at(0.95), 6, 'f', 1)
        .arg(at(0.99), 6, 'f', 1)
        .arg(ns.last() / 1e6, 6, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    // About 2.6 people a household: 192,000 households hold some 500,000 persons.
    const int households = options.quick ? 2000 : 192000;
    const int termCount = options.quick ? 50 : 1000;

    const QString path = QDir(options.dir).filePath(QStringLiteral("bench-search-%1.doudi").arg(households));
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        auto made = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!made)
            return benchFailed(QStringLiteral("create"), made.error());
        DemoGenerator generator(7, QDate(2025, 3, 15));
        if (Status s = generator.fill(**made, QStringLiteral("bench"), 0); !s)
            return benchFailed(QStringLiteral("demo township"), s.error());
        if (Status s = addHouseholds(**made, generator, households); !s)
            return benchFailed(QStringLiteral("households"), s.error());
        reportTiming(QStringLiteral("made %L1 households").arg(households), t.nsecsElapsed(), QStringLiteral("—"));
    }
    // Searched as the desk searches: on the connection it opens for itself.
    auto db = Database::open(path, Database::OpenMode::Desk);
    if (!db)
        return benchFailed(QStringLiteral("open"), db.error());
    // The supervisor's view: every village, ID fragments allowed.
    HouseholdRepository repository(**db, Session::bootstrap(QStringLiteral("bench")));
    const auto persons = repository.memberCount();
    if (!persons)
        return benchFailed(QStringLiteral("count"), persons.error());
    QTextStream(stdout)
        << QStringLiteral("database: %L1 households, %L2 persons").arg(repository.count({}).value()).arg(*persons)
        << Qt::endl;

    const QList<Term> terms = termsFrom(**db, termCount);
    QTextStream out(stdout);
    // Twice: just after opening, when the pages still come from the disk, and again as a desk that
    // has been searching for a while finds them.
    for (const QString& pass : {QStringLiteral("first pass"), QStringLiteral("second pass")}) {
        QList<qint64> all;
        QMap<QString, QList<qint64>> byKind;
        QList<Slow> slowest;
        for (const Term& term : terms) {
            HouseholdFilter filter;
            filter.search = term.text;
            QElapsedTimer t;
            t.start();
            const auto total = repository.count(filter);
            if (!total)
                return benchFailed(QStringLiteral("count “%1”").arg(term.text), total.error());
            const qint64 countNs = t.nsecsElapsed();
            if (*total > 0) {
                const auto page = repository.list(filter, 0, kPageSize);
                if (!page)
                    return benchFailed(QStringLiteral("list “%1”").arg(term.text), page.error());
            }
            const qint64 ns = t.nsecsElapsed();
            all.append(ns);
            byKind[term.kind].append(ns);
            slowest.append({ns, countNs, *total, term.kind + QStringLiteral(" “") + term.text + QStringLiteral("”")});
        }
        out << QStringLiteral("%1  %2   (budget p99 ≤ 20 ms over 500,000 persons)")
                   .arg(QStringLiteral("search, ") + pass + QStringLiteral(": count and first page"), -42)
                   .arg(percentiles(all))
            << Qt::endl;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            out << QStringLiteral("%1  %2").arg(QStringLiteral("  ") + it.key(), -42).arg(percentiles(it.value()))
                << Qt::endl;
        std::sort(slowest.begin(), slowest.end(), [](const Slow& a, const Slow& b) { return a.ns > b.ns; });
        out << QStringLiteral("  slowest terms (households matching: count + first page):") << Qt::endl;
        const qint64 countsUpTo = repository.searchTuning().countsUpTo;
        for (const Slow& s : slowest.mid(0, options.quick ? 3 : 6))
            out << QStringLiteral("    %1  %2 households: %3 + %4 ms")
                       .arg(s.text, -30)
                       .arg(s.matches > countsUpTo ? QStringLiteral("more than %L1").arg(countsUpTo)
                                                   : QStringLiteral("%L1").arg(s.matches))
                       .arg(s.countNs / 1e6, 0, 'f', 1)
                       .arg((s.ns - s.countNs) / 1e6, 0, 'f', 1)
                << Qt::endl;
    }
    return 0;
}
