#include "ReferralLetter.h"

#include "DocumentLanguage.h"
#include "domain/DisplayFormat.h"
#include "report/FormHtml.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

namespace Doudi {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"24%\">%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}
} // namespace

QString ReferralLetter::html(const QString& township, const QString& villageName, const Referral& r,
                             const HelpResource& resource, const QString& maskedIdNumber)
{
    const DocumentLanguage chinese;
    QString html = FormHtml::heading(tr("Referral letter"), tr("No. %1").arg(r.letterNo));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To %1:").arg(resource.provider)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The person below, of %1, has needs that the minimum living guarantee and the other "
                            "assistance of this township do not meet. We refer them to your %2 and ask you to "
                            "receive them and help within your rules.")
                             .arg(villageName, resource.name)));
    html += QStringLiteral("<table class=\"form\" width=\"100%\">");
    html += row(tr("Name"), r.personName);
    html += row(tr("ID number"), maskedIdNumber);
    html += row(tr("Village"), villageName);
    html += row(tr("Referred from"), Referrals::sourceLabel(r.source));
    html += row(tr("What help is needed"), r.need);
    html += row(tr("Your programme"), resource.offers);
    if (!resource.conditions.isEmpty())
        html += row(tr("Its conditions"), resource.conditions);
    html += row(tr("Sent on"), DisplayFormat::date(r.sentOn));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Please send the receipt below back within %1 working days, and tell the office what "
                            "was done.")
                             .arg(Referrals::kReplyWorkingDays)));
    html += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
                .arg(esc(township + tr(" people's government (seal)")), esc(DisplayFormat::date(r.sentOn)));
    html += FormHtml::signatureRow({tr("Handled by:"), tr("Phone:")});
    // The receipt: cut off along the line and returned by the entry.
    html += QStringLiteral("<hr><p align=\"center\"><b>%1</b> %2</p>")
                .arg(esc(tr("Receipt of referral")), esc(tr("No. %1").arg(r.letterNo)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 (referred by %2 on %3): ☐ accepted  ☐ helped  ☐ declined, because:")
                             .arg(r.personName, township, DisplayFormat::date(r.sentOn))));
    html += QStringLiteral("<p>&nbsp;</p>");
    html += FormHtml::signatureRow({tr("Entry (seal):"), tr("Handled by:"), tr("Date:")});
    return html;
}

Result<QString> ReferralLetter::print(Database& database, const Session& session, const QString& referralId)
{
    const auto referral = Referrals(database, session).find(referralId);
    if (!referral)
        return referral.error();
    const auto resource = HelpResources(database, session).find(referral->resourceId);
    if (!resource)
        return resource.error();
    if (!resource->has_value())
        return Error::failed(tr("The library has no entry %1 for this referral.").arg(referral->resourceId));
    QString maskedId;
    const auto household = HouseholdRepository(database, session).load(referral->householdId);
    if (!household)
        return household.error();
    for (const Member& m : household->members) {
        if (m.uuid == referral->memberId)
            maskedId = m.idNumber.masked();
    }
    SiteRepository sites(database, session);
    const auto site = sites.site();
    const QString villageName = sites.villageNames().value(referral->villageCode, referral->villageCode);
    if (Status s = AuditLog(database).record(session.userName(), QStringLiteral("print"), QStringLiteral("referrals"),
                                             referral->id, referral->letterNo);
        !s)
        return s.error();
    return html(site ? site->name : QString(), villageName, *referral, **resource, maskedId);
}

} // namespace Doudi
