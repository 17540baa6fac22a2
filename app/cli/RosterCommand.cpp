#include "Commands.h"

#include "RosterExport.h"
#include "report/Roster.h"
#include "report/Rosters.h"

#include <QDate>

namespace Doudi::Cli {

int runRoster(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("kind"),
         CliContext::tr("notice, payment, supplement, stats, fund, relatives, price, disability or orphan."),
         CliContext::tr("KIND")});
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month."), CliContext::tr("YYYY-MM")});
    parser.addOption(
        {QStringLiteral("village"), CliContext::tr("Only this village (12-digit code)."), CliContext::tr("CODE")});
    parser.addOption(
        {QStringLiteral("out"), CliContext::tr("The file to write: .pdf, .xlsx or .csv."), CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Writes a roster: a public notice, a payment roster, the "
                                               "monthly statistics or the reserve fund's statement."));
        r >= 0)
        return r;
    for (const char* flag : {"kind", "month", "out"}) {
        if (!ctx.require(parser, QLatin1String(flag)))
            return Usage;
    }
    const QString monthText = parser.value(QStringLiteral("month"));
    const QDate month = QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid() || monthText.size() != 7)
        return ctx.usageError(CliContext::tr("--month must be a month written YYYY-MM."));
    if (!Rosters::kinds().contains(parser.value(QStringLiteral("kind"))))
        return ctx.usageError(
            CliContext::tr("--kind must be one of %1.").arg(Rosters::kinds().join(QStringLiteral(", "))));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto roster = Rosters::build(*db, *session, parser.value(QStringLiteral("kind")), month,
                                       parser.value(QStringLiteral("village")));
    if (!roster)
        return ctx.fail(roster.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (Status s = RosterExport::write(*roster, out); !s)
        return ctx.fail(s.error());
    if (Status s = Rosters::recordOutput(*db, *session, *roster, QStringLiteral("export"), out); !s)
        return ctx.fail(s.error());
    if (!roster->hasRows() && ctx.stderrIsTerminal())
        ctx.err() << CliContext::tr("The roster is empty for %1; the file says so.").arg(roster->period) << Qt::endl;
    return Done;
}

} // namespace Doudi::Cli
