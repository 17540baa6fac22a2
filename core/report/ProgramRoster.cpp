#include "ProgramRoster.h"

#include "domain/DisplayFormat.h"
#include "domain/Vocabulary.h"
#include "report/PaymentRoster.h"
#include "rules/ProgramRules.h"

namespace Doudi {

namespace {
const QString kDisabilityLiving = QStringLiteral("disability_living");
const QString kDisabilityCare = QStringLiteral("disability_care");
const QString kOrphanAllowance = QStringLiteral("orphan_allowance");
} // namespace

QStringList ProgramRoster::programsOf(const QString& kind)
{
    if (kind == QLatin1String("disability"))
        return {kDisabilityLiving, kDisabilityCare};
    if (kind == QLatin1String("orphan"))
        return {kOrphanAllowance};
    return {};
}

Roster ProgramRoster::build(const QString& kind, const QList<ProgramRecipient>& recipients,
                            const QHash<QString, QString>& villageNames, const QString& township, const QDate& month)
{
    const bool disability = kind == QLatin1String("disability");
    Roster roster;
    roster.kind = kind;
    roster.title = disability ? tr("Payment roster of the living subsidy for disabled people in difficulty and the "
                                   "care subsidy for the severely disabled")
                              : tr("Payment roster of the basic living allowance for orphans and children without "
                                   "de-facto care");
    roster.township = township;
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::month(month);
    roster.landscape = true;
    roster.linesPerPage = 18;
    roster.headerFields = {{tr("Month paid"), DisplayFormat::month(month)}};
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:"), tr("Township head:")};
    roster.footnotes = {tr("The amounts are those saved with each household's latest determination of the month or "
                           "before. ID numbers show their first 6 and last 4 characters, bank accounts their last 4 "
                           "digits.")};
    QList<RosterColumn> columns;
    if (disability)
        columns = {{tr("No."), RosterColumn::Kind::Text, 4},
                   {tr("Head of household"), RosterColumn::Kind::Text, 8},
                   {tr("Name"), RosterColumn::Kind::Text, 8},
                   {tr("ID number"), RosterColumn::Kind::Text, 17},
                   {tr("Disability"), RosterColumn::Kind::Text, 10},
                   {tr("Bank account"), RosterColumn::Kind::Text, 9},
                   {tr("Living subsidy (元)"), RosterColumn::Kind::Money, 9},
                   {tr("Care subsidy (元)"), RosterColumn::Kind::Money, 9},
                   {tr("Total (元)"), RosterColumn::Kind::Money, 9},
                   {tr("Signature"), RosterColumn::Kind::Signature, 11}};
    else
        columns = {{tr("No."), RosterColumn::Kind::Text, 4},
                   {tr("Name"), RosterColumn::Kind::Text, 8},
                   {tr("ID number"), RosterColumn::Kind::Text, 17},
                   {tr("Child"), RosterColumn::Kind::Text, 12},
                   {tr("Brought up"), RosterColumn::Kind::Text, 8},
                   {tr("Head of household"), RosterColumn::Kind::Text, 8},
                   {tr("Bank account"), RosterColumn::Kind::Text, 9},
                   {tr("Amount (元)"), RosterColumn::Kind::Money, 9},
                   {tr("Signature"), RosterColumn::Kind::Signature, 11}};
    const int totalColumn = disability ? 8 : 7;

    RosterSection* section = nullptr;
    QString village;
    for (const ProgramRecipient& r : recipients) {
        if (!section || r.villageCode != village) {
            village = r.villageCode;
            roster.sections.append(RosterSection::signedByVillage(villageNames.value(village, village), columns));
            section = &roster.sections.last();
        }
        const QString number = QString::number(section->rows.size() + 1);
        const Member& m = r.member;
        if (disability) {
            const QString certificate =
                m.disability.isNone()
                    ? QString()
                    : tr("%1, grade %2").arg(Vocabulary::disabilityLabel(m.disability.type)).arg(m.disability.grade);
            section->rows.append({number, r.headName, m.name, m.idNumber.masked(), certificate,
                                  PaymentRoster::maskAccount(r.bankAccount), r.fenByProgram.value(kDisabilityLiving),
                                  r.fenByProgram.value(kDisabilityCare), r.totalFen(), QString()});
        } else {
            const QString child = ProgramRules::isOrphan(m.parents) ? tr("Orphan") : tr("Without de-facto care");
            section->rows.append({number, m.name, m.idNumber.masked(), child,
                                  Vocabulary::careSettingLabel(m.careSetting), r.headName,
                                  PaymentRoster::maskAccount(r.bankAccount), r.totalFen(), QString()});
        }
    }
    if (roster.sections.isEmpty()) {
        RosterSection empty;
        empty.columns = columns;
        empty.emptyText = tr("Nobody is paid in %1.").arg(DisplayFormat::month(month));
        roster.sections.append(empty);
        return roster;
    }
    RosterSection total;
    total.title = tr("Township total");
    total.columns = {{tr("Village"), RosterColumn::Kind::Text, 12},
                     {tr("Persons"), RosterColumn::Kind::Count, 6},
                     {tr("Amount (元)"), RosterColumn::Kind::Money, 10}};
    total.totals = true;
    total.summary = true;
    for (const RosterSection& v : std::as_const(roster.sections))
        total.rows.append({v.title, qint64(v.rows.size()), v.sum(totalColumn)});
    roster.sections.append(total);
    return roster;
}

} // namespace Doudi
