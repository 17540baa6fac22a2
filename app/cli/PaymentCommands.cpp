#include "Commands.h"

#include "BankFileExport.h"
#include "domain/Money.h"
#include "payments/ApprovedAmounts.h"
#include "payments/BankLayouts.h"
#include "payments/PaymentBatches.h"
#include "report/PaymentRoster.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

void addBatchOptions(QCommandLineParser& parser)
{
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("month"), CliContext::tr("The month paid, YYYY-MM."), CliContext::tr("MONTH")});
    parser.addOption({QStringLiteral("kind"), CliContext::tr("regular (the default) or supplement (补发)."),
                      CliContext::tr("KIND"), QStringLiteral("regular")});
    parser.addOption({QStringLiteral("batch"), CliContext::tr("The batch's id or number (instead of --month)."),
                      CliContext::tr("ID")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
}

// The batch named by --batch, or by --month and --kind; prints why when there is none.
std::optional<PaymentBatch> namedBatch(CliContext& ctx, const QCommandLineParser& parser, PaymentBatches& batches,
                                       int* status)
{
    QString name = parser.value(QStringLiteral("batch"));
    if (name.isEmpty()) {
        if (!parser.isSet(QStringLiteral("month"))) {
            *status = ctx.usageError(CliContext::tr("Name the batch: --batch ID, or --month YYYY-MM [--kind KIND]."));
            return std::nullopt;
        }
        const auto all = batches.list(parser.value(QStringLiteral("month")));
        if (!all) {
            *status = ctx.fail(all.error());
            return std::nullopt;
        }
        for (const PaymentBatch& b : *all) {
            if (b.kind == parser.value(QStringLiteral("kind")))
                return b;
        }
        *status = ctx.fail(Error::failed(
            CliContext::tr("There is no %1 batch of %2.")
                .arg(parser.value(QStringLiteral("kind")), parser.value(QStringLiteral("month")).left(20))));
        return std::nullopt;
    }
    const auto b = batches.find(name);
    if (!b) {
        *status = ctx.fail(b.error());
        return std::nullopt;
    }
    return *b;
}

QJsonObject batchJson(const PaymentBatch& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("number"), b.number},
            {QStringLiteral("month"), b.month},
            {QStringLiteral("kind"), b.kind},
            {QStringLiteral("state"), b.state.isEmpty() ? QStringLiteral("preview") : b.state},
            {QStringLiteral("lines"), b.lines},
            {QStringLiteral("total_fen"), b.totalFen},
            {QStringLiteral("digest"), b.digest},
            {QStringLiteral("prepared_by"), b.preparedBy},
            {QStringLiteral("prepared_at"), b.preparedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("approved_by"), b.approvedBy},
            {QStringLiteral("approved_at"), b.approvedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("paid_in_full_at"), b.paidInFullAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("paid"), b.paid},
            {QStringLiteral("failed"), b.failed},
            {QStringLiteral("paid_fen"), b.paidFen},
            {QStringLiteral("failed_fen"), b.failedFen}};
}

QJsonArray totalsJson(const QList<BatchSummary::Total>& totals)
{
    QJsonArray out;
    for (const BatchSummary::Total& t : totals)
        out.append(QJsonObject{{QStringLiteral("key"), t.key},
                               {QStringLiteral("name"), t.label},
                               {QStringLiteral("households"), t.households},
                               {QStringLiteral("persons"), t.persons},
                               {QStringLiteral("total_fen"), t.fen}});
    return out;
}

