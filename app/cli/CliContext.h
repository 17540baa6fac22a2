#pragma once

#include "Result.h"
#include "security/Session.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace Doudi::Cli {

// Exit statuses of spec/cli.md.
enum ExitCode
{
    Done = 0,
    Failed = 1,
    Usage = 2,
    InvalidInput = 3
};

// What every command shares: the output streams and the conventions of spec/cli.md (exit
// statuses, messages on stderr, JSON on stdout, the --db and --user flags).
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Cli::CliContext)
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool stderrIsTerminal() const;

    // Parses `args` (the command's words with the program name first). On --help prints help and
    // returns Done; on a usage error prints it and returns Usage; else returns -1: go on.
    int parse(QCommandLineParser& parser, const QStringList& args, const QString& description);
    // Checks a required option; prints the usage error when missing.
    bool require(const QCommandLineParser& parser, const QString& option);

    static QCommandLineOption dbOption();
    static QCommandLineOption userOption();
    // The --db value, or the per-user default that the desktop app uses.
    static QString databasePath(const QCommandLineParser& parser);
    static QString userName(const QCommandLineParser& parser);
    // --date: the day something happened, today when not given.
    static QCommandLineOption dateOption();
    // The --date value, or today; nullopt after a usage error when it is not a date.
    std::optional<QDate> date(const QCommandLineParser& parser);
    // The day given as the flag `option`, `fallback` when it is not given; nullopt after an
    // invalid-input error (exit 3) when it is not a date.
    std::optional<QDate> day(const QCommandLineParser& parser, const QString& option, const QDate& fallback);
    // --amount-fen: an amount of money as a whole number of fen (1 元 = 100 fen).
    static QCommandLineOption amountOption();
    // The --amount-fen value; nullopt after an invalid-input error (exit 3) when it is not a whole
    // number. Zero or less is core's to refuse, with its reason.
    std::optional<qint64> amountFen(const QCommandLineParser& parser);

    // Who acts (spec/cli.md): in a database without users yet, whoever sets it up; else the user
    // of --user, with the password from DOUDI_PASSWORD or asked for on the terminal; without
    // --user, a reader who may only look and export. Prints the refusal when the login fails.
    std::optional<Session> session(const QCommandLineParser& parser, Database& database);
    // The database at `path` and who acts on it; the session is empty (after a message) when either
    // could not be had. `auto [db, session] = ctx.act(parser, path);`
    std::pair<std::unique_ptr<Database>, std::optional<Session>> act(const QCommandLineParser& parser,
                                                                     const QString& path);
    // Asks a yes/no question on the terminal: nullopt when there is no terminal to ask on.
    std::optional<bool> confirm(const QString& question);
    // A password from an environment variable, else asked for without echo on the terminal.
    std::optional<QString> password(const char* environmentVariable, const QString& prompt);

    std::unique_ptr<Database> openDatabase(const QString& path, Database::OpenMode mode);
    static Result<QByteArray> readFile(const QString& path);
    // The content of the one file named after the flags (imports): -1 when read, else the exit
    // status after saying what was wrong.
    int readPositionalFile(const QCommandLineParser& parser, QByteArray* content);

    // A command group such as `household list|import|export`: runs the named subcommand with the
    // program name and the words after it, or says what the group offers.
    struct Subcommand
    {
        const char* name;
        int (*run)(CliContext&, const QStringList&);
    };
    int runSubcommand(const QString& group, const QList<Subcommand>& subcommands, const QStringList& args);
    // Prints an error and returns the exit status it maps to (3 for invalid input, else 1).
    int fail(const Error& error);
    int usageError(const QString& message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Doudi::Cli
