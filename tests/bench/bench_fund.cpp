// Times the reserve fund's budgets (issue: reserve fund): a payment recorded (< 50 ms) and the
// ledger window opened on 10,000 entries (< 0.5 s), with the reads behind them.
// Usage: bench_fund [WORK_DIR] [--quick]   (DOUDI_SCREENSHOTS=DIR also saves the ledger window as a PNG;
// --quick: 200 households and 1,000 entries, as a smoke test)
#include "BenchReport.h"
#include "Clock.h"
#include "FundDialog.h"
#include "FundLedgerModel.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "fund/FundLedger.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

using namespace Doudi;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DOUDI_SCREENSHOTS"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Translations::install(app, QString());
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString dir = options.dir;
    const int ledgerSize = options.quick ? 1000 : 10000;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-fund.doudi"));
    QFile::remove(path);
    Clock::setFixed(QDateTime(QDate(2025, 12, 20), QTime(9, 0), Qt::UTC));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !DemoGenerator(7, Clock::currentDate()).fill(**db, QStringLiteral("bench"), options.quick ? 200 : 2000))
        return 1;
    const Session clerk = Session::forUser(QStringLiteral("clerk1"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const Session supervisor =
        Session::forUser(QStringLiteral("supervisor"), QStringLiteral("王建国"), Role::Supervisor, QString());

    // The demo township's own ledger, to look at (README): before the benchmark's bulk entries.
    if (const QString shots = qEnvironmentVariable("DOUDI_SCREENSHOTS"); !shots.isEmpty()) {
        FundDialog dialog(**db, supervisor);
        dialog.resize(1240, 640);
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("fund-ledger.png")));
    }

    // The ledger brought to 10,000 entries: a year of advances and payments written directly (the
    // benchmark is about reading them and paying on top of them), each payment covered.
    const auto households = HouseholdRepository(**db, clerk).list({}, 0, 2000).value();
    {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT count(*), max(seq) FROM fund_entries"));
        q.next();
        const int existing = q.value(0).toInt();
        qint64 seq = q.value(1).toLongLong();
        q.exec(QStringLiteral("BEGIN"));
        QSqlQuery insert((*db)->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO fund_entries (id, seq, kind, year, on_date, amount_fen, sign, document, household_id, "
            "recipient, reason_type, reason, method, prepared_by, approved_by, created_at, created_by, origin_site) "
            "VALUES (?, ?, ?, 2025, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'clerk1', 'clerk1', 'x', 'x', 'x')"));
        for (int i = existing; i < ledgerSize; ++i) {
            const bool money = i % 2 == 0;
            const QDate day = QDate(2025, 1, 1).addDays((i - existing) * 340 / (ledgerSize - existing));
            const HouseholdSummary& h = households.at(i % households.size());
            for (const QVariant& v : {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(++seq),
                                      QVariant(money ? QStringLiteral("replenishment") : QStringLiteral("payment")),
                                      QVariant(day.toString(Qt::ISODate)), QVariant(money ? 60000 : 50000),
                                      QVariant(money ? 1 : -1), QVariant(QStringLiteral("B-%1").arg(i)),
                                      money ? QVariant(QMetaType(QMetaType::QString)) : QVariant(h.id),
                                      QVariant(money ? QStringLiteral("") : h.headName),
                                      QVariant(money ? QStringLiteral("") : QStringLiteral("expenditure")),
                                      QVariant(money ? QStringLiteral("") : QStringLiteral("医疗支出")),
                                      QVariant(money ? QStringLiteral("") : QStringLiteral("bank"))})
                insert.addBindValue(v);
            if (!insert.exec())
                return 2;
        }
        q.exec(QStringLiteral("COMMIT"));
    }

    QElapsedTimer t;
    t.start();
    const auto entries = FundLedger(**db, clerk).entries();
    reportTiming(QStringLiteral("ledger read: %1 entries with running balance").arg(entries ? entries->size() : 0),
                 t.nsecsElapsed(), QStringLiteral("part of < 500 ms"));

    // Payments as the desk makes them, one transaction each, fsync included.
    QList<qint64> times;
    FundLedger ledger(**db, clerk);
    for (int i = 0; i < 40; ++i) {
        FundLedger::Payment p;
        p.householdId = households.at((households.size() / 2 + 2 * i) % households.size()).id;
        p.overrideReason = QStringLiteral("二次受灾"); // in case the demo paid the household this year
        p.reasonType = QStringLiteral("emergency");
        p.reason = QStringLiteral("房屋失火");
        p.method = QStringLiteral("cash");
        p.amountFen = 30000;
        p.date = QDate(2025, 12, 19);
        t.restart();
        const auto id = ledger.pay(p, &supervisor);
        times.append(t.nsecsElapsed());
        if (!id) {
            QTextStream(stderr) << id.error().toString() << Qt::endl;
            return 3;
        }
    }
    std::sort(times.begin(), times.end());
    reportTiming(QStringLiteral("payment recorded: median of %1").arg(times.size()), times.at(times.size() / 2),
                 QStringLiteral("< 50 ms"));
    reportTiming(QStringLiteral("payment recorded: slowest of %1").arg(times.size()), times.last(),
                 QStringLiteral("< 50 ms"));

    t.restart();
    const auto st = FundLedger(**db, clerk).reconcile(2025, 11);
    reportTiming(QStringLiteral("monthly statement (%1 payments)").arg(st ? st->paid.count : 0), t.nsecsElapsed(),
                 QStringLiteral("—"));

    t.restart();
    int rows = 0;
    {
        FundDialog dialog(**db, supervisor);
        dialog.show();
        QCoreApplication::processEvents();
        rows = dialog.model()->rowCount();
        reportTiming(QStringLiteral("ledger window opened on %1 entries (%2 rows this year)")
                         .arg(entries ? entries->size() + times.size() : 0)
                         .arg(rows),
                     t.nsecsElapsed(), QStringLiteral("< 500 ms"));
    }
    return 0;
}
