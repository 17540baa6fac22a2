#include "CaseDocuments.h"

#include "Clock.h"
#include "DocumentLanguage.h"
#include "cases/CaseWorkflow.h"
#include "domain/DisplayFormat.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "report/FormHtml.h"
#include "store/AuditLog.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// The members, ID numbers masked: who the paper is about.
QString membersTable(const Household& h, bool withHealth)
{
    QString html = QStringLiteral("<table class=\"form\" width=\"100%\" cellspacing=\"0\"><tr>");
    QStringList headings{CaseDocuments::tr("Name"), CaseDocuments::tr("Relation"), CaseDocuments::tr("ID number"),
                         CaseDocuments::tr("Age")};
    if (withHealth)
        headings.append(CaseDocuments::tr("Health, disability, work"));
    // Widths so that a masked ID number stays on one line and the health column has room to write.
    const QList<int> widths = withHealth ? QList<int>{13, 13, 27, 7, 40} : QList<int>{20, 20, 45, 15};
    for (int i = 0; i < headings.size(); ++i)
        html += QStringLiteral("<td class=\"label\" width=\"%1%\">%2</td>").arg(widths.at(i)).arg(esc(headings.at(i)));
    html += QStringLiteral("</tr>");
    const QDate today = Clock::currentDate();
    for (const Member& m : h.members) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"white-space: nowrap\">%3</td><td>%4</td>")
                    .arg(esc(m.name), esc(Vocabulary::relationLabel(m.relation)), esc(m.idNumber.masked()))
                    .arg(ageOn(m.effectiveBirthDate(), today));
        if (withHealth)
            html += QStringLiteral("<td></td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString CaseDocuments::visitForm(const QString& township, const QString& villageName, const Household& h,
                                 const CaseStep* visit)
{
    const DocumentLanguage chinese;
    QJsonObject record;
    if (visit)
        record = QJsonDocument::fromJson(visit->note.toUtf8()).object();
    const Member* head = h.head();
    QString html = FormHtml::heading(tr("Home visit record"), township + QStringLiteral("　") + villageName);
    html += QStringLiteral("<table class=\"form\" width=\"100%\" cellspacing=\"0\">");
    html +=
        QStringLiteral("<tr><td class=\"label\" width=\"18%\">%1</td><td width=\"32%\">%2</td>"
                       "<td class=\"label\" width=\"18%\">%3</td><td width=\"32%\">%4</td></tr>")
            .arg(esc(tr("Head of household")), esc(head ? head->name : QString()), esc(tr("Address")), esc(h.address));
    html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td><td class=\"label\">%3</td><td>%4</td></tr>")
                .arg(esc(tr("Date of the visit")), esc(visit ? DisplayFormat::date(visit->onDate) : QString()),
                     esc(tr("Household size")), esc(tr("%n person(s)", nullptr, int(h.members.size()))));
    html += QStringLiteral("</table><p></p>");
    html += membersTable(h, true);
    html += QStringLiteral("<p></p><table class=\"form\" width=\"100%\" cellspacing=\"0\">");
    const QString findings = record.value(QStringLiteral("findings")).toString();
    for (const QString& topic : {tr("Housing"), tr("Assets seen (vehicles, machinery, livestock, business)"),
                                 tr("Health of the members"), tr("Living conditions")}) {
        // Room to write by hand (QTextDocument ignores cell heights).
        html += QStringLiteral("<tr><td class=\"label\" width=\"28%\">%1</td><td><br><br></td></tr>").arg(esc(topic));
    }
    html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2<br><br></td></tr>")
                .arg(esc(tr("Findings")), esc(findings));
    html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                .arg(esc(tr("Family members present")), esc(record.value(QStringLiteral("present")).toString()));
    QStringList investigators;
    for (const QJsonValue& v : record.value(QStringLiteral("investigators")).toArray())
        investigators.append(v.toString());
    html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                .arg(esc(tr("Investigators (two or more)")), esc(investigators.join(tr(", "))));
    html += QStringLiteral("</table>");
    html += FormHtml::signatureRow({tr("Investigators' signatures:"), tr("Family's signature:"), tr("Date:")});
    if (visit && record.value(QStringLiteral("family_signed")).toBool())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The family signed the record on the day of the visit.")));
    return html;
}

QString CaseDocuments::authorisation(const QString& township, const Household& h)
{
    const DocumentLanguage chinese;
    QString html = FormHtml::heading(tr("Authorisation to check the family's economic situation"), township);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("We, the members of this household, apply for social assistance and authorise the civil "
                            "affairs departments to check, through the departments and institutions that hold them, "
                            "our income, property, bank deposits, securities, vehicles, real estate, social "
                            "insurance and business registrations. We know that what we declared will be checked, "
                            "that false declarations lead to refusal or to the recovery of what was paid, and that "
                            "the results are used only for the assessment.")));
    html += membersTable(h, false);
    QStringList signers;
    for (const Member& m : h.members) {
        if (ageOn(m.effectiveBirthDate(), Clock::currentDate()) >= 18)
            signers.append(tr("%1, signature:").arg(m.name));
    }
    html += FormHtml::signatureRow(signers);
    html += FormHtml::signatureRow({tr("Date:")});
    return html;
}

