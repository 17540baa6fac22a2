#include "Commands.h"

#include "Clock.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "fund/FundTerms.h"
#include "security/Authenticator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

std::optional<int> yearValue(CliContext& ctx, const QCommandLineParser& parser)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        ctx.usageError(CliContext::tr("--year must be a year such as 2025."));
        return std::nullopt;
    }
    return year;
}

QJsonObject totalJson(const FundStatement::Total& t)
{
    return {{QStringLiteral("count"), t.count}, {QStringLiteral("fen"), t.fen}};
}

QJsonObject entryJson(const FundEntry& e)
{
    QJsonObject o = e.toJson();
    o.insert(QStringLiteral("reversed_by"), e.reversedBy);
    o.insert(QStringLiteral("paperwork_done"), e.paperworkDone.toString(Qt::ISODate));
    o.insert(QStringLiteral("balance_after_fen"), e.balanceAfterFen);
    return o;
}

// After money left the fund: say so when the balance fell below the policy's share of the quota.
void warnIfLow(CliContext& ctx, FundLedger& ledger, int year)
{
    const auto b = ledger.balance(year);
    if (b && b->isLow())
        ctx.err() << CliContext::tr("Warning: the fund's balance of %1 is below %2 % of the quota of %3; ask the city "
                                    "to replenish it.")
                         .arg(Money::fromFen(b->balanceFen).format())
                         .arg(b->lowBalancePct)
                         .arg(Money::fromFen(b->quotaFen).format())
                  << Qt::endl;
}

int setQuota(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("year"), CliContext::tr("The year of the quota."), CliContext::tr("YEAR")});
    parser.addOption(CliContext::amountOption());
    parser.addOption(
        {QStringLiteral("document"), CliContext::tr("The document that approved it."), CliContext::tr("TEXT")});
    parser.addOption(CliContext::dateOption());
    if (const int r = ctx.parse(parser, args, CliContext::tr("Records the year's quota the city approved.")); r >= 0)
        return r;
    for (const char* flag : {"year", "amount-fen", "document"}) {
        if (!ctx.require(parser, QLatin1String(flag)))
            return Usage;
    }
    const auto year = yearValue(ctx, parser);
    const auto date = ctx.date(parser);
    if (!year || !date)
        return Usage;
    const auto fen = ctx.amountFen(parser);
    if (!fen)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = FundLedger(*db, *session).setQuota(*year, *fen, parser.value(QStringLiteral("document")), *date); !s)
        return ctx.fail(s.error());
    return Done;
}

int allocate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(CliContext::amountOption());
    parser.addOption({QStringLiteral("voucher"), CliContext::tr("The city's voucher number."), CliContext::tr("V")});
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("replenishment"),
                      CliContext::tr("Money that refills what was paid (补充), not an advance against the quota.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Records money received from the city; prints its id."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("amount-fen")) || !ctx.require(parser, QStringLiteral("voucher")))
        return Usage;
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    const auto fen = ctx.amountFen(parser);
    if (!fen)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto id = FundLedger(*db, *session)
                        .allocate(*fen, parser.value(QStringLiteral("voucher")), *date,
                                  parser.isSet(QStringLiteral("replenishment")));
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << *id << Qt::endl;
    return Done;
}

