// Times the case budgets (issue: cases): the case list and the due/overdue dashboard with 20,000
// households and 60,000 cases (budget < 0.5 s each).
// Usage: bench_cases [WORK_DIR] [--quick]   (--quick: 200 households, as a smoke test)
#include "BenchReport.h"
#include "Clock.h"
#include "DashboardPanel.h"
#include "DueDialog.h"
#include "cases/CaseRepository.h"
#include "demo/DemoGenerator.h"
#include "report/Recipients.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUuid>

using namespace Doudi;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString path = QDir(options.dir).filePath(QStringLiteral("bench-cases.doudi"));
    QFile::remove(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db || !DemoGenerator(41, QDate(2025, 3, 15)).fill(**db, QStringLiteral("bench"), options.quick ? 200 : 20000))
        return 1;
    const Session session = Session::bootstrap(QStringLiteral("bench"));

    // 60,000 cases, three a household, most of them some steps along; every application is paying,
    // so that each household has its review planned (written directly: the benchmark is about
    // reading them).
    {
        const auto households = HouseholdRepository(**db, session).loadAll().value();
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("BEGIN"));
        QSqlQuery c((*db)->connection());
        c.prepare(
            QStringLiteral("INSERT INTO cases (id, household_id, type, state, opened_on, created_at, created_by, "
                           "updated_at, updated_by, origin_site) VALUES (?, ?, ?, ?, ?, 'x', 'x', 'x', 'x', 'x')"));
        QSqlQuery s((*db)->connection());
        s.prepare(QStringLiteral("INSERT INTO case_steps (id, case_id, seq, action, from_state, to_state, on_date, "
                                 "created_at, created_by, updated_at, updated_by, origin_site) "
                                 "VALUES (?, ?, 1, ?, ?, ?, ?, 'x', 'x', 'x', 'x', 'x')"));
        int n = 0;
        for (const Household& h : households) {
            for (const char* type : {"dibao_application", "periodic_review", "change"}) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QDate opened = QDate(2025, 1, 2).addDays(n % 120);
                const bool paying = qstrcmp(type, "dibao_application") == 0;
                const bool started = paying || n % 4 != 0;
                // Last year's reviews are closed; an open one would hold the household's next review back.
                const bool reviewed = qstrcmp(type, "periodic_review") == 0;
                const QString state = paying     ? QStringLiteral("active")
                                      : reviewed ? QStringLiteral("closed")
                                      : started  ? QStringLiteral("investigating")
                                                 : QStringLiteral("accepted");
                for (const QVariant& v : {QVariant(id), QVariant(h.uuid), QVariant(QString::fromLatin1(type)),
                                          QVariant(state), QVariant(opened.toString(Qt::ISODate))})
                    c.addBindValue(v);
                c.exec();
                if (started) {
                    s.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                    s.addBindValue(id);
                    s.addBindValue(paying ? QStringLiteral("start_payment") : QStringLiteral("start_investigation"));
                    s.addBindValue(paying ? QStringLiteral("approved") : QStringLiteral("accepted"));
                    s.addBindValue(state);
                    s.addBindValue(opened.addDays(paying ? -300 : 1).toString(Qt::ISODate));
                    s.exec();
                }
                ++n;
            }
        }
        q.exec(QStringLiteral("COMMIT"));
    }

    Clock::setFixed(QDateTime(QDate(2025, 5, 10), QTime(9, 0), Qt::UTC));
    QElapsedTimer t;
    t.start();
    const auto all = CaseRepository(**db, session).list(QString(), false, Clock::currentDate());
    reportTiming(QStringLiteral("case list: all %1 cases with their time limits").arg(all ? all->size() : 0),
                 t.nsecsElapsed(), QStringLiteral("< 500 ms"));
    t.restart();
    const auto overdue = CaseRepository(**db, session).list(QString(), true, Clock::currentDate());
    reportTiming(QStringLiteral("case list: the %1 overdue").arg(overdue ? overdue->size() : 0), t.nsecsElapsed(),
                 QStringLiteral("< 500 ms"));
    // What the due dashboard reads on its thread, piece by piece.
    {
        CaseRepository cases(**db, session);
        t.restart();
        const auto due = cases.reviewsDue(*all, Clock::currentDate().addDays(30));
        reportTiming(QStringLiteral("of it: reviews due of %1 paying households").arg(due ? due->size() : 0),
                     t.nsecsElapsed(), QStringLiteral("≤ 300 ms"));
        t.restart();
        const auto paid = Recipients::forMonth(**db, session, 2025, 5);
        const qsizetype differing = paid ? Recipients::differingFromTheRules(*paid).size() : 0;
        reportTiming(
            QStringLiteral("of it: the month's recipients and the %1 paid otherwise than the rules say").arg(differing),
            t.nsecsElapsed(), QStringLiteral("—"));
    }
    t.restart();
    int reviews = 0;
    {
        DueDialog due(**db, session);
        due.show();
        QCoreApplication::processEvents();
        reportTiming(QStringLiteral("due and overdue dashboard on screen (reading on its thread)"), t.nsecsElapsed(),
                     QStringLiteral("< 500 ms"));
        QSignalSpy read(&due, &DueDialog::reloaded);
        read.wait(60000);
        reviews = due.reviewsTable()->rowCount();
    }
    reportTiming(QStringLiteral("due and overdue dashboard filled (%1 reviews due shown)").arg(reviews),
                 t.nsecsElapsed(), QStringLiteral("< 500 ms"));
    t.restart();
    {
        DashboardPanel dashboard(**db, session);
        dashboard.show();
        QCoreApplication::processEvents();
        reportTiming(QStringLiteral("supervisor's dashboard on screen (counting on its thread)"), t.nsecsElapsed(),
                     QStringLiteral("—"));
        QSignalSpy counted(&dashboard, &DashboardPanel::reloaded);
        counted.wait(60000);
        reportTiming(QStringLiteral("supervisor's dashboard counted (12 months of 20,000 paying households)"),
                     t.nsecsElapsed(), QStringLiteral("—"));
    }
    return 0;
}
