#include "HouseholdFile.h"

#include "Clock.h"
#include "DocumentLanguage.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "fund/FundLedger.h"
#include "fund/FundTerms.h"
#include "payments/ApprovedAmounts.h"
#include "payments/PaymentBatches.h"
#include "report/FormHtml.h"
#include "report/PaymentRoster.h"
#include "rules/DeterminationJson.h"
#include "store/AuditLog.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PeopleNames.h"
#include "store/SiteRepository.h"

#include <algorithm>
#include <tuple>

namespace Doudi {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).format();
}

QString monthOf(const QString& yearMonth)
{
    return DisplayFormat::month(QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate));
}

// A bordered table: a grey heading row, then the rows; `right` names the columns of amounts.
QString table(const QStringList& headings, const QList<int>& widths, const QList<QStringList>& rows,
              const QList<int>& right = {})
{
    QString html = QStringLiteral("<table class=\"form\" width=\"100%\" cellspacing=\"0\"><tr>");
    for (int i = 0; i < headings.size(); ++i)
        html +=
            QStringLiteral("<td class=\"label\" width=\"%1%\">%2</td>").arg(widths.value(i)).arg(esc(headings.at(i)));
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            html += (right.contains(i) ? QStringLiteral("<td align=\"right\">%1</td>") : QStringLiteral("<td>%1</td>"))
                        .arg(esc(row.at(i)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString none()
{
    return QStringLiteral("<p>%1</p>").arg(esc(HouseholdFile::tr("None.")));
}

} // namespace

Result<QString> HouseholdFile::html(Database& database, const Session& session, const QString& householdId,
                                    bool idNumbersRevealed)
{
    const auto loaded = HouseholdRepository(database, session).load(householdId);
    if (!loaded)
        return loaded.error();
    const Household& h = *loaded;
    const DocumentLanguage chinese;
    const bool fullIds = idNumbersRevealed && session.may(Action::RevealIdNumber);
    const QDate today = Clock::currentDate();
    const PeopleNames people(database);

    SiteRepository sites(database, session);
    const auto site = sites.site();
    QString village = h.villageCode;
    if (const auto villages = sites.villages()) {
        for (const Village& v : *villages) {
            if (v.code == h.villageCode)
                village = v.name;
        }
    }
    const Member* head = h.head();
    QString html = FormHtml::heading(
        tr("Household file"), (site ? site->name : QString()) + QStringLiteral("　") + village + QStringLiteral("　") +
                                  tr("Head of household: %1").arg(head ? head->name : QString()));
    html += QStringLiteral("<style>h2 { font-size: 11.5pt; margin: 12px 0 4px 0; }</style>");

    html += section(tr("Basic facts"));
    html += table(
        {tr("Address"), tr("Residence"), tr("Assistance now"), tr("Monthly benefit"), tr("Bank account")},
        {30, 12, 16, 18, 24},
        {{h.address, Vocabulary::residenceLabel(h.residence), Vocabulary::statusLabel(h.status),
          h.monthlyBenefitFen > 0 ? yuan(h.monthlyBenefitFen) : QString(), PaymentRoster::maskAccount(h.bankAccount)}},
        {3});

    html += section(tr("Members (%n person(s))", nullptr, int(h.members.size())));
    QList<QStringList> members;
    for (const Member& m : h.members) {
        QStringList health;
        if (!m.disability.isNone())
            health.append(
                tr("%1, grade %2").arg(Vocabulary::disabilityLabel(m.disability.type)).arg(m.disability.grade));
        if (m.seriousIllness)
            health.append(tr("serious illness"));
        if (m.chronicIllness)
            health.append(tr("chronic illness"));
        if (m.student)
            health.append(tr("student"));
        if (m.adlFailed > 0)
            health.append(tr("%n daily activity(ies) not managed", nullptr, m.adlFailed));
        members.append({m.name, Vocabulary::relationLabel(m.relation),
                        fullIds ? m.idNumber.toString() : m.idNumber.masked(),
                        fullIds ? DisplayFormat::date(m.effectiveBirthDate()) : QStringLiteral("****-**-**"),
                        Vocabulary::sexLabel(m.sex()), QString::number(ageOn(m.effectiveBirthDate(), today)),
                        health.join(tr(", "))});
    }
    html += table({tr("Name"), tr("Relation"), tr("ID number"), tr("Birth date"), tr("Sex"), tr("Age"),
                   tr("Health, disability, school")},
                  {11, 12, 23, 13, 7, 7, 27}, members);

    html += section(tr("Income and expenditure per year"));
    QList<QStringList> money;
    for (const IncomeItem& item : h.income) {
        const QString who =
            item.member && *item.member < h.members.size() ? h.members.at(*item.member).name : tr("Whole household");
        money.append({tr("Income"), who, Vocabulary::incomeTypeLabel(item.type), yuan(item.annualFen)});
    }
    for (const ExpenditureItem& item : h.expenditure)
        money.append({tr("Expenditure"), tr("Whole household"), Vocabulary::expenditureTypeLabel(item.type),
                      yuan(item.annualFen)});
    html += money.isEmpty() ? none()
                            : table({tr("Kind"), tr("Member"), tr("Type"), tr("Yuan")}, {14, 20, 44, 22}, money, {3});

    html += section(tr("Assets"));
    QList<QStringList> assets{{tr("Financial assets"), yuan(h.assets.financialFen)}};
    for (const Vehicle& v : h.assets.vehicles)
        assets.append({tr("Vehicle: %1").arg(Vocabulary::vehicleKindLabel(v.kind)), yuan(v.valueFen)});
    for (const Dwelling& d : h.assets.dwellings)
        assets.append({d.dangerous ? tr("House: dangerous (grade C/D)") : tr("House"), d.note});
    if (h.assets.businessRegistration)
        assets.append({tr("A member has a business registration"), QString()});
    html += table({tr("Asset"), tr("Value or note")}, {60, 40}, assets);

    html += section(tr("Determinations"));
    QList<QStringList> determinations;
    if (const auto saved = DeterminationRepository(database, session).history(householdId)) {
        for (const auto& [when, d] : *saved)
            determinations.append({DisplayFormat::date(when.toLocalTime().date()), monthOf(d.month),
                                   DeterminationJson::classificationLabel(d.classification), yuan(d.totalFen)});
    }
    html += determinations.isEmpty() ? none()
                                     : table({tr("Saved on"), tr("For"), tr("Result"), tr("A month")}, {22, 22, 34, 22},
                                             determinations, {3});

    html += section(tr("Cases"));
    QList<QStringList> cases;
    if (const auto all = CaseRepository(database, session).forHousehold(householdId)) {
        for (const CaseRecord& c : *all) {
            QStringList steps;
            for (const CaseStep& s : c.steps)
                steps.append(tr("%1 %2 (%3)")
                                 .arg(DisplayFormat::date(s.onDate), CaseWorkflow::actionLabel(s.action),
                                      people.of(s.userName)));
            cases.append({CaseWorkflow::typeLabel(c.type), DisplayFormat::date(c.openedOn),
                          CaseWorkflow::stateLabel(c.state), c.amountFen >= 0 ? yuan(c.amountFen) : QString(),
                          steps.join(QStringLiteral("；"))});
        }
    }
    html += cases.isEmpty() ? none()
                            : table({tr("Case"), tr("Accepted"), tr("State"), tr("A month"), tr("Steps")},
                                    {16, 13, 12, 13, 46}, cases, {3});

    if (session.may(Action::ViewFund)) {
        html += section(tr("Monthly amounts decided and paid"));
        // Month by month: what was decided from it, then what was paid for it.
        QList<std::tuple<QString, int, QStringList>> lines;
        if (const auto decided = ApprovedAmounts(database, session).history(householdId)) {
            for (const ApprovedAmount& a : *decided)
                lines.append({a.fromMonth,
                              0,
                              {monthOf(a.fromMonth), tr("decided (%1)").arg(DisplayFormat::date(a.decidedOn)),
                               a.pays() ? yuan(a.totalFen) : tr("none"), QString()}});
        }
        if (const auto payments = PaymentBatches(database, session).history(householdId)) {
            for (const PaymentBatches::HouseholdPayment& p : *payments)
                lines.append(
                    {p.line.forMonth,
                     1,
                     {monthOf(p.line.forMonth), tr("paid, batch %1").arg(p.batchNumber), yuan(p.line.amountFen),
                      p.line.state == QLatin1String("failed")
                          ? PaymentBatches::stateLabel(p.line.state) + QStringLiteral("：") + p.line.failureReason
                          : PaymentBatches::stateLabel(p.line.state)}});
        }
        std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
            return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
        });
        QList<QStringList> paid;
        for (const auto& line : lines)
            paid.append(std::get<2>(line));
        html += paid.isEmpty()
                    ? none()
                    : table({tr("Month"), tr("What"), tr("Amount"), tr("Outcome")}, {14, 46, 16, 24}, paid, {2});

        html += section(tr("Reserve fund payments"));
        QList<QStringList> fund;
        if (const auto entries = FundLedger(database, session).forHousehold(householdId)) {
            for (const FundEntry& e : *entries)
                fund.append({DisplayFormat::date(e.date), FundTerms::kindLabel(e.kind), e.document,
                             e.kind == QLatin1String("reversal") ? QString() : yuan(e.amountFen), e.reason});
        }
        html += fund.isEmpty() ? none()
                               : table({tr("Date"), tr("Entry"), tr("Voucher"), tr("Amount"), tr("Reason")},
                                       {14, 12, 18, 16, 40}, fund, {3});
    }

    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Printed by %1 on %2, from the records as saved.")
                             .arg(session.displayName(), DisplayFormat::date(today))));
    if (Status s = AuditLog(database).record(session.userName(), QStringLiteral("print"), QStringLiteral("households"),
                                             householdId, QStringLiteral("file"));
        !s)
        return s.error();
    return html;
}

} // namespace Doudi