int pay(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption(CliContext::amountOption());
    parser.addOption({QStringLiteral("reason-type"), CliContext::tr("emergency (急难型) or expenditure (支出型)."),
                      CliContext::tr("TYPE")});
    parser.addOption({QStringLiteral("reason"), CliContext::tr("What the help is for."), CliContext::tr("TEXT")});
    parser.addOption({QStringLiteral("method"), CliContext::tr("cash, bank or in_kind."), CliContext::tr("METHOD")});
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("meeting-ref"),
                      CliContext::tr("The collective decision (一事一议) that approved a payment above the cap."),
                      CliContext::tr("TEXT")});
    parser.addOption(
        {QStringLiteral("case"), CliContext::tr("The temporary-assistance case it belongs to."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("recipient"), CliContext::tr("Who receives it (default: the head of household)."),
                      CliContext::tr("NAME")});
    parser.addOption({QStringLiteral("approver"),
                      CliContext::tr("The supervisor who approves a payment above the township limit (password from "
                                     "DOUDI_APPROVER_PASSWORD)."),
                      CliContext::tr("NAME")});
    parser.addOption(
        {QStringLiteral("override"),
         CliContext::tr("Why a second payment for the same reason this year is allowed (with --approver)."),
         CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Pays from the reserve fund; prints the payment's id."));
        r >= 0)
        return r;
    for (const char* flag : {"household", "amount-fen", "reason-type", "reason", "method"}) {
        if (!ctx.require(parser, QLatin1String(flag)))
            return Usage;
    }
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    const auto fen = ctx.amountFen(parser);
    if (!fen)
        return InvalidInput;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    // The second signature: the approver logs in here, as they would at the clerk's desk.
    std::optional<Session> approver;
    if (const QString name = parser.value(QStringLiteral("approver")); !name.isEmpty()) {
        const auto secret = ctx.password("DOUDI_APPROVER_PASSWORD", CliContext::tr("Password for %1: ").arg(name));
        if (!secret)
            return Failed;
        auto login = Authenticator::login(*db, name, *secret);
        if (!login)
            return ctx.fail(login.error());
        approver = *login;
    }
    FundLedger::Payment p;
    p.householdId = parser.value(QStringLiteral("household"));
    p.caseId = parser.value(QStringLiteral("case"));
    p.recipient = parser.value(QStringLiteral("recipient"));
    p.reasonType = parser.value(QStringLiteral("reason-type"));
    p.reason = parser.value(QStringLiteral("reason"));
    p.method = parser.value(QStringLiteral("method"));
    p.amountFen = *fen;
    p.date = *date;
    p.meetingRef = parser.value(QStringLiteral("meeting-ref"));
    p.overrideReason = parser.value(QStringLiteral("override"));
    FundLedger ledger(*db, *session);
    const auto id = ledger.pay(p, approver ? &*approver : nullptr);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << *id << Qt::endl;
    warnIfLow(ctx, ledger, date->year());
    return Done;
}

int reverse(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("payment"), CliContext::tr("The id of the payment (or allocation) to reverse."),
                      CliContext::tr("ID")});
    parser.addOption({QStringLiteral("reason"), CliContext::tr("Why it is reversed."), CliContext::tr("TEXT")});
    parser.addOption(CliContext::dateOption());
    if (const int r = ctx.parse(parser, args, CliContext::tr("Reverses an entry; prints the reversal's id.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("payment")) || !ctx.require(parser, QStringLiteral("reason")))
        return Usage;
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    FundLedger ledger(*db, *session);
    const auto id =
        ledger.reverse(parser.value(QStringLiteral("payment")), parser.value(QStringLiteral("reason")), *date);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << *id << Qt::endl;
    warnIfLow(ctx, ledger, date->year());
    return Done;
}

int paperwork(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("payment"), CliContext::tr("The payment's id."), CliContext::tr("ID")});
    parser.addOption(CliContext::dateOption());
    parser.addOption({QStringLiteral("note"), CliContext::tr("What was handed in."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Records that a payment's paperwork was handed in."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("payment")))
        return Usage;
    const auto date = ctx.date(parser);
    if (!date)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = FundLedger(*db, *session)
                       .completePaperwork(parser.value(QStringLiteral("payment")), *date,
                                          parser.value(QStringLiteral("note")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int balance(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("year"), CliContext::tr("The year (default: this year)."), CliContext::tr("YEAR")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Shows where the fund stands.")); r >= 0)
        return r;
    std::optional<int> year = Clock::currentDate().year();
    if (parser.isSet(QStringLiteral("year")) && !(year = yearValue(ctx, parser)))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto b = FundLedger(*db, *session).balance(*year);
    if (!b)
        return ctx.fail(b.error());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("year"), b->year},
                            {QStringLiteral("quota_fen"), b->quotaFen},
                            {QStringLiteral("carried_in_fen"), b->carriedInFen},
                            {QStringLiteral("allocated_fen"), b->allocatedFen},
                            {QStringLiteral("paid_fen"), b->paidFen},
                            {QStringLiteral("reversed_fen"), b->reversedFen},
                            {QStringLiteral("returned_fen"), b->returnedFen},
                            {QStringLiteral("balance_fen"), b->balanceFen},
                            {QStringLiteral("low"), b->isLow()},
                            {QStringLiteral("closed"), b->closed}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    const auto line = [&](const QString& label, qint64 fen) {
        ctx.out() << label << QLatin1Char('\t') << Money::fromFen(fen).format() << Qt::endl;
    };
    ctx.out()
        << CliContext::tr("Reserve fund %1%2").arg(b->year).arg(b->closed ? CliContext::tr(" (closed)") : QString())
        << Qt::endl;
    line(CliContext::tr("Quota"), b->quotaFen);
    line(CliContext::tr("Carried in"), b->carriedInFen);
    line(CliContext::tr("Received"), b->allocatedFen);
    line(CliContext::tr("Paid"), b->paidFen);
    line(CliContext::tr("Reversed"), b->reversedFen);
    line(CliContext::tr("Returned"), b->returnedFen);
    line(CliContext::tr("Balance"), b->balanceFen);
    return Done;
}

int reconcile(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month."), CliContext::tr("YYYY-MM")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Prints the month's reconciliation statement (报账)."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("month")))
        return Usage;
    const QDate month = QDate::fromString(parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return ctx.usageError(CliContext::tr("--month must be a month written YYYY-MM."));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto st = FundLedger(*db, *session).reconcile(month.year(), month.month());
    if (!st)
        return ctx.fail(st.error());
    QJsonObject byReason;
    for (const QString& type : FundTerms::reasonTypes())
        byReason.insert(type, totalJson(st->paidByReasonType.value(type)));
    QJsonObject byMethod;
    for (const QString& method : FundTerms::methods())
        byMethod.insert(method, totalJson(st->paidByMethod.value(method)));
    QJsonArray outstanding;
    for (const FundEntry& e : st->paperworkOutstanding)
        outstanding.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("voucher"), e.document},
                                       {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                       {QStringLiteral("recipient"), e.recipient},
                                       {QStringLiteral("amount_fen"), e.amountFen},
                                       {QStringLiteral("paperwork_due"), e.paperworkDue.toString(Qt::ISODate)}});
    const QJsonObject o{{QStringLiteral("month"), st->month},
                        {QStringLiteral("quota_fen"), st->quotaFen},
                        {QStringLiteral("opening_fen"), st->openingFen},
                        {QStringLiteral("allocated_fen"), st->allocatedFen},
                        {QStringLiteral("replenished_fen"), st->replenishedFen},
                        {QStringLiteral("allocations_reversed_fen"), st->allocationsReversedFen},
                        {QStringLiteral("paid"), totalJson(st->paid)},
                        {QStringLiteral("paid_by_reason_type"), byReason},
                        {QStringLiteral("paid_by_method"), byMethod},
                        {QStringLiteral("reversed"), totalJson(st->reversed)},
                        {QStringLiteral("returned_fen"), st->returnedFen},
                        {QStringLiteral("closing_fen"), st->closingFen},
                        {QStringLiteral("replenishment_request_fen"), st->replenishmentRequestFen},
                        {QStringLiteral("paperwork_outstanding"), outstanding}};
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return Done;
}

int closeYear(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("year"), CliContext::tr("The year to close."), CliContext::tr("YEAR")});
    parser.addOption({QStringLiteral("return"),
                      CliContext::tr("Give the balance back to the city instead of carrying it forward.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Closes the fund's year.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("year")))
        return Usage;
    const auto year = yearValue(ctx, parser);
    if (!year)
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = FundLedger(*db, *session).closeYear(*year, parser.isSet(QStringLiteral("return"))); !s)
        return ctx.fail(s.error());
    return Done;
}

int listEntries(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("year"), CliContext::tr("Only this year."), CliContext::tr("YEAR")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Prints the ledger as JSON, with the running balance."));
        r >= 0)
        return r;
    std::optional<int> year;
    if (parser.isSet(QStringLiteral("year")) && !(year = yearValue(ctx, parser)))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto entries = FundLedger(*db, *session).entries();
    if (!entries)
        return ctx.fail(entries.error());
    QJsonArray array;
    for (const FundEntry& e : *entries) {
        if (!year || e.year == *year)
            array.append(entryJson(e));
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Done;
}

} // namespace

int runFund(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("fund"),
                             {{"quota", setQuota},
                              {"allocate", allocate},
                              {"pay", pay},
                              {"reverse", reverse},
                              {"paperwork", paperwork},
                              {"balance", balance},
                              {"reconcile", reconcile},
                              {"close-year", closeYear},
                              {"list", listEntries}},
                             args);
}

} // namespace Doudi::Cli
