#include "CliContext.h"

#include "AppPaths.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
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