QString CaseDocuments::missingMaterials(const QString& township, const Household& h, const CaseRecord& c)
{
    const DocumentLanguage chinese;
    const Member* head = h.head();
    QString html = FormHtml::heading(tr("Notice of the materials still needed"), township);
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To %1:").arg(head ? head->name : QString())));
    QStringList missing;
    for (const QString& document : CaseWorkflow::documents()) {
        if (!c.documents.contains(document))
            missing.append(document);
    }
    if (missing.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Your %1 accepted on %2 has every material it needs. You will be told of each further "
                                "step.")
                                 .arg(CaseWorkflow::typeLabel(c.type), DisplayFormat::date(c.openedOn))));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Your %1 was accepted on %2. To assess it, we still need the following, all of which "
                                "we tell you now at once:")
                                 .arg(CaseWorkflow::typeLabel(c.type), DisplayFormat::date(c.openedOn))));
        html += QStringLiteral("<ol>");
        for (const QString& document : missing)
            html += QStringLiteral("<li>%1</li>").arg(esc(CaseWorkflow::documentLabel(document)));
        html += QStringLiteral("</ol>");
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Please bring them to the township's social assistance office. The time limits of "
                                "your case run from the day they are complete.")));
    }
    html += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
                .arg(esc(township + tr(" people's government (seal)")), esc(DisplayFormat::date(Clock::currentDate())));
    html += FormHtml::signatureRow({tr("Received by:"), tr("Date:")});
    return html;
}

QString CaseDocuments::refusalNotice(const QString& township, const Household& h, const CaseRecord& c)
{
    const DocumentLanguage chinese;
    const Member* head = h.head();
    QDate decided;
    for (const CaseStep& s : c.steps) {
        if (s.action == QLatin1String("refuse"))
            decided = s.onDate;
    }
    QString html = FormHtml::heading(tr("Notice of refusal"), township);
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To %1:").arg(head ? head->name : QString())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Your household's %1 accepted on %2 was reviewed. It does not meet the conditions and is "
                            "not approved.")
                             .arg(CaseWorkflow::typeLabel(c.type), DisplayFormat::date(c.openedOn))));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Reason:")), esc(c.decisionReason));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("If you disagree with this decision, you may apply for administrative reconsideration "
                            "within 60 days of receiving this notice, or bring an administrative lawsuit within six "
                            "months. If your situation changes, you may apply again.")));
    html += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
                .arg(esc(township + tr(" people's government (seal)")),
                     esc(decided.isValid() ? DisplayFormat::date(decided) : QString()));
    html += FormHtml::signatureRow({tr("Received by:"), tr("Date:")});
    return html;
}

Result<QString> CaseDocuments::forCase(Database& database, const Session& session, const CaseRecord& record,
                                       const QString& paper)
{
    const auto household = HouseholdRepository(database, session).load(record.householdId);
    if (!household)
        return household.error();
    SiteRepository sites(database, session);
    const auto site = sites.site();
    const QString township = site ? site->name : QString();
    QString html;
    if (paper == QLatin1String("visit-blank") || paper == QLatin1String("visit")) {
        QString village;
        if (const auto villages = sites.villages()) {
            for (const Village& v : *villages) {
                if (v.code == household->villageCode)
                    village = v.name;
            }
        }
        const CaseStep* visit = nullptr;
        if (paper == QLatin1String("visit")) {
            for (const CaseStep& s : record.steps) {
                if (CaseWorkflow::isRecordingOnly(s.action))
                    visit = &s;
            }
            if (!visit)
                return Error::failed(tr("No home visit is recorded for this case yet."));
        }
        html = visitForm(township, village, *household, visit);
    } else if (paper == QLatin1String("materials")) {
        html = missingMaterials(township, *household, record);
    } else if (paper == QLatin1String("authorisation")) {
        html = authorisation(township, *household);
    } else if (paper == QLatin1String("refusal")) {
        const bool refused = std::any_of(record.steps.cbegin(), record.steps.cend(),
                                         [](const CaseStep& s) { return s.action == QLatin1String("refuse"); });
        if (!refused)
            return Error::failed(tr("The case was not refused."));
        html = refusalNotice(township, *household, record);
    } else {
        return Error::invalid(QStringLiteral("paper"), tr("unknown paper %1").arg(paper));
    }
    if (Status s = AuditLog(database).record(session.userName(), QStringLiteral("print"), QStringLiteral("cases"),
                                             record.id, paper);
        !s)
        return s.error();
    return html;
}

} // namespace Doudi
