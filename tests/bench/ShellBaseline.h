#pragma once

// What raw SQLite does with the rows a piece of Doudi wrote: the sqlite3 shell inserting the same
// rows into tables of the same definitions and indexes (no triggers), in one transaction, with the
// journal and sync settings Doudi writes with — the limit a benchmark measures its writing against, in the same run.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

struct ShellRows
{
    QString table;
    QString where; // which of the table's rows; empty for all
};

struct ShellBaseline
{
    qint64 rows = 0;
    qint64 nanoseconds = -1; // -1 when the shell failed
    QString error;
};

// An SQL literal of a stored value.
inline QString shellLiteral(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default: {
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}

// Writes the rows of `db` that `rows` name as one SQL script in `dir` and times `sqlite3` running
// it into a new database there (the script's writing is not timed; the shell's parsing of it is).
// With `startFrom`, into a copy of that database instead (its tables already made; the copying is
// not timed either).
inline ShellBaseline sqliteShellInserting(QSqlDatabase db, const QList<ShellRows>& rows, const QString& dir,
                                          const QString& startFrom = QString())
{
    ShellBaseline result;
    const QString sqlPath = QDir(dir).filePath(QStringLiteral("shell-baseline.sql"));
    const QString target = QDir(dir).filePath(QStringLiteral("shell-baseline.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    if (!startFrom.isEmpty() && !QFile::copy(startFrom, target)) {
        result.error = QStringLiteral("cannot copy ") + startFrom;
        return result;
    }
    QFile sql(sqlPath);
    if (!sql.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = sql.errorString();
        return result;
    }
    QTextStream s(&sql);
    // The settings Doudi's connections have (Database::configure); foreign keys aside, as the tables
    // they refer to are not copied.
    s << "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\nPRAGMA cache_size = -32768;\n";
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The tables and their indexes, unless the copy has them.
    for (const ShellRows& r : startFrom.isEmpty() ? rows : QList<ShellRows>()) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('table', 'index') "
                                 "AND sql IS NOT NULL ORDER BY type DESC"));
        q.addBindValue(r.table);
        q.exec();
        while (q.next())
            s << q.value(0).toString() << ";\n";
    }
    s << "BEGIN;\n";
    for (const ShellRows& r : rows) {
        q.exec(QStringLiteral("SELECT * FROM %1%2")
                   .arg(r.table, r.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + r.where));
        while (q.next()) {
            const QSqlRecord record = q.record();
            s << "INSERT INTO " << r.table << " VALUES (";
            for (int i = 0; i < record.count(); ++i)
                s << (i ? ", " : "") << shellLiteral(record.value(i));
            s << ");\n";
            ++result.rows;
        }
    }
    s << "COMMIT;\n";
    s.flush();
    sql.close();

    QProcess shell;
    shell.setStandardInputFile(sqlPath);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {target});
    if (!shell.waitForFinished(-1) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        result.error = QString::fromLocal8Bit(shell.readAllStandardError()).left(200);
        return result;
    }
    result.nanoseconds = timer.nsecsElapsed();
    return result;
}
