#pragma once

#include <QString>
#include <QTextStream>

// One line of a benchmark's table: what was timed, in milliseconds, and its budget.
inline void reportTiming(const QString& what, qint64 nanoseconds, const QString& budget)
{
    QTextStream out(stdout);
    out << QStringLiteral("%1  %2 ms   (budget %3)").arg(what, -62).arg(nanoseconds / 1e6, 9, 'f', 1).arg(budget)
        << Qt::endl;
}
