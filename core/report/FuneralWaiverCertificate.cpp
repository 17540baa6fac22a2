#include "FuneralWaiverCertificate.h"

#include "DocumentLanguage.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "report/FormHtml.h"
#include "store/AuditLog.h"
#include "store/SiteRepository.h"

namespace Doudi {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString coverLabel(const QString& category)
{
    if (category == QLatin1String("dibao"))
        return FuneralWaiverCertificate::tr("a recipient of the minimum living guarantee (低保)");
    if (category == QLatin1String("tekun"))
        return FuneralWaiverCertificate::tr("a person supported under extreme poverty (特困)");
    return FuneralWaiverCertificate::tr("a child receiving the orphans' basic living allowance");
}
} // namespace

QString FuneralWaiverCertificate::html(const QString& township, const QString& villageName, const FuneralWaiver& w)
{
    const DocumentLanguage chinese;
    const Money amount = Money::fromFen(w.amountFen);
    QString html =
        FormHtml::heading(tr("Certificate of basic funeral services fee waiver"), tr("No. %1").arg(w.certificateNo));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To the funeral home:")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 of %2 (ID number %3), %4 of this township, died on %5.")
                             .arg(w.name, villageName, w.idNumber.masked(), coverLabel(w.category),
                                  DisplayFormat::date(w.diedOn))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Under the policy %1, the basic funeral services (collecting the body, keeping it, "
                            "cremation, keeping the ashes) are waived up to the amount below.")
                             .arg(w.policyId)));
    html += QStringLiteral("<table class=\"form\" width=\"100%\">"
                           "<tr><td class=\"label\" width=\"28%\">%1</td><td>%2</td></tr>"
                           "<tr><td class=\"label\">%3</td><td><b>%4</b></td></tr></table>")
                .arg(esc(tr("Amount waived")), esc(amount.format()), esc(tr("In capitals")),
                     esc(amount.toChineseCapitals()));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("One certificate a person, issued once; a copy is not valid. The funeral home keeps "
                            "this certificate with its bill.")));
    html += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
                .arg(esc(township + tr(" people's government (seal)")), esc(DisplayFormat::date(w.issuedAt.date())));
    html += FormHtml::signatureRow({tr("Issued by:"), tr("Received by (family):"), tr("Date:")});
    return html;
}

Result<QString> FuneralWaiverCertificate::print(Database& database, const Session& session,
                                                const QString& certificateNo)
{
    const auto waiver = FuneralWaivers(database, session).find(certificateNo);
    if (!waiver)
        return waiver.error();
    SiteRepository sites(database, session);
    const auto site = sites.site();
    QString villageName = waiver->villageCode;
    if (const auto village = sites.village(waiver->villageCode); village && village->has_value())
        villageName = (*village)->name;
    if (Status s = AuditLog(database).record(session.userName(), QStringLiteral("print"),
                                             QStringLiteral("funeral_waivers"), waiver->id, certificateNo);
        !s)
        return s.error();
    return html(site ? site->name : QString(), villageName, *waiver);
}

} // namespace Doudi
