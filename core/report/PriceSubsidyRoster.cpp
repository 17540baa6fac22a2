#include "PriceSubsidyRoster.h"

#include "domain/DisplayFormat.h"
#include "report/PaymentRoster.h"

#include <QMap>

namespace Doudi {

Roster PriceSubsidyRoster::build(const QList<PriceSubsidyLine>& paid, const QHash<QString, QString>& villageNames,
                                 const QString& township, const QDate& month,
                                 const std::optional<RecordedPriceIndex>& index)
{
    Roster roster;
    roster.kind = QStringLiteral("price");
    roster.title = tr("Payment roster of the temporary price subsidy");
    roster.township = township;
    roster.month = month.toString(QStringLiteral("yyyy-MM"));
    roster.period = DisplayFormat::month(month);
    roster.landscape = true;
    roster.linesPerPage = 18;
    roster.headerFields = {{tr("Month paid"), DisplayFormat::month(month)}};
    if (index)
        roster.headerFields.append(
            {tr("Price index"),
             tr("CPI %1, food %2 against a year before (%3)")
                 .arg(DisplayFormat::permilleAsPercent(index->index.cpiYoyPermille),
                      DisplayFormat::permilleAsPercent(index->index.foodCpiYoyPermille), index->source.left(60))});
    roster.signatures = {tr("Prepared by:"), tr("Reviewed by:"), tr("Township head:")};
    roster.footnotes = {tr("A one-off payment for the month to each person covered, paid into the household's "
                           "account. ID numbers show their first 6 and last 4 characters, bank accounts their last "
                           "4 digits.")};
    const QList<RosterColumn> columns = {
        {tr("No."), RosterColumn::Kind::Text, 4},          {tr("Head of household"), RosterColumn::Kind::Text, 8},
        {tr("Name"), RosterColumn::Kind::Text, 8},         {tr("ID number"), RosterColumn::Kind::Text, 17},
        {tr("Covered as"), RosterColumn::Kind::Text, 12},  {tr("Bank account"), RosterColumn::Kind::Text, 9},
        {tr("Amount (元)"), RosterColumn::Kind::Money, 9}, {tr("Signature"), RosterColumn::Kind::Signature, 12},
    };
    constexpr int kAmountColumn = 6;
    QMap<QString, QPair<qint64, qint64>> byCategory; // persons, fen
    RosterSection* section = nullptr;
    QString village;
    for (const PriceSubsidyLine& line : paid) {
        if (!section || line.villageCode != village) {
            village = line.villageCode;
            roster.sections.append(RosterSection::signedByVillage(villageNames.value(village, village), columns));
            section = &roster.sections.last();
        }
        section->rows.append({QString::number(section->rows.size() + 1), line.headName, line.name,
                              line.idNumber.masked(), PriceSubsidyRun::categoryLabel(line.category),
                              PaymentRoster::maskAccount(line.bankAccount), line.amountFen, QString()});
        byCategory[line.category].first += 1;
        byCategory[line.category].second += line.amountFen;
    }
    if (roster.sections.isEmpty()) {
        RosterSection empty;
        empty.columns = columns;
        empty.emptyText = tr("No price subsidy is paid for %1.").arg(DisplayFormat::month(month));
        roster.sections.append(empty);
        return roster;
    }
    // The township's total, village by village and by what covers the person, as the supervisor
    // signs it and the bureau's report asks for it.
    const int villages = int(roster.sections.size());
    RosterSection total;
    total.title = tr("Township total");
    total.columns = {{tr("Village"), RosterColumn::Kind::Text, 12},
                     {tr("Persons"), RosterColumn::Kind::Count, 6},
                     {tr("Amount (元)"), RosterColumn::Kind::Money, 10}};
    total.totals = true;
    total.summary = true;
    for (int i = 0; i < villages; ++i) {
        const RosterSection& v = roster.sections.at(i);
        total.rows.append({v.title, qint64(v.rows.size()), v.sum(kAmountColumn)});
    }
    RosterSection categories;
    categories.title = tr("By category");
    categories.columns = {{tr("Covered as"), RosterColumn::Kind::Text, 12},
                          {tr("Persons"), RosterColumn::Kind::Count, 6},
                          {tr("Amount (元)"), RosterColumn::Kind::Money, 10}};
    categories.totals = true;
    categories.summary = true;
    for (const QString& category : {QStringLiteral("dibao"), QStringLiteral("tekun"), QStringLiteral("orphan")}) {
        if (byCategory.contains(category))
            categories.rows.append({PriceSubsidyRun::categoryLabel(category), byCategory.value(category).first,
                                    byCategory.value(category).second});
    }
    roster.sections.append(total);
    roster.sections.append(categories);
    return roster;
}

} // namespace Doudi