QJsonObject summaryJson(const BatchSummary& s)
{
    QJsonArray differences;
    for (const BatchSummary::Difference& d : s.differences)
        differences.append(
            QJsonObject{{QStringLiteral("kind"), d.kind},
                        {QStringLiteral("household_id"), d.householdId},
                        {QStringLiteral("head_name"), d.headName},
                        {QStringLiteral("village"), d.villageName},
                        {QStringLiteral("previous_fen"), d.previousFen},
                        {QStringLiteral("current_fen"), d.currentFen},
                        {QStringLiteral("decision"),
                         QJsonObject{{QStringLiteral("source"), d.decisionSource},
                                     {QStringLiteral("case_id"), d.caseId},
                                     {QStringLiteral("effective_from"), d.effectiveFrom},
                                     {QStringLiteral("decided_on"), d.decidedOn.toString(Qt::ISODate)}}}});
    QJsonArray left;
    for (const BatchSummary::Left& l : s.leftOut)
        left.append(QJsonObject{{QStringLiteral("household_id"), l.householdId},
                                {QStringLiteral("head_name"), l.headName},
                                {QStringLiteral("village"), l.villageName},
                                {QStringLiteral("for_month"), l.forMonth},
                                {QStringLiteral("amount_fen"), l.fen},
                                {QStringLiteral("reason"), l.reason}});
    return {{QStringLiteral("by_village"), totalsJson(s.byVillage)},
            {QStringLiteral("by_classification"), totalsJson(s.byClassification)},
            {QStringLiteral("previous_month"), s.previousMonth},
            {QStringLiteral("differences"), differences},
            {QStringLiteral("left_out"), left}};
}

QJsonObject lineJson(const PaymentLine& l)
{
    return {{QStringLiteral("line"), l.line},
            {QStringLiteral("reference"), l.reference},
            {QStringLiteral("household_id"), l.householdId},
            {QStringLiteral("village_code"), l.villageCode},
            {QStringLiteral("head_name"), l.headName},
            {QStringLiteral("for_month"), l.forMonth},
            {QStringLiteral("classification"), l.classification},
            {QStringLiteral("persons"), l.persons},
            {QStringLiteral("base_fen"), l.baseFen},
            {QStringLiteral("care_fen"), l.careFen},
            {QStringLiteral("increments_fen"), l.incrementsFen},
            {QStringLiteral("amount_fen"), l.amountFen},
            {QStringLiteral("bank_account"), PaymentRoster::maskAccount(l.bankAccount)},
            {QStringLiteral("replaces"), l.replaces},
            {QStringLiteral("state"), l.state},
            {QStringLiteral("failure_reason"), l.failureReason}};
}

void printPlan(CliContext& ctx, const QCommandLineParser& parser, const PaymentBatches::Plan& plan, bool withLines)
{
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = batchJson(plan.batch);
        o.insert(QStringLiteral("summary"), summaryJson(plan.summary));
        if (withLines) {
            QJsonArray lines;
            for (const PaymentLine& l : plan.lines)
                lines.append(lineJson(l));
            o.insert(QStringLiteral("payments"), lines);
        }
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    const PaymentBatch& b = plan.batch;
    ctx.out() << CliContext::tr("%1  %2 %3  %4 lines  %5  (%6)")
                     .arg(b.number, b.month, b.kind)
                     .arg(b.lines)
                     .arg(Money::fromFen(b.totalFen).format(), b.state.isEmpty() ? QStringLiteral("preview") : b.state)
              << Qt::endl;
    for (const BatchSummary::Total& t : plan.summary.byVillage)
        ctx.out() << "  " << t.label << "  " << t.households << "  " << Money::fromFen(t.fen).format() << Qt::endl;
    for (const BatchSummary::Difference& d : plan.summary.differences)
        ctx.out() << "  " << d.kind << "  " << d.villageName << "  " << d.headName << "  "
                  << Money::fromFen(d.previousFen).format() << " → " << Money::fromFen(d.currentFen).format()
                  << Qt::endl;
    for (const BatchSummary::Left& l : plan.summary.leftOut)
        ctx.err()
            << CliContext::tr("Not in the batch: %1 (%2), %3: %4").arg(l.headName, l.villageName, l.forMonth, l.reason)
            << Qt::endl;
}

