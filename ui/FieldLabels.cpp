#include "FieldLabels.h"

#include <QRegularExpression>

namespace Doudi {

QString FieldLabels::fieldName(const QString& field)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("relation"), QT_TR_NOOP("relation to the head")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("birth date")},
        {QStringLiteral("disability.type"), QT_TR_NOOP("disability type")},
        {QStringLiteral("disability.grade"), QT_TR_NOOP("disability grade")},
        {QStringLiteral("adl_failed"), QT_TR_NOOP("daily activities not managed")},
        {QStringLiteral("parents.father"), QT_TR_NOOP("father")},
        {QStringLiteral("parents.mother"), QT_TR_NOOP("mother")},
        {QStringLiteral("care_setting"), QT_TR_NOOP("brought up")},
        {QStringLiteral("died_on"), QT_TR_NOOP("date of death")},
        {QStringLiteral("member"), QT_TR_NOOP("member")},
        {QStringLiteral("type"), QT_TR_NOOP("type")},
        {QStringLiteral("annual_fen"), QT_TR_NOOP("amount per year")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("value_fen"), QT_TR_NOOP("value")},
        {QStringLiteral("dangerous"), QT_TR_NOOP("dangerous house")},
        {QStringLiteral("village"), QT_TR_NOOP("Village")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("residence"), QT_TR_NOOP("Residence")},
        {QStringLiteral("members"), QT_TR_NOOP("Members")},
        {QStringLiteral("assets.financial_fen"), QT_TR_NOOP("Financial assets")},
        {QStringLiteral("current.monthly_benefit_fen"), QT_TR_NOOP("Monthly benefit")},
        {QStringLiteral("current.exit_started"), QT_TR_NOOP("Gradual exit since")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(it.value());
}

QString FieldLabels::describe(const QString& path)
{
    static const QRegularExpression item(
        QStringLiteral("^(members|income|expenditure|assets\\.vehicles|assets\\.residences)\\[(\\d+)\\](?:\\.(.+))?$"));
    const auto match = item.match(path);
    if (!match.hasMatch())
        return fieldName(path);
    static const QHash<QString, const char*> lists = {
        {QStringLiteral("members"), QT_TR_NOOP("Members")},
        {QStringLiteral("income"), QT_TR_NOOP("Income")},
        {QStringLiteral("expenditure"), QT_TR_NOOP("Expenditure")},
        {QStringLiteral("assets.vehicles"), QT_TR_NOOP("Vehicles")},
        {QStringLiteral("assets.residences"), QT_TR_NOOP("Residences")},
    };
    const QString list = tr(lists.value(match.captured(1)));
    const int row = match.captured(2).toInt() + 1;
    if (match.captured(3).isEmpty())
        return tr("%1, row %2").arg(list).arg(row);
    return tr("%1, row %2: %3").arg(list).arg(row).arg(fieldName(match.captured(3)));
}

} // namespace Doudi
