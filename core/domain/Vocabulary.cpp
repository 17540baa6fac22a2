#include "Vocabulary.h"

#include <algorithm>

namespace Doudi {

QString Vocabulary::residenceCode(Residence residence)
{
    return residence == Residence::Urban ? QStringLiteral("urban") : QStringLiteral("rural");
}

std::optional<Residence> Vocabulary::residenceFromCode(const QString& code)
{
    if (code == QLatin1String("rural"))
        return Residence::Rural;
    if (code == QLatin1String("urban"))
        return Residence::Urban;
    return std::nullopt;
}

QString Vocabulary::residenceLabel(Residence residence)
{
    return residence == Residence::Urban ? tr("Urban") : tr("Rural");
}

QString Vocabulary::statusCode(HouseholdStatus status)
{
    switch (status) {
    case HouseholdStatus::Dibao:
        return QStringLiteral("dibao");
    case HouseholdStatus::Tekun:
        return QStringLiteral("tekun");
    case HouseholdStatus::GradualExit:
        return QStringLiteral("gradual_exit");
    case HouseholdStatus::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<HouseholdStatus> Vocabulary::statusFromCode(const QString& code)
{
    for (auto s :
         {HouseholdStatus::None, HouseholdStatus::Dibao, HouseholdStatus::Tekun, HouseholdStatus::GradualExit}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString Vocabulary::statusLabel(HouseholdStatus status)
{
    switch (status) {
    case HouseholdStatus::Dibao:
        return tr("Dibao");
    case HouseholdStatus::Tekun:
        return tr("Extreme poverty support");
    case HouseholdStatus::GradualExit:
        return tr("Gradual exit");
    case HouseholdStatus::None:
        break;
    }
    return tr("Not receiving");
}

QString Vocabulary::disabilityCode(DisabilityType type)
{
    switch (type) {
    case DisabilityType::Physical:
        return QStringLiteral("physical");
    case DisabilityType::Visual:
        return QStringLiteral("visual");
    case DisabilityType::Hearing:
        return QStringLiteral("hearing");
    case DisabilityType::Speech:
        return QStringLiteral("speech");
    case DisabilityType::Intellectual:
        return QStringLiteral("intellectual");
    case DisabilityType::Mental:
        return QStringLiteral("mental");
    case DisabilityType::Multiple:
        return QStringLiteral("multiple");
    case DisabilityType::None:
        break;
    }
    return QString();
}

std::optional<DisabilityType> Vocabulary::disabilityFromCode(const QString& code)
{
    if (code.isEmpty())
        return DisabilityType::None;
    for (auto t : disabilityTypes()) {
        if (disabilityCode(t) == code)
            return t;
    }
    return std::nullopt;
}

QList<DisabilityType> Vocabulary::disabilityTypes()
{
    return {DisabilityType::Physical,     DisabilityType::Visual, DisabilityType::Hearing, DisabilityType::Speech,
            DisabilityType::Intellectual, DisabilityType::Mental, DisabilityType::Multiple};
}

QString Vocabulary::disabilityLabel(DisabilityType type)
{
    switch (type) {
    case DisabilityType::Physical:
        return tr("Physical");
    case DisabilityType::Visual:
        return tr("Visual");
    case DisabilityType::Hearing:
        return tr("Hearing");
    case DisabilityType::Speech:
        return tr("Speech");
    case DisabilityType::Intellectual:
        return tr("Intellectual");
    case DisabilityType::Mental:
        return tr("Mental");
    case DisabilityType::Multiple:
        return tr("Multiple");
    case DisabilityType::None:
        break;
    }
    return tr("None");
}

QString Vocabulary::parentStateCode(ParentState state)
{
    switch (state) {
    case ParentState::Present:
        return QStringLiteral("present");
    case ParentState::Dead:
        return QStringLiteral("dead");
    case ParentState::DeclaredMissing:
        return QStringLiteral("declared_missing");
    case ParentState::LostContact:
        return QStringLiteral("lost_contact");
    case ParentState::Detained:
        return QStringLiteral("detained");
    case ParentState::SeverelyDisabled:
        return QStringLiteral("severely_disabled");
    case ParentState::SeriouslyIll:
        return QStringLiteral("seriously_ill");
    }
    return QStringLiteral("present");
}

std::optional<ParentState> Vocabulary::parentStateFromCode(const QString& code)
{
    for (auto s : parentStates()) {
        if (parentStateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QList<ParentState> Vocabulary::parentStates()
{
    return {ParentState::Present,     ParentState::Dead,     ParentState::DeclaredMissing,
            ParentState::LostContact, ParentState::Detained, ParentState::SeverelyDisabled,
            ParentState::SeriouslyIll};
}

QList<CareSetting> Vocabulary::careSettings()
{
    return {CareSetting::Family, CareSetting::Institution};
}

QString Vocabulary::parentStateLabel(ParentState state)
{
    switch (state) {
    case ParentState::Present:
        return tr("Present");
    case ParentState::Dead:
        return tr("Dead");
    case ParentState::DeclaredMissing:
        return tr("Declared missing");
    case ParentState::LostContact:
        return tr("Lost contact");
    case ParentState::Detained:
        return tr("Detained or in custody");
    case ParentState::SeverelyDisabled:
        return tr("Severely disabled");
    case ParentState::SeriouslyIll:
        return tr("Seriously ill");
    }
    return tr("Present");
}

QString Vocabulary::careSettingCode(CareSetting setting)
{
    return setting == CareSetting::Institution ? QStringLiteral("institution") : QStringLiteral("family");
}

std::optional<CareSetting> Vocabulary::careSettingFromCode(const QString& code)
{
    if (code == QLatin1String("family"))
        return CareSetting::Family;
    if (code == QLatin1String("institution"))
        return CareSetting::Institution;
    return std::nullopt;
}

QString Vocabulary::careSettingLabel(CareSetting setting)
{
    return setting == CareSetting::Institution ? tr("In an institution") : tr("In a family");
}

QStringList Vocabulary::relationCodes()
{
    return {QStringLiteral("head"),    QStringLiteral("spouse"),       QStringLiteral("child"),
            QStringLiteral("parent"),  QStringLiteral("grandchild"),   QStringLiteral("grandparent"),
            QStringLiteral("sibling"), QStringLiteral("child_in_law"), QStringLiteral("other")};
}

QString Vocabulary::relationLabel(const QString& code)
{
    if (code == QLatin1String("head"))
        return tr("Head of household");
    if (code == QLatin1String("spouse"))
        return tr("Spouse");
    if (code == QLatin1String("child"))
        return tr("Child");
    if (code == QLatin1String("parent"))
        return tr("Parent");
    if (code == QLatin1String("grandchild"))
        return tr("Grandchild");
    if (code == QLatin1String("grandparent"))
        return tr("Grandparent");
    if (code == QLatin1String("sibling"))
        return tr("Sibling");
    if (code == QLatin1String("child_in_law"))
        return tr("Son- or daughter-in-law");
    if (code == QLatin1String("other"))
        return tr("Other relative");
    return code;
}

QStringList Vocabulary::incomeTypeCodes()
{
    return {QStringLiteral("wage"),
            QStringLiteral("agriculture"),
            QStringLiteral("business"),
            QStringLiteral("rent"),
            QStringLiteral("pension"),
            QStringLiteral("basic_pension"),
            QStringLiteral("old_age_allowance"),
            QStringLiteral("support_payment"),
            QStringLiteral("social_assistance"),
            QStringLiteral("poverty_project_income"),
            QStringLiteral("special_care_allowance"),
            QStringLiteral("family_planning_reward"),
            QStringLiteral("scholarship"),
            QStringLiteral("bravery_award"),
            QStringLiteral("other")};
}

QString Vocabulary::incomeTypeLabel(const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("wage"), QT_TR_NOOP("Wages")},
        {QStringLiteral("agriculture"), QT_TR_NOOP("Farming")},
        {QStringLiteral("business"), QT_TR_NOOP("Business")},
        {QStringLiteral("rent"), QT_TR_NOOP("Rent and property")},
        {QStringLiteral("pension"), QT_TR_NOOP("Pension")},
        {QStringLiteral("basic_pension"), QT_TR_NOOP("Basic pension")},
        {QStringLiteral("old_age_allowance"), QT_TR_NOOP("Old-age allowance")},
        {QStringLiteral("support_payment"), QT_TR_NOOP("Support from relatives")},
        {QStringLiteral("social_assistance"), QT_TR_NOOP("Social assistance")},
        {QStringLiteral("poverty_project_income"), QT_TR_NOOP("Poverty-alleviation project income")},
        {QStringLiteral("special_care_allowance"), QT_TR_NOOP("Special care allowance")},
        {QStringLiteral("family_planning_reward"), QT_TR_NOOP("Family-planning reward")},
        {QStringLiteral("scholarship"), QT_TR_NOOP("Scholarship")},
        {QStringLiteral("bravery_award"), QT_TR_NOOP("Bravery award")},
        {QStringLiteral("other"), QT_TR_NOOP("Other income")},
    };
    const auto it = labels.constFind(code);
    return it == labels.cend() ? code : tr(it.value());
}

QStringList Vocabulary::expenditureTypeCodes()
{
    return {QStringLiteral("medical_self_paid"), QStringLiteral("education"), QStringLiteral("care")};
}

QString Vocabulary::expenditureTypeLabel(const QString& code)
{
    if (code == QLatin1String("medical_self_paid"))
        return tr("Self-paid medical costs");
    if (code == QLatin1String("education"))
        return tr("Education");
    if (code == QLatin1String("care"))
        return tr("Care");
    return code;
}

QStringList Vocabulary::vehicleKindCodes()
{
    return {QStringLiteral("car"),   QStringLiteral("truck"),          QStringLiteral("motorcycle"),
            QStringLiteral("ebike"), QStringLiteral("farm_machinery"), QStringLiteral("disability_vehicle"),
            QStringLiteral("other")};
}

QString Vocabulary::vehicleKindLabel(const QString& code)
{
    if (code == QLatin1String("car"))
        return tr("Car");
    if (code == QLatin1String("truck"))
        return tr("Truck");
    if (code == QLatin1String("motorcycle"))
        return tr("Motorcycle");
    if (code == QLatin1String("ebike"))
        return tr("Electric bike");
    if (code == QLatin1String("farm_machinery"))
        return tr("Farm machinery");
    if (code == QLatin1String("disability_vehicle"))
        return tr("Disability vehicle");
    if (code == QLatin1String("other"))
        return tr("Other vehicle");
    return code;
}

QString Vocabulary::sexLabel(Sex sex)
{
    return sex == Sex::Male ? tr("Male") : tr("Female");
}

bool Vocabulary::isLowercaseWord(const QString& code)
{
    // ^[a-z][a-z0-9_]*$ by hand: it is asked of every member, income and vehicle of every household
    // a re-evaluation validates.
    if (code.isEmpty() || code.front() < QLatin1Char('a') || code.front() > QLatin1Char('z'))
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               c == QLatin1Char('_');
    });
}

} // namespace Doudi