int createBatch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), CliContext::tr("Show what the batch would pay; write nothing.")});
    parser.addOption({QStringLiteral("lines"), CliContext::tr("With --json: every payment line too.")});
    if (const int r =
            ctx.parse(parser, args, CliContext::tr("Prepares the month's payment batch from the approved amounts."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("month")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    PaymentBatches batches(*db, *session);
    const QString month = parser.value(QStringLiteral("month"));
    const QString kind = parser.value(QStringLiteral("kind"));
    const auto plan =
        parser.isSet(QStringLiteral("dry-run")) ? batches.plan(month, kind) : batches.prepare(month, kind);
    if (!plan)
        return ctx.fail(plan.error());
    printPlan(ctx, parser, *plan, parser.isSet(QStringLiteral("lines")));
    return Done;
}

int showBatch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    parser.addOption({QStringLiteral("lines"), CliContext::tr("With --json: every payment line too.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Shows a payment batch, its totals and its changes."));
        r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    PaymentBatches batches(*db, *session);
    int status = Done;
    const auto batch = namedBatch(ctx, parser, batches, &status);
    if (!batch)
        return status;
    PaymentBatches::Plan plan;
    plan.batch = *batch;
    const auto lines = batches.lines(batch->id);
    if (!lines)
        return ctx.fail(lines.error());
    plan.lines = *lines;
    const auto summary = batches.summary(*batch, *lines);
    if (!summary)
        return ctx.fail(summary.error());
    plan.summary = *summary;
    printPlan(ctx, parser, plan, parser.isSet(QStringLiteral("lines")));
    return Done;
}

// approve, discard and paid: one batch, one step.
int batchStep(CliContext& ctx, const QStringList& args, const QString& description,
              Status (PaymentBatches::*step)(const QString&))
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    if (const int r = ctx.parse(parser, args, description); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    PaymentBatches batches(*db, *session);
    int status = Done;
    const auto batch = namedBatch(ctx, parser, batches, &status);
    if (!batch)
        return status;
    if (Status s = (batches.*step)(batch->id); !s)
        return ctx.fail(s.error());
    return Done;
}

int approveBatch(CliContext& ctx, const QStringList& args)
{
    return batchStep(ctx, args,
                     CliContext::tr("Approves a prepared batch (a supervisor other than the person who prepared it)."),
                     &PaymentBatches::approve);
}

int discardBatch(CliContext& ctx, const QStringList& args)
{
    return batchStep(ctx, args, CliContext::tr("Discards a prepared batch, to prepare it again."),
                     &PaymentBatches::discard);
}

int paidBatch(CliContext& ctx, const QStringList& args)
{
    return batchStep(ctx, args, CliContext::tr("Records that the bank paid every line of the batch not returned."),
                     &PaymentBatches::markPaidInFull);
}

int listBatches(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists the payment batches, newest first.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto all = PaymentBatches(*db, *session).list(parser.value(QStringLiteral("month")));
    if (!all)
        return ctx.fail(all.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const PaymentBatch& b : *all)
            out.append(batchJson(b));
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const PaymentBatch& b : *all)
        ctx.out() << b.number << '\t' << b.month << '\t' << b.kind << '\t' << b.state << '\t' << b.lines << '\t'
                  << Money::fromFen(b.totalFen).format() << '\t' << b.paid << '/' << b.failed << Qt::endl;
    return Done;
}

int exportBatch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    parser.addOption({QStringLiteral("layout"), CliContext::tr("A saved bank layout (default: the standard one)."),
                      CliContext::tr("NAME")});
    parser.addOption(
        {QStringLiteral("out"), CliContext::tr("The file to write (.csv or .xlsx)."), CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Writes an approved batch as the bank's 代发 file."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("out")))
        return Usage;
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return ctx.usageError(CliContext::tr("--out must end in .csv or .xlsx."));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    PaymentBatches batches(*db, *session);
    int status = Done;
    const auto batch = namedBatch(ctx, parser, batches, &status);
    if (!batch)
        return status;
    const auto record = BankFileExport::write(*db, *session, *batch, parser.value(QStringLiteral("layout")), out);
    if (!record)
        return ctx.fail(record.error());
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                               {QStringLiteral("rows"), record->rows},
                                               {QStringLiteral("total_fen"), record->totalFen},
                                               {QStringLiteral("digest"), record->digest}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
    return Done;
}

int importReturns(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), CliContext::tr("The bank's returns (.xlsx or .csv)."));
    if (const int r =
            ctx.parse(parser, args, CliContext::tr("Records the bank's returns (回盘) of an approved batch."));
        r >= 0)
        return r;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(CliContext::tr("Name the bank's returns file."));
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    PaymentBatches batches(*db, *session);
    int status = Done;
    const auto batch = namedBatch(ctx, parser, batches, &status);
    if (!batch)
        return status;
    if (Status s = BankFileExport::importReturns(*db, *session, batch->id, parser.positionalArguments().constFirst());
        !s)
        return ctx.fail(s.error());
    const auto after = batches.find(batch->id);
    if (after && parser.isSet(QStringLiteral("json")))
        ctx.out() << QJsonDocument(batchJson(*after)).toJson(QJsonDocument::Compact) << Qt::endl;
    return Done;
}

