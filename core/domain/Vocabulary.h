#pragma once

#include "domain/Household.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Doudi {

// The stable codes of the file formats and the database, and the words a clerk reads for them.
// Codes never change; labels are translated.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Vocabulary)

public:
    static QString residenceCode(Residence residence);
    static std::optional<Residence> residenceFromCode(const QString& code);
    static QString residenceLabel(Residence residence);

    static QString statusCode(HouseholdStatus status);
    static std::optional<HouseholdStatus> statusFromCode(const QString& code);
    static QString statusLabel(HouseholdStatus status);

    static QString disabilityCode(DisabilityType type); // empty for None
    static std::optional<DisabilityType> disabilityFromCode(const QString& code);
    static QString disabilityLabel(DisabilityType type);
    static QList<DisabilityType> disabilityTypes(); // without None

    static QString parentStateCode(ParentState state);
    static std::optional<ParentState> parentStateFromCode(const QString& code);
    static QString parentStateLabel(ParentState state);
    static QList<ParentState> parentStates();

    static QString careSettingCode(CareSetting setting);
    static std::optional<CareSetting> careSettingFromCode(const QString& code);
    static QString careSettingLabel(CareSetting setting);
    static QList<CareSetting> careSettings();

    static QStringList relationCodes();
    static QString relationLabel(const QString& code);

    static QStringList incomeTypeCodes();
    static QString incomeTypeLabel(const QString& code);

    static QStringList expenditureTypeCodes();
    static QString expenditureTypeLabel(const QString& code);

    static QStringList vehicleKindCodes();
    static QString vehicleKindLabel(const QString& code);

    static QString sexLabel(Sex sex);

    // A lowercase word: what free-form type fields (income type, vehicle kind, relation) accept.
    static bool isLowercaseWord(const QString& code);

private:
    Vocabulary() = delete;
};

} // namespace Doudi
