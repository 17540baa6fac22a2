// Times the month's payment of a 20,000-household township (issue 15: payments as records):
//   prepare the month's batch from the approved amounts — budget 2 s;
//   approve it (the lines checked against a fresh reading of the decisions) — budget 2 s;
//   write the bank's file, CSV in GBK and XLSX — budget 1 s;
// and, for the figures that read the record, the bank's returns and the payment roster's list.
// Usage: bench_payments [WORK_DIR]
#include "BankFileXlsx.h"
#include "BenchReport.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "payments/BankFile.h"
#include "payments/PaymentBatches.h"
#include "report/Recipients.h"
#include "security/Session.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Doudi;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString dir = options.dir;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-payments.doudi"));
    QFile::remove(path);
    auto db = Database::open(path, Database::OpenMode::MustNotExist);
    if (!db) {
        qCritical("%s", qPrintable(db.error().toString()));
        return 1;
    }
    QTextStream(stdout) << "Filling the demo township with 20,000 households and a year of batches…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    if (Status s =
            DemoGenerator(1, Clock::currentDate()).fill(**db, QStringLiteral("bench"), options.quick ? 200 : 20000);
        !s) {
        qCritical("%s", qPrintable(s.error().toString()));
        return 1;
    }
    reportTiming(QStringLiteral("demo: 20,000 households, 12 monthly batches"), timer.nsecsElapsed(),
                 QStringLiteral("—"));

    const Session clerk = Session::bootstrap(QStringLiteral("clerk1"));
    const Session supervisor = Session::bootstrap(QStringLiteral("supervisor"));
    const QString month = Clock::currentDate().addMonths(1).toString(QStringLiteral("yyyy-MM"));
    PaymentBatches preparer(**db, clerk);

    timer.restart();
    const auto preview = preparer.plan(month, QStringLiteral("regular"));
    reportTiming(QStringLiteral("preview the month's batch (written nowhere)"), timer.nsecsElapsed(),
                 QStringLiteral("—"));
    if (!preview)
        return 1;
    QTextStream(stdout) << "Lines: " << preview->lines.size() << ", left out: " << preview->summary.leftOut.size()
                        << ", differences from last month: " << preview->summary.differences.size() << Qt::endl;

    timer.restart();
    const auto plan = preparer.prepare(month, QStringLiteral("regular"));
    reportTiming(QStringLiteral("prepare the month's batch"), timer.nsecsElapsed(), QStringLiteral("2 s"));
    if (!plan) {
        qCritical("%s", qPrintable(plan.error().toString()));
        return 1;
    }
    timer.restart();
    if (Status s = PaymentBatches(**db, supervisor).approve(plan->batch.id); !s) {
        qCritical("%s", qPrintable(s.error().toString()));
        return 1;
    }
    reportTiming(QStringLiteral("approve it (checked against the decisions)"), timer.nsecsElapsed(),
                 QStringLiteral("2 s"));

    const PaymentBatch batch = *preparer.find(plan->batch.id);
    timer.restart();
    const auto lines = preparer.lines(batch.id);
    const auto rows = BankFile::rows(BankLayout::standard(), batch, *lines);
    const auto csv = BankFile::csv(BankLayout::standard(), rows);
    const auto csvDigest = BankFile::writePrivate(QDir(dir).filePath(QStringLiteral("bank.csv")), *csv);
    reportTiming(QStringLiteral("bank file, CSV in GBK (read, lay out, encode, write 0600)"), timer.nsecsElapsed(),
                 QStringLiteral("1 s"));
    timer.restart();
    const auto xlsx = BankFileXlsx::render(batch.number, BankFile::rows(BankLayout::standard(), batch, *lines));
    const auto xlsxDigest = BankFile::writePrivate(QDir(dir).filePath(QStringLiteral("bank.xlsx")), *xlsx);
    reportTiming(QStringLiteral("bank file, XLSX"), timer.nsecsElapsed(), QStringLiteral("1 s"));
    if (!csvDigest || !xlsxDigest)
        return 1;

    QList<BankReturn> returns;
    for (const PaymentLine& l : *lines)
        returns.append({l.line + 1, l.reference, l.line % 200 != 0, QStringLiteral("账户已销户"), l.amountFen});
    timer.restart();
    if (Status s = preparer.applyReturns(batch.id, returns, {}); !s) {
        qCritical("%s", qPrintable(s.error().toString()));
        return 1;
    }
    reportTiming(QStringLiteral("the bank's returns, every line (1 in 200 failed)"), timer.nsecsElapsed(),
                 QStringLiteral("—"));

    timer.restart();
    const QDate next = Clock::currentDate().addMonths(1);
    const auto roster = Recipients::forRoster(**db, supervisor, next.year(), next.month());
    reportTiming(QStringLiteral("the payment roster's list, read from the batch"), timer.nsecsElapsed(),
                 QStringLiteral("—"));
    if (!roster)
        return 1;

    // The worst case of the budget: every one of the 20,000 households paid (a decision each, an
    // account each), the month after.
    {
        QSqlQuery q((*db)->connection());
        const bool ok =
            q.exec(QStringLiteral("BEGIN")) &&
            q.exec(QStringLiteral("UPDATE households SET bank_account = '6230' || substr('000000000000000' || rowid, "
                                  "-15) WHERE bank_account = ''")) &&
            q.exec(
                QStringLiteral(
                    "INSERT INTO approved_amounts (id, household_id, seq, decision_id, source, effective_from, "
                    "from_month, classification, persons, base_fen, care_fen, increments_fen, total_fen, decided_on, "
                    "decided_by, created_at, created_by, origin_site) SELECT lower(hex(randomblob(16))), h.id, "
                    "(SELECT max(seq) FROM approved_amounts) + row_number() OVER (ORDER BY h.id), "
                    "lower(hex(randomblob(16))), 'record', '%1', '%1', 'dibao', h.member_count, 30000, 0, 0, 30000, "
                    "date('now'), 'bench', '2026-01-01T00:00:00Z', 'bench', h.origin_site FROM households h "
                    "WHERE h.deleted = 0")
                    .arg(Clock::currentDate().addMonths(2).toString(QStringLiteral("yyyy-MM")))) &&
            q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            qCritical("%s", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    const QString later = Clock::currentDate().addMonths(2).toString(QStringLiteral("yyyy-MM"));
    timer.restart();
    const auto everyone = preparer.prepare(later, QStringLiteral("regular"));
    reportTiming(
        QStringLiteral("prepare a batch of every household (%1 lines)").arg(everyone ? everyone->lines.size() : 0),
        timer.nsecsElapsed(), QStringLiteral("2 s"));
    if (!everyone)
        return 1;
    timer.restart();
    if (Status s = PaymentBatches(**db, supervisor).approve(everyone->batch.id); !s)
        return 1;
    reportTiming(QStringLiteral("approve it"), timer.nsecsElapsed(), QStringLiteral("2 s"));
    const PaymentBatch big = *preparer.find(everyone->batch.id);
    timer.restart();
    const auto bigLines = preparer.lines(big.id);
    const auto bigCsv = BankFile::csv(BankLayout::standard(), BankFile::rows(BankLayout::standard(), big, *bigLines));
    const auto bigDigest = BankFile::writePrivate(QDir(dir).filePath(QStringLiteral("bank-all.csv")), *bigCsv);
    reportTiming(QStringLiteral("its bank file, CSV in GBK"), timer.nsecsElapsed(), QStringLiteral("1 s"));
    return bigDigest ? 0 : 1;
}
