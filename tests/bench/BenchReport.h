#pragma once

#include <QDir>
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
