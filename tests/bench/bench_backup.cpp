// Times the office's backups (issue 14: a real township's first day):
//   backup of the 20,000-household demo (snapshot, integrity check, encryption) — budget 5 s;
//   restore of it (decryption, checks, putting it in place) — budget 5 s.
// The Argon2id key derivation is timed on its own: the desktop derives it once, when the passphrase
// is set; `backup restore` and `verify` pay it once per run.
// Usage: bench_backup [WORK_DIR]
#include "BenchReport.h"
#include "Clock.h"
#include "backup/BackupKey.h"
#include "backup/Backups.h"
#include "demo/DemoGenerator.h"
#include "security/Session.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Doudi;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString dir = options.dir;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-backup.doudi"));
    const QString folder = QDir(dir).filePath(QStringLiteral("stick"));
    QFile::remove(path);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString passphrase = QStringLiteral("六道沟 backup 2026");
    const Session admin = Session::bootstrap(QStringLiteral("bench"));

    {
        auto db = Database::open(path, Database::OpenMode::MustNotExist);
        if (!db) {
            qCritical("%s", qPrintable(db.error().toString()));
            return 1;
        }
        QTextStream(stdout) << "Filling the demo township with 20,000 households…" << Qt::endl;
        DemoGenerator generator(1, Clock::currentDate());
        if (Status s = generator.fill(**db, QStringLiteral("bench"), options.quick ? 200 : 20000); !s) {
            qCritical("%s", qPrintable(s.error().toString()));
            return 1;
        }
    }
    QTextStream(stdout) << "Database: " << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const auto key = BackupKey::derive(passphrase);
    reportTiming(QStringLiteral("derive the backup key (Argon2id, 3 passes, 64 MiB)"), timer.nsecsElapsed(),
                 QStringLiteral("—"));
    if (!key)
        return 1;

    BackupInfo made;
    {
        auto db = Database::open(path, Database::OpenMode::MustExist);
        if (!db)
            return 1;
        timer.restart();
        const auto created = Backups::create(**db, admin, folder, *key);
        const qint64 backupNs = timer.nsecsElapsed();
        if (!created) {
            qCritical("%s", qPrintable(created.error().toString()));
            return 1;
        }
        made = *created;
        reportTiming(QStringLiteral("backup create: %1 households, %2 KiB written")
                         .arg(made.households)
                         .arg(QFileInfo(made.fileName).size() / 1024),
                     backupNs, QStringLiteral("5 s"));
    }

    timer.restart();
    const auto verified = Backups::verify(made.fileName, passphrase);
    reportTiming(QStringLiteral("backup verify (key, decryption, integrity check)"), timer.nsecsElapsed(),
                 QStringLiteral("—"));
    if (!verified)
        return 1;

    timer.restart();
    const auto restored =
        Backups::restore(path, made.fileName, passphrase,
                         [](Database&, const BackupInfo&) -> Result<QString> { return QStringLiteral("bench"); });
    const qint64 restoreNs = timer.nsecsElapsed();
    if (!restored) {
        qCritical("%s", qPrintable(restored.error().toString()));
        return 1;
    }
    reportTiming(QStringLiteral("backup restore (key, decryption, checks, in place)"), restoreNs,
                 QStringLiteral("5 s"));
    QFile::remove(restored->replacedFile);
    return 0;
}
