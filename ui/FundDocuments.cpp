#include "FundDocuments.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "fund/FundLedger.h"
#include "fund/FundTerms.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

namespace Doudi {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const char* const kStyle = "<style>"
                           "h1 { font-size: 15pt; text-align: center; margin: 0; }"
                           "p.sub { text-align: center; margin: 2px 0 8px 0; }"
                           "table.form { border-collapse: collapse; }"
                           "table.form td { border: 1px solid #000; padding: 5px 6px; }"
                           "td.label { background: #f0f0f0; width: 16%; }"
                           "table.sign td { padding-top: 24px; }"
                           "p.note { font-size: 9pt; color: #444; }"
                           "</style>";

// A row of places to sign, spread over the width of the page.
QString signatures(const QStringList& labels)
{
    QString cells;
    for (const QString& label : labels)
        cells += QStringLiteral("<td>%1</td>").arg(esc(label));
    return QStringLiteral("<table class=\"sign\" width=\"100%\"><tr>%1</tr></table>").arg(cells);
}

} // namespace

QString FundDocuments::voucher(const QString& townshipName, const FundEntry& p, const VoucherHousehold& h)
{
    const auto row = [](const QString& label1, const QString& value1, const QString& label2, const QString& value2) {
        return QStringLiteral("<tr><td class=\"label\" width=\"16%\">%1</td><td width=\"30%\">%2</td>"
                              "<td class=\"label\" width=\"16%\">%3</td><td width=\"38%\">%4</td></tr>")
            .arg(esc(label1), value1, esc(label2), value2);
    };
    QString html = QString::fromLatin1(kStyle);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Temporary assistance reserve fund payment voucher")));
    html += QStringLiteral("<p class=\"sub\">%1　　%2</p>")
                .arg(esc(townshipName), esc(tr("Voucher no. %1").arg(p.document)));
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
    html += signatures({tr("Recipient's signature:"), tr("Preparer:"), tr("Approver:")});
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
    return voucher(site ? site->name : QString(), *payment, h);
}

} // namespace Doudi
