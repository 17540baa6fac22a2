// doudi: the desktop app of a township social-assistance office. Composition root only.
#include "AppPaths.h"
#include "Clock.h"
#include "FirstAdministratorDialog.h"
#include "FirstStartWizard.h"
#include "HelpKey.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "WindowSizes.h"
#include "backup/Backups.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/NewDatabase.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

using namespace Doudi;

namespace {

// Whether a database is at `path`. A first start cut off by a power cut in an older version may
// have left an unfinished file there: it counts as none, and creating the database replaces it.
bool isThere(const QString& path)
{
    const auto unfinished = NewDatabase::isUnfinished(path);
    return QFileInfo::exists(path) && !(unfinished && *unfinished);
}

// The database to open: --db, else the per-user default, else what the first start decides (a
// township set up there, the demo, or a file the clerk picks).
QString chooseDatabase(const QCommandLineParser& parser)
{
    const QString given = parser.value(QStringLiteral("db"));
    if (!given.isEmpty())
        return given;
    if (isThere(AppPaths::defaultDatabasePath()))
        return AppPaths::defaultDatabasePath();
    FirstStartWizard wizard(AppPaths::defaultDatabasePath());
    if (wizard.exec() != QDialog::Accepted)
        return QString();
    switch (wizard.choice()) {
    case FirstStartWizard::Choice::SetUpTownship:
        return wizard.databasePath();
    case FirstStartWizard::Choice::Demo: {
        const QString demo = AppPaths::demoDatabasePath();
        if (isThere(demo))
            return demo;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status made = NewDatabase::create(demo, [](Database& db) -> Status {
            DemoGenerator generator(1, Clock::currentDate());
            if (Status s = generator.fill(db, QStringLiteral("demo"), 2000); !s)
                return s;
            if (Status s = generator.addProgramExamples(db); !s)
                return s;
            return generator.addDemoUsers(db);
        });
        QApplication::restoreOverrideCursor();
        if (!made) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Doudi"), made.error().toString());
            return QString();
        }
        QMessageBox::information(nullptr, QApplication::translate("main", "Doudi"),
                                 QApplication::translate("main", "The demo township is ready. Log in as clerk1, "
                                                                 "supervisor or admin, password %1.")
                                     .arg(DemoGenerator::kDemoPassword));
        return demo;
    }
    case FirstStartWizard::Choice::OpenFile:
        break;
    }
    return QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open a Doudi database"),
                                        AppPaths::dataDirectory(),
                                        QApplication::translate("main", "Doudi databases (*.doudi);;All files (*)"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/doudi.png")));
    Translations::install(app, QSettings().value(Translations::settingsKey()).toString());
    // Every window opens at the size its user left it, never larger than the screen.
    app.installEventFilter(new WindowSizes(&app));
    // F1 in any window opens the user guide at that window's section.
    app.installEventFilter(new HelpKey(&app));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Doudi, the township social-assistance desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The database file to open."),
                      QApplication::translate("main", "FILE")});
    parser.process(app);

    const QString path = chooseDatabase(parser);
    if (path.isEmpty())
        return 0;
    // Once more after a restore from a backup: the desk closes its database, the backup takes its
    // place, and whoever restored logs in again to the restored records.
    for (;;) {
        auto database = Database::open(path, Database::OpenMode::Desk);
        if (!database) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Doudi"), database.error().toString());
            return 1;
        }
        // The first start of a new database creates its administrator; then everybody logs in.
        const auto users = UserRepository(**database, Session::bootstrap(QStringLiteral("setup"))).count();
        if (users && *users == 0) {
            FirstAdministratorDialog first(**database);
            if (first.exec() != QDialog::Accepted)
                return 0;
        }
        LoginDialog login(**database);
        if (login.exec() != QDialog::Accepted || !login.session())
            return 0;
        const auto site = SiteRepository(**database, *login.session()).site();
        const QString siteCode = site ? site->code : QString();
        std::optional<MainWindow::RestoreRequest> request;
        bool signedOut = false;
        {
            MainWindow window(std::move(database).value(), *login.session());
            window.show();
            // The desk takes the keyboard the login box had, so the first key typed goes to 查找.
            window.activateWindow();
            const int code = app.exec();
            signedOut = window.signOutRequested();
            if (!window.restoreRequest() && !signedOut)
                return code;
            request = window.restoreRequest();
        }
        // Signed out: the desk and its keys are gone from memory; the next person logs in.
        if (signedOut && !request)
            continue;
        const QString restorer = login.session()->userName();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restored = Backups::restore(
            path, request->file, request->passphrase, [&](Database&, const BackupInfo& backup) -> Result<QString> {
                if (backup.siteCode != siteCode)
                    return Error::failed(QApplication::translate("main", "This backup is of another site."));
                return restorer;
            });
        QApplication::restoreOverrideCursor();
        if (restored)
            QMessageBox::information(
                nullptr, QApplication::translate("main", "Restore from a backup"),
                QApplication::translate("main", "The backup of %1 is restored. The database it replaced is kept as "
                                                "%2. The next package to the city will be a full re-baseline.")
                    .arg(restored->backup.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         QDir::toNativeSeparators(restored->replacedFile)));
        else
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Restore from a backup"),
                QApplication::translate("main", "Nothing was restored: %1").arg(restored.error().toString()));
    }
}
