#include "CliContext.h"

#include "AppPaths.h"
#include "Clock.h"
#include "security/Authenticator.h"
#include "store/UserRepository.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Doudi::Cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CliContext::stderrIsTerminal() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int CliContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        return Done;
    }
    return -1;
}

bool CliContext::require(const QCommandLineParser& parser, const QString& option)
{
    if (parser.isSet(option) && !parser.value(option).isEmpty())
        return true;
    usageError(tr("The option --%1 is required.").arg(option));
    return false;
}

QCommandLineOption CliContext::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The database file (default: the desktop app's)."), tr("FILE"));
}

QCommandLineOption CliContext::userOption()
{
    return QCommandLineOption(QStringLiteral("user"), tr("Act as this user."), tr("NAME"));
}

QString CliContext::databasePath(const QCommandLineParser& parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    return db.isEmpty() ? AppPaths::defaultDatabasePath() : db;
}

QString CliContext::userName(const QCommandLineParser& parser)
{
    const QString user = parser.value(QStringLiteral("user"));
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

std::unique_ptr<Database> CliContext::openDatabase(const QString& path, Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

Result<QByteArray> CliContext::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

int CliContext::readPositionalFile(const QCommandLineParser& parser, QByteArray* content)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("Name exactly one JSON file to import."));
    auto text = readFile(parser.positionalArguments().constFirst());
    if (!text)
        return fail(text.error());
    *content = std::move(text).value();
    return -1;
}

int CliContext::runSubcommand(const QString& group, const QList<Subcommand>& subcommands, const QStringList& args)
{
    // args: program, subcommand, flags…; the subcommand parses program + flags.
    const QString sub = args.value(1);
    QStringList names;
    for (const Subcommand& s : subcommands) {
        if (sub == QLatin1String(s.name))
            return s.run(*this, QStringList{args.value(0)} + args.mid(2));
        names.append(QString::fromLatin1(s.name));
    }
    const QString usage = QStringLiteral("doudi-cli %1 %2").arg(group, names.join(QLatin1Char('|')));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_out << tr("Usage: %1 [--help]").arg(usage) << Qt::endl;
        return Done;
    }
    return usageError(sub.isEmpty() ? tr("%1 needs a subcommand: %2.").arg(group, names.join(QStringLiteral(", ")))
                                    : tr("Unknown %1 subcommand “%2”.").arg(group, sub));
}

namespace {
bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}
} // namespace

std::optional<bool> CliContext::confirm(const QString& question)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    m_err << question << QStringLiteral(" [y/N] ") << Qt::flush;
    std::string line;
    std::getline(std::cin, line);
    const QString answer = QString::fromStdString(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QStringLiteral("是");
}

std::optional<QString> CliContext::password(const char* environmentVariable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (!stdinIsTerminal()) {
        usageError(tr("Set %1 or run on a terminal to be asked for the password.")
                       .arg(QString::fromLatin1(environmentVariable)));
        return std::nullopt;
    }
    m_err << prompt << Qt::flush;
    // No echo while the password is typed.
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios old{};
    tcgetattr(fileno(stdin), &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSANOW, &quiet);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
#else
    tcsetattr(fileno(stdin), TCSANOW, &old);
#endif
    m_err << Qt::endl;
    return QString::fromStdString(line);
}

std::pair<std::unique_ptr<Database>, std::optional<Session>> CliContext::act(const QCommandLineParser& parser,
                                                                             const QString& path)
{
    auto db = openDatabase(path, Database::OpenMode::MustExist);
    std::optional<Session> who;
    if (db)
        who = session(parser, *db);
    return {std::move(db), who};
}

std::optional<Session> CliContext::session(const QCommandLineParser& parser, Database& database)
{
    const auto users = UserRepository(database, Session::bootstrap(QStringLiteral("cli"))).count();
    if (!users) {
        fail(users.error());
        return std::nullopt;
    }
    if (*users == 0)
        return Session::bootstrap(userName(parser));
    const QString name = parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        return Session::unauthenticatedReader();
    const auto secret = password("DOUDI_PASSWORD", tr("Password for %1: ").arg(name));
    if (!secret)
        return std::nullopt;
    auto session = Authenticator::login(database, name, *secret);
    if (!session) {
        fail(session.error());
        return std::nullopt;
    }
    return *session;
}

QCommandLineOption CliContext::dateOption()
{
    return {QStringLiteral("date"), tr("The day it happened (default: today)."), tr("YYYY-MM-DD")};
}

std::optional<QDate> CliContext::date(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("date")))
        return Clock::currentDate();
    const QDate d = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!d.isValid()) {
        usageError(tr("--date must be a date written YYYY-MM-DD."));
        return std::nullopt;
    }
    return d;
}

std::optional<QDate> CliContext::day(const QCommandLineParser& parser, const QString& option, const QDate& fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!d.isValid()) {
        fail(Error::invalid(option, tr("write the date as YYYY-MM-DD")));
        return std::nullopt;
    }
    return d;
}

QCommandLineOption CliContext::amountOption()
{
    return {QStringLiteral("amount-fen"), tr("The amount in fen (1 元 = 100 fen)."), tr("N")};
}

std::optional<qint64> CliContext::amountFen(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 fen = parser.value(QStringLiteral("amount-fen")).toLongLong(&ok);
    if (!ok) {
        fail(Error::invalid(QStringLiteral("amount_fen"),
                            tr("must be a whole number of fen, such as 50000 for 500 元")));
        return std::nullopt;
    }
    return fen;
}

int CliContext::fail(const Error& error)
{
    m_err << error.toString() << Qt::endl;
    return error.kind() == Error::Kind::InvalidInput ? InvalidInput : Failed;
}

int CliContext::usageError(const QString& message)
{
    m_err << message << Qt::endl << tr("Run with --help for the usage.") << Qt::endl;
    return Usage;
}

} // namespace Doudi::Cli
