// doudi: the desktop app of a township social-assistance office. Composition root only.
#include "AppPaths.h"
#include "FirstAdministratorDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

using namespace Doudi;

namespace {

// The database to open: --db, else the per-user default, else one the clerk picks.
QString chooseDatabase(const QCommandLineParser& parser)
{
    const QString given = parser.value(QStringLiteral("db"));
    if (!given.isEmpty())
        return given;
    if (QFileInfo::exists(AppPaths::defaultDatabasePath()))
        return AppPaths::defaultDatabasePath();
    QMessageBox::information(
        nullptr, QApplication::translate("main", "Doudi"),
        QApplication::translate("main", "There is no township database on this computer yet. Choose the database "
                                        "file to open (the county's administrator creates it with doudi-cli init)."));
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
    auto database = Database::open(path, Database::OpenMode::MustExist);
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
    MainWindow window(std::move(database).value(), *login.session());
    window.show();
    return app.exec();
}
