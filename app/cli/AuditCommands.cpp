#include "Commands.h"

#include "security/AuditVerifier.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

int verifyAudit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Recomputes the audit chain and compares the data with it; status 1 "
                                               "and one line per finding when something was tampered with."));
        r >= 0)
        return r;
    const auto db = ctx.openDatabase(CliContext::databasePath(parser), Database::OpenMode::MustExist);
    if (!db)
        return Failed;
    const auto report = AuditVerifier::verify(*db);
    if (!report)
        return ctx.fail(report.error());
    if (report->ok()) {
        ctx.out() << CliContext::tr("The audit trail is intact: %1 entries, %2 records match it.")
                         .arg(report->entries)
                         .arg(report->recordsChecked)
                  << Qt::endl;
        return Done;
    }
    for (const AuditFinding& f : report->findings)
        ctx.out() << f.message << '\n';
    ctx.out().flush();
    return Failed;
}

int listAudit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(
        {QStringLiteral("record"), CliContext::tr("Only the entries of this record."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("limit"), CliContext::tr("Only the newest N entries."), CliContext::tr("N")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists audit entries, oldest first.")); r >= 0)
        return r;
    const auto db = ctx.openDatabase(CliContext::databasePath(parser), Database::OpenMode::MustExist);
    if (!db)
        return Failed;
    const auto entries =
        AuditLog(*db).entries(parser.value(QStringLiteral("record")), parser.value(QStringLiteral("limit")).toInt());
    if (!entries)
        return ctx.fail(entries.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditEntry& e : *entries)
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at"), e.at},
                                     {QStringLiteral("user"), e.userName},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("table"), e.table},
                                     {QStringLiteral("record"), e.recordId},
                                     {QStringLiteral("old"), e.oldValues},
                                     {QStringLiteral("new"), e.newValues},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("hash"), e.hash}});
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const AuditEntry& e : *entries)
        ctx.out() << e.seq << '\t' << e.at << '\t' << e.userName << '\t' << e.action << '\t' << e.table << '\t'
                  << e.recordId << (e.reason.isEmpty() ? QString() : QLatin1Char('\t') + e.reason) << '\n';
    return Done;
}

} // namespace

int runAudit(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("audit"), {{"verify", verifyAudit}, {"list", listAudit}}, args);
}

} // namespace Doudi::Cli
