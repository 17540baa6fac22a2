#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// doudi-cli as a script runs it, for the tests that drive the CLI: a private folder, the per-user
// default database inside it, the demo password in DOUDI_PASSWORD, and the language of the run.
class CliRunner final
{
public:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };

    Run run(const QStringList& args, const QByteArray& language = "C")
    {
        return runAs(QStringLiteral(DOUDI_CLI_PATH), args, language);
    }

    // One run that may not grow any file past `kib` KiB, as on a disk that is full (Unix: the
    // shell's ulimit, with SIGXFSZ ignored so that a write fails instead of killing the program).
    Run runOnAFullDisk(int kib, const QStringList& args)
    {
        return runAs(QStringLiteral("/bin/sh"),
                     QStringList{QStringLiteral("-c"),
                                 QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(kib),
                                 QStringLiteral(DOUDI_CLI_PATH)} +
                         args,
                     "C");
    }

private:
    Run runAs(const QString& program, const QStringList& args, const QByteArray& language)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(language));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(language));
        // The per-user default database lives in the test's own folder.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        // The demo accounts' password, and the administrator's in the databases these tests init.
        env.insert(QStringLiteral("DOUDI_PASSWORD"), QStringLiteral("doudi-demo"));
        env.insert(m_extra);
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

public:
    // One run with more environment (a passphrase, a second password).
    Run runWith(const QProcessEnvironment& extra, const QStringList& args)
    {
        m_extra = extra;
        const Run r = run(args);
        m_extra = QProcessEnvironment();
        return r;
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray hash(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : "";
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_extra;
};
