#include "FundDocuments.h"

#include "DocumentLanguage.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "fund/FundTerms.h"
#include "report/FormHtml.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/PeopleNames.h"
#include "store/SiteRepository.h"

namespace Doudi {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString FundDocuments::voucher(const QString& townshipName, const FundEntry& p, const VoucherHousehold& h)
{
    const DocumentLanguage chinese;
    const auto row = [](const QString& label1, const QString& value1, const QString& label2, const QString& value2) {
        return QStringLiteral("<tr><td class=\"label\" width=\"16%\">%1</td><td width=\"30%\">%2</td>"
                              "<td class=\"label\" width=\"16%\">%3</td><td width=\"38%\">%4</td></tr>")
            .arg(esc(label1), value1, esc(label2), value2);
    };
    QString html = FormHtml::heading(tr("Temporary assistance reserve fund payment voucher"),
                                     townshipName + QStringLiteral("　　") + tr("Voucher no. %1").arg(p.document));
    html += QStringLiteral("<table class=\"form\" width=\"100%\" cellspacing=\"0\">");
    html += row(tr("Date paid"), esc(DisplayFormat::date(p.date)), tr("Village"), esc(h.villageName));
    html += row(tr("Recipient"), esc(p.recipient), tr("Head of household"),
                esc(h.headName) + QStringLiteral("（") + esc(h.maskedIdNumber) + QStringLiteral("）"));
    html += row(tr("Household size"), esc(tr("%n person(s)", nullptr, h.members)), tr("Reason type"),
                esc(FundTerms::reasonTypeLabel(p.reasonType)));
    html += QStringLiteral("<tr><td class=\"label\">%1</td><td colspan=\"3\">%2</td></tr>")
                .arg(esc(tr("Reason")), esc(p.reason));
    html += QStringLiteral("<tr><td class=\"label\">%1</td><td colspan=\"3\"><b>%2</b>　　%3</td></tr>")
                .arg(esc(tr("Amount")), esc(Money::fromFen(p.amountFen).toChineseCapitals()),
                     esc(QStringLiteral("¥") + Money::fromFen(p.amountFen).formatPlain()));
    html += row(tr("Method"), esc(FundTerms::methodLabel(p.method)), tr("Paperwork due"),
                esc(p.paperworkDue.isValid() ? DisplayFormat::date(p.paperworkDue) : tr("handed in before payment")));
    if (!p.meetingRef.isEmpty() || !p.overrideReason.isEmpty())
        html +=
            row(tr("Collective decision"), esc(p.meetingRef), tr("Second payment this year"), esc(p.overrideReason));
    html += row(tr("Prepared by"), esc(p.preparedBy), tr("Approved by"), esc(p.approvedBy));
    html += QStringLiteral("</table>");
    html += FormHtml::signatureRow({tr("Recipient's signature:"), tr("Preparer:"), tr("Approver:")});
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Paid from the township reserve fund first (先行救助); the paperwork follows within the "
                            "time limit. Keep this voucher with the monthly statement.")));
    return html;
}

Result<QString> FundDocuments::voucherFor(Database& database, const Session& session, const QString& paymentId)
{
    const auto payment = FundLedger(database, session).find(paymentId);
    if (!payment)
        return payment.error();
    if (payment->kind != QLatin1String("payment"))
        return Error::failed(tr("Only a payment has a voucher."));
    const auto household = HouseholdRepository(database, session).load(payment->householdId);
    if (!household)
        return household.error();
    VoucherHousehold h;
    if (const Member* head = household->head()) {
        h.headName = head->name;
        h.maskedIdNumber = head->idNumber.masked();
    }
    h.members = int(household->members.size());
    SiteRepository sites(database, session);
    if (const auto villages = sites.villages()) {
        for (const Village& v : *villages) {
            if (v.code == household->villageCode)
                h.villageName = v.name;
        }
    }
    const auto site = sites.site();
    if (Status s = AuditLog(database).record(session.userName(), QStringLiteral("print"),
                                             QStringLiteral("fund_entries"), paymentId, tr("voucher"));
        !s)
        return s.error();
    // The voucher names the people who prepared and approved the payment, as they sign it.
    FundEntry named = *payment;
    const PeopleNames people(database);
    named.preparedBy = people.of(payment->preparedBy);
    named.approvedBy = people.of(payment->approvedBy);
    return voucher(site ? site->name : QString(), named, h);
}

} // namespace Doudi
