#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

// One line of a benchmark's table: what was timed, in milliseconds, and its budget.
inline void reportTiming(const QString& what, qint64 nanoseconds, const QString& budget)
{
    QTextStream out(stdout);
    out << QStringLiteral("%1  %2 ms   (budget %3)").arg(what, -62).arg(nanoseconds / 1e6, 9, 'f', 1).arg(budget)
        << Qt::endl;
}

// Where a benchmark writes its databases: the directory named on the command line (to keep them
// for a look afterwards), else the temporary one.
inline QString benchDirectory(int argc, char* argv[], const QTemporaryDir& temp)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    QDir().mkpath(dir);
    return dir;
}

// A benchmark's command line: [WORK_DIR] [--quick]. --quick runs it once at a small size, as a smoke
// test (./test.sh); its timings mean nothing.
struct BenchOptions
{
    bool quick = false;
    QString dir;
};

inline BenchOptions benchOptions(const QTemporaryDir& temp)
{
    QStringList args = QCoreApplication::arguments().mid(1);
    BenchOptions options;
    options.quick = args.removeAll(QStringLiteral("--quick")) > 0;
    options.dir = args.isEmpty() ? temp.path() : args.first();
    QDir().mkpath(options.dir);
    return options;
}

// A measured time against the limit it is compared with, in the same run.
inline void reportRatio(const QString& what, qint64 limitNanoseconds, qint64 measuredNanoseconds, const QString& budget)
{
    QTextStream(stdout) << QStringLiteral("%1  %2      (budget %3)")
                               .arg(what, -62)
                               .arg(double(limitNanoseconds) / double(std::max<qint64>(1, measuredNanoseconds)), 9, 'f',
                                    2)
                               .arg(budget)
                        << Qt::endl;
}

// The process's resident memory in MB as Linux counts it in /proc/self/status: all of it (VmRSS),
// and of it the process's own (RssAnon) and the pages of files it maps (RssFile: the database's,
// read through SQLite's memory map, and the libraries'). -1 where that file is not.
struct Resident
{
    qint64 total = -1;
    qint64 own = -1;
    qint64 files = -1;
    qint64 peak = -1; // the most the process held at any time
};

inline Resident residentMegabytes()
{
    Resident r;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return r;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const qint64 mb = line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong() / 1024;
        if (line.startsWith("VmRSS:"))
            r.total = mb;
        else if (line.startsWith("RssAnon:"))
            r.own = mb;
        else if (line.startsWith("RssFile:"))
            r.files = mb;
        else if (line.startsWith("VmHWM:"))
            r.peak = mb;
    }
    return r;
}

// A step a benchmark needs failed: says which and why (a benchmark that stops must say so), and
// gives main's exit status.
inline int benchFailed(const QString& step, const Doudi::Error& error)
{
    QTextStream(stderr) << QStringLiteral("%1 failed: %2").arg(step, error.toString()) << Qt::endl;
    return 1;
}
