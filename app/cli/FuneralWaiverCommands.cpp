#include "Commands.h"

#include "HtmlPdf.h"
#include "domain/Money.h"
#include "payments/FuneralWaivers.h"
#include "report/FuneralWaiverCertificate.h"
#include "store/HouseholdRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

QJsonObject waiverJson(const FuneralWaiver& w)
{
    return {{QStringLiteral("issued"), w.issued()},
            {QStringLiteral("certificate_no"), w.certificateNo},
            {QStringLiteral("household_id"), w.householdId},
            {QStringLiteral("member_id"), w.memberId},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("id_number"), w.idNumber.masked()},
            {QStringLiteral("village"), w.villageCode},
            {QStringLiteral("died_on"), w.diedOn.toString(Qt::ISODate)},
            {QStringLiteral("category"), w.category},
            {QStringLiteral("amount_fen"), w.amountFen},
            {QStringLiteral("amount_in_capitals"), Money::fromFen(w.amountFen).toChineseCapitals()},
            {QStringLiteral("policy_id"), w.policyId},
            {QStringLiteral("issued_at"), w.issued() ? w.issuedAt.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("issued_by"), w.issuedBy}};
}

void printList(CliContext& ctx, const QList<FuneralWaiver>& waivers)
{
    QJsonArray out;
    for (const FuneralWaiver& w : waivers)
        out.append(waiverJson(w));
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
}

// The certificate as a PDF, its printing recorded.
Status writeCertificate(Database& db, const Session& session, const QString& certificateNo, const QString& path)
{
    const auto html = FuneralWaiverCertificate::print(db, session, certificateNo);
    if (!html)
        return html.error();
    return HtmlPdf::write(path, FuneralWaiverCertificate::tr("Funeral waiver %1").arg(certificateNo), *html,
                          QPageLayout::Portrait);
}

int offers(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(
            parser, args, CliContext::tr("The funeral waivers a household's recorded deaths give, issued or not."));
        r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("household")))
        return Usage;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto waivers = FuneralWaivers(*db, *session).forHousehold(parser.value(QStringLiteral("household")));
    if (!waivers)
        return ctx.fail(waivers.error());
    printList(ctx, *waivers);
    return Done;
}

int issue(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("household"), CliContext::tr("The household's id."), CliContext::tr("ID")});
    parser.addOption({QStringLiteral("member"),
                      CliContext::tr("The member who died: their place in the household (0 is the first) or id."),
                      CliContext::tr("MEMBER")});
    parser.addOption(
        {QStringLiteral("pdf"), CliContext::tr("Write the certificate to this PDF."), CliContext::tr("FILE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Issue a funeral waiver's certificate, once a person."));
        r >= 0)
        return r;
    for (const char* option : {"household", "member"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const QString householdId = parser.value(QStringLiteral("household"));
    QString memberId = parser.value(QStringLiteral("member"));
    bool isIndex = false;
    const int index = memberId.toInt(&isIndex);
    if (isIndex) {
        const auto household = HouseholdRepository(*db, *session).load(householdId);
        if (!household)
            return ctx.fail(household.error());
        if (index < 0 || index >= household->members.size())
            return ctx.fail(Error::invalid(
                QStringLiteral("member"),
                CliContext::tr("the household has %1 members, counted from 0").arg(household->members.size())));
        memberId = household->members.at(index).uuid;
    }
    const auto waiver = FuneralWaivers(*db, *session).issue(householdId, memberId);
    if (!waiver)
        return ctx.fail(waiver.error());
    ctx.out() << QJsonDocument(waiverJson(*waiver)).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("pdf"))) {
        if (Status s = writeCertificate(*db, *session, waiver->certificateNo, parser.value(QStringLiteral("pdf"))); !s)
            return ctx.fail(Error::failed(CliContext::tr("The waiver is issued (certificate %1), but its PDF was not "
                                                         "written: %2 Print it with funeral-waiver print.")
                                              .arg(waiver->certificateNo, s.error().toString())));
    }
    return Done;
}

int list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption(
        {QStringLiteral("village"), CliContext::tr("Only this village (its 12-digit code)."), CliContext::tr("CODE")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON (the default).")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("The funeral waivers issued, newest first.")); r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto waivers = FuneralWaivers(*db, *session).issued(parser.value(QStringLiteral("village")));
    if (!waivers)
        return ctx.fail(waivers.error());
    printList(ctx, *waivers);
    return Done;
}

int print(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("certificate"), CliContext::tr("The certificate's number, e.g. 2026-0001."),
                      CliContext::tr("NO")});
    parser.addOption({QStringLiteral("pdf"), CliContext::tr("The PDF to write."), CliContext::tr("FILE")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Print an issued funeral waiver's certificate again."));
        r >= 0)
        return r;
    for (const char* option : {"certificate", "pdf"}) {
        if (!ctx.require(parser, QString::fromLatin1(option)))
            return Usage;
    }
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    if (Status s = writeCertificate(*db, *session, parser.value(QStringLiteral("certificate")),
                                    parser.value(QStringLiteral("pdf")));
        !s)
        return ctx.fail(s.error());
    return Done;
}

} // namespace

int runFuneralWaiver(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(QStringLiteral("funeral-waiver"),
                             {{"offers", offers}, {"issue", issue}, {"list", list}, {"print", print}}, args);
}

} // namespace Doudi::Cli