int markReturned(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("reason"), CliContext::tr("Why the bank returned it."), CliContext::tr("TEXT")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Records a payment the bank returned.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("household")) || !ctx.require(parser, QStringLiteral("reason")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    PaymentBatches batches(*db, *session);
    int status = Done;
    const auto batch = namedBatch(ctx, parser, batches, &status);
    if (!batch)
        return status;
    if (Status s = batches.markFailed(batch->id, parser.value(QStringLiteral("household")),
                                      parser.value(QStringLiteral("reason")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

int setLayout(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addPositionalArgument(QStringLiteral("file"), CliContext::tr("A doudi-bank-layout/1 document."));
    if (const int r = ctx.parse(parser, args, CliContext::tr("Saves a bank's file layout.")); r >= 0)
        return r;
    QByteArray content;
    if (const int r = ctx.readPositionalFile(parser, &content); r >= 0)
        return r;
    const auto layout = BankLayout::fromJson(content);
    if (!layout)
        return ctx.fail(layout.error());
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = BankLayouts(*db, *session).save(*layout); !s)
        return ctx.fail(s.error());
    return Done;
}

int listLayouts(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists the saved bank layouts.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto all = BankLayouts(*db, *session).all();
    if (!all)
        return ctx.fail(all.error());
    QJsonArray out;
    for (const BankLayout& l : *all)
        out.append(QJsonDocument::fromJson(l.toJson()).object());
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return Done;
}

int history(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r =
            ctx.parse(parser, args, CliContext::tr("A household's approved amounts and every payment made to it."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("household")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const QString id = parser.value(QStringLiteral("household"));
    const auto decided = ApprovedAmounts(*db, *session).history(id);
    if (!decided)
        return ctx.fail(decided.error());
    const auto paid = PaymentBatches(*db, *session).history(id);
    if (!paid)
        return ctx.fail(paid.error());
    QJsonArray approved;
    for (const ApprovedAmount& a : *decided)
        approved.append(QJsonObject{{QStringLiteral("decision_id"), a.decisionId},
                                    {QStringLiteral("source"), a.source},
                                    {QStringLiteral("case_id"), a.caseId},
                                    {QStringLiteral("effective_from"), a.effectiveFrom},
                                    {QStringLiteral("from_month"), a.fromMonth},
                                    {QStringLiteral("classification"), a.classification},
                                    {QStringLiteral("persons"), a.persons},
                                    {QStringLiteral("total_fen"), a.totalFen},
                                    {QStringLiteral("decided_on"), a.decidedOn.toString(Qt::ISODate)},
                                    {QStringLiteral("decided_by"), a.decidedBy}});
    QJsonArray payments;
    for (const PaymentBatches::HouseholdPayment& p : *paid) {
        QJsonObject o = lineJson(p.line);
        o.insert(QStringLiteral("batch"), p.batchNumber);
        o.insert(QStringLiteral("batch_kind"), p.batchKind);
        o.insert(QStringLiteral("batch_state"), p.batchState);
        payments.append(o);
    }
    ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("household_id"), id},
                                           {QStringLiteral("approved"), approved},
                                           {QStringLiteral("payments"), payments}})
                     .toJson(QJsonDocument::Indented);
    return Done;
}

int runBatch(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("payment batch"),
                             {{"create", createBatch},
                              {"show", showBatch},
                              {"approve", approveBatch},
                              {"discard", discardBatch},
                              {"paid", paidBatch},
                              {"export", exportBatch},
                              {"list", listBatches}},
                             args);
}

int runReturns(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("payment returns"), {{"import", importReturns}, {"mark", markReturned}},
                             args);
}

int runLayout(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("payment layout"), {{"set", setLayout}, {"list", listLayouts}}, args);
}

} // namespace

int runPayment(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(
        QStringLiteral("payment"),
        {{"batch", runBatch}, {"returns", runReturns}, {"layout", runLayout}, {"history", history}}, args);
}

} // namespace Doudi::Cli
