// Times `signal import` of a city's data-matching file (issue 18: signals import in linear time):
// 25,000, 50,000 and 200,000 lines, each into a fresh copy of a 2,000-household demo township, one
// line in ten about one of its members. The time per line should stay the same as the file grows.
// Usage: bench_signals [WORK_DIR] [--quick]
#include "BenchReport.h"
#include "Clock.h"
#include "cases/MonitoringSignal.h"
#include "cases/SignalRepository.h"
#include "demo/DemoGenerator.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Doudi;

namespace {

// `lines` signals as a city sends them: known members now and then, the rest people of elsewhere.
QByteArray signalsCsv(int lines, const QStringList& knownIds)
{
    static const char* const kinds[] = {"vehicle", "business", "large_medical_bill", "death"};
    QByteArray csv = "id_number,kind,source,date,detail\n";
    for (int i = 0; i < lines; ++i) {
        QByteArray id;
        if (i % 10 == 0 && !knownIds.isEmpty()) {
            id = knownIds.at((i / 10) % knownIds.size()).toLatin1();
        } else {
            // 220681 + a birth date + a serial; the check digit is computed as the standard says.
            id = QByteArray("220681") + QByteArray::number(19500101 + (i % 28) + 100 * (i % 12) + 10000 * (i % 50)) +
                 QByteArray::number(100 + i % 900);
            static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int k = 0; k < 17; ++k)
                sum += (id.at(k) - '0') * weights[k];
            id += "10X98765432"[sum % 11];
        }
        csv += id + ',' + kinds[i % 4] + ",公安车辆登记," + "2026-11-" + QByteArray::number(10 + i % 18) + ",detail " +
               QByteArray::number(i) + '\n';
    }
    return csv;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    QTemporaryDir temp;
    const QString dir = args.isEmpty() ? temp.path() : args.first();
    QDir().mkpath(dir);
    const QString base = QDir(dir).filePath(QStringLiteral("bench-signals-base.doudi"));
    QFile::remove(base);

    QStringList knownIds;
    {
        auto db = Database::open(base, Database::OpenMode::MustNotExist);
        if (!db) {
            qCritical("%s", qPrintable(db.error().toString()));
            return 1;
        }
        DemoGenerator generator(7, Clock::currentDate());
        if (Status s = generator.fill(**db, QStringLiteral("bench"), quick ? 100 : 2000); !s) {
            qCritical("%s", qPrintable(s.error().toString()));
            return 1;
        }
        const auto households = HouseholdRepository(**db, Session::bootstrap(QStringLiteral("bench"))).loadAll();
        if (!households)
            return 1;
        for (const Household& h : *households)
            for (const Member& m : h.members)
                knownIds.append(m.idNumber.toString());
    }

    const Session clerk = Session::forUser(QStringLiteral("clerk"), QStringLiteral("刘丽"), Role::Clerk, QString());
    const QList<int> sizes = quick ? QList<int>{1000} : QList<int>{25000, 50000, 200000};
    for (const int lines : sizes) {
        const QString path = QDir(dir).filePath(QStringLiteral("bench-signals.doudi"));
        QFile::remove(path);
        QFile::copy(base, path);
        const QByteArray csv = signalsCsv(lines, knownIds);
        auto db = Database::open(path, Database::OpenMode::MustExist);
        if (!db)
            return 1;
        QElapsedTimer timer;
        timer.start();
        auto read = SignalReader::read(csv);
        if (!read) {
            qCritical("%s", qPrintable(read.error().toString()));
            return 1;
        }
        const auto report = SignalRepository(**db, clerk).import(*read);
        const qint64 ns = timer.nsecsElapsed();
        if (!report) {
            qCritical("%s", qPrintable(report.error().toString()));
            return 1;
        }
        reportTiming(QStringLiteral("signal import, %1 lines (%2 matched), %3 µs a line")
                         .arg(lines)
                         .arg(report->matched)
                         .arg(ns / 1000.0 / lines, 0, 'f', 1),
                     ns, lines == 200000 ? QStringLiteral("linear") : QStringLiteral("—"));
    }
    return 0;
}
