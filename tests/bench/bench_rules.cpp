// Times the rules' budgets (issue 19, fast at township and city scale):
//   pure evaluation, one thread, against a bare loop over the same households (≥ 200,000 a second
//   per core), and `evaluate-all` on a 20,000-household database — read, evaluate and save — against
//   the sqlite3 shell inserting the same rows (≤ 2.5 s, and at least half the shell's speed).
// Usage: bench_rules [WORK_DIR] [--quick]   (--quick: small sizes, a smoke test for ./test.sh)
#include "BenchReport.h"
#include "Clock.h"
#include "ShellBaseline.h"
#include "demo/DemoGenerator.h"
#include "rules/Evaluator.h"
#include "services/BatchEvaluation.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Doudi;

namespace {

// The floor under evaluation: a loop that reads what the rules read of every household — each
// member's birth date, every income and expenditure, the assets — and adds it up.
qint64 bareLoop(const QList<Household>& households, const QDate& day)
{
    qint64 sum = 0;
    for (const Household& h : households) {
        for (const Member& m : h.members)
            sum += m.birthDate ? m.birthDate->daysTo(day) : m.idNumber.birthDate().daysTo(day);
        for (const IncomeItem& i : h.income)
            sum += i.annualFen;
        for (const ExpenditureItem& e : h.expenditure)
            sum += e.annualFen;
        sum += h.assets.financialFen + h.assets.vehicles.size();
    }
    return sum;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString month = QStringLiteral("2025-03");
    const Policy policy = PolicyRepository::bundledExample().value();
    const int inMemory = options.quick ? 2000 : 100000;
    const int inDatabase = options.quick ? 500 : 20000;

    // 1. In memory.
    DemoGenerator generator(21, QDate(2025, 3, 15));
    QList<Household> households;
    households.reserve(inMemory);
    for (int i = 0; i < inMemory; ++i)
        households.append(generator.nextHousehold());
    const auto evaluate = [&](bool trace) {
        return [&policy, &month, trace](const Household& h) {
            return Evaluator::evaluate(policy, h, month, Evaluator::Options{trace}).value().totalFen;
        };
    };
    for (bool trace : {false, true}) {
        QElapsedTimer t;
        t.start();
        const QList<qint64> totals = QtConcurrent::blockingMapped(households, evaluate(trace));
        reportTiming(QStringLiteral("evaluate %L1 households, %2 threads%3")
                         .arg(inMemory)
                         .arg(QThreadPool::globalInstance()->maxThreadCount())
                         .arg(trace ? QStringLiteral(", with the explanation") : QString()),
                     t.nsecsElapsed(), QStringLiteral("—"));
        Q_UNUSED(totals);
    }
    qint64 oneThreadNs = 0;
    {
        QElapsedTimer t;
        t.start();
        qint64 sum = 0;
        for (const Household& h : households)
            sum += evaluate(false)(h);
        oneThreadNs = t.nsecsElapsed();
        reportTiming(QStringLiteral("evaluate %L1 households, one thread (%L2 a second)")
                         .arg(inMemory)
                         .arg(qint64(inMemory * 1e9 / std::max<qint64>(1, oneThreadNs))),
                     oneThreadNs, QStringLiteral("≥ 200,000 a second"));
        Q_UNUSED(sum);
    }
    {
        QElapsedTimer t;
        t.start();
        const qint64 sum = bareLoop(households, QDate(2025, 3, 1));
        const qint64 bareNs = t.nsecsElapsed();
        reportTiming(QStringLiteral("a bare loop over the same households (%1)").arg(sum % 10), bareNs,
                     QStringLiteral("—"));
        reportRatio(QStringLiteral("bare loop time / evaluation time"), bareNs, oneThreadNs, QStringLiteral("—"));
    }

    // 2. A database: read, evaluate, save every determination.
    const QString path = QDir(options.dir).filePath(QStringLiteral("bench-rules-20k.doudi"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !DemoGenerator(22, QDate(2025, 3, 15)).fill(**db, QStringLiteral("bench"), inDatabase))
        return 1;
    const auto lastRowid = [&db](const QString& table) {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table));
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 auditBefore = lastRowid(QStringLiteral("audit_log"));
    const qint64 changesBefore = lastRowid(QStringLiteral("sync_changes"));
    QElapsedTimer t;
    t.start();
    const auto batch = BatchEvaluation::run(**db, Session::bootstrap(QStringLiteral("bench")), month);
    const qint64 evaluated = t.nsecsElapsed();
    if (!batch)
        return 1;
    const auto batchId = batch->commit(**db, Session::bootstrap(QStringLiteral("bench")));
    if (!batchId)
        return 1;
    const qint64 allNs = t.nsecsElapsed();
    reportTiming(QStringLiteral("evaluate-all %L1 households: read and evaluate").arg(inDatabase), evaluated,
                 QStringLiteral("—"));
    reportTiming(QStringLiteral("evaluate-all %L1 households: read, evaluate and save").arg(inDatabase), allNs,
                 QStringLiteral("≤ 2500 ms for 20,000"));
    const ShellBaseline shell =
        sqliteShellInserting((*db)->connection(),
                             {{QStringLiteral("determinations"), QStringLiteral("batch_id = '%1'").arg(*batchId)},
                              {QStringLiteral("audit_log"), QStringLiteral("rowid > %1").arg(auditBefore)},
                              {QStringLiteral("sync_changes"), QStringLiteral("rowid > %1").arg(changesBefore)}},
                             options.dir);
    if (shell.nanoseconds < 0) {
        QTextStream(stdout) << "sqlite3 shell failed: " << shell.error << Qt::endl;
        return 1;
    }
    reportTiming(QStringLiteral("sqlite3 shell inserting the same %L1 rows").arg(shell.rows), shell.nanoseconds,
                 QStringLiteral("—"));
    reportRatio(QStringLiteral("evaluate-all speed / sqlite3 shell speed"), shell.nanoseconds, allNs,
                QStringLiteral("≥ 0.5"));
    return 0;
}
