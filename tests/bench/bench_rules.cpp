// Times the rules' budgets (issue: eligibility and benefits):
//   evaluating 100,000 demo households in-process (budget < 2 s on 2 cores), and re-evaluating a
//   20,000-household database with reads and writes, as `doudi-cli evaluate-all` does (< 5 s).
// Usage: bench_rules [WORK_DIR]   (prints a table; takes about half a minute)
#include "BenchReport.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "rules/Evaluator.h"
#include "services/BatchEvaluation.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Doudi;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString dir = benchDirectory(argc, argv, temp);
    const QString month = QStringLiteral("2025-03");
    const Policy policy = PolicyRepository::bundledExample().value();

    // 1. In memory: 100,000 households.
    DemoGenerator generator(21, QDate(2025, 3, 15));
    QList<Household> households;
    households.reserve(100000);
    for (int i = 0; i < 100000; ++i)
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
        reportTiming(QStringLiteral("evaluate 100,000 households, %1 threads%2")
                         .arg(QThreadPool::globalInstance()->maxThreadCount())
                         .arg(trace ? QStringLiteral(", with the explanation") : QString()),
                     t.nsecsElapsed(), QStringLiteral("< 2000 ms"));
        Q_UNUSED(totals);
    }
    {
        QElapsedTimer t;
        t.start();
        qint64 sum = 0;
        for (const Household& h : households)
            sum += evaluate(false)(h);
        reportTiming(QStringLiteral("evaluate 100,000 households, one thread"), t.nsecsElapsed(), QStringLiteral("—"));
        Q_UNUSED(sum);
    }

    // 2. A 20,000-household database: read, evaluate, save every determination.
    const QString path = QDir(dir).filePath(QStringLiteral("bench-rules-20k.doudi"));
    QFile::remove(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !DemoGenerator(22, QDate(2025, 3, 15)).fill(**db, QStringLiteral("bench"), 20000))
        return 1;
    QElapsedTimer t;
    t.start();
    const auto batch = BatchEvaluation::run(**db, Session::bootstrap(QStringLiteral("bench")), month);
    const qint64 evaluated = t.nsecsElapsed();
    if (!batch || !batch->commit(**db, Session::bootstrap(QStringLiteral("bench"))))
        return 1;
    reportTiming(QStringLiteral("evaluate-all 20,000 households: read and evaluate"), evaluated, QStringLiteral("—"));
    reportTiming(QStringLiteral("evaluate-all 20,000 households: read, evaluate and save"), t.nsecsElapsed(),
                 QStringLiteral("< 5000 ms"));
    return 0;
}
