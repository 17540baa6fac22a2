#pragma once

#include "domain/Member.h"

#include <QList>
#include <QString>

#include <optional>

namespace Doudi {

enum class Residence
{
    Rural,
    Urban
};

// What the household receives now (spec/rules.md §2.2 `current.status`).
enum class HouseholdStatus
{
    None,
    Dibao,
    Tekun,
    GradualExit
};

struct IncomeItem
{
    QString uuid;
    std::optional<int> member; // index into Household::members; empty for household-level income
    QString type;              // a lowercase word; the policy decides which types are exempt
    qint64 annualFen = 0;

    bool operator==(const IncomeItem&) const = default;
};

struct ExpenditureItem
{
    QString uuid;
    QString type; // medical_self_paid, education, care
    qint64 annualFen = 0;

    bool operator==(const ExpenditureItem&) const = default;
};

struct Vehicle
{
    QString uuid;
    QString kind; // car, truck, motorcycle, ebike, farm_machinery, disability_vehicle, …
    qint64 valueFen = 0;

    bool operator==(const Vehicle&) const = default;
};

struct Dwelling
{
    QString uuid;
    bool dangerous = false; // a C/D-grade dangerous house
    QString note;

    bool operator==(const Dwelling&) const = default;
};

struct Assets
{
    qint64 financialFen = 0;
    QList<Vehicle> vehicles;
    QList<Dwelling> dwellings;
    bool businessRegistration = false;

    bool operator==(const Assets&) const = default;
};

struct HouseholdFlags
{
    bool sustainedMedicalExpenditure = false;
    bool hasCapableSupporter = true;

    bool operator==(const HouseholdFlags&) const = default;
};

// A household (户) with everything the rules look at.
struct Household
{
    QString uuid;        // empty until stored
    QString villageCode; // 12-digit village code
    Residence residence = Residence::Rural;
    QString address;
    QString bankAccount; // the account benefits are paid into (digits); shown masked to the last four
    HouseholdStatus status = HouseholdStatus::None;
    qint64 monthlyBenefitFen = 0; // the last full monthly dibao amount
    QString exitStarted;          // YYYY-MM in which a gradual exit began, or empty
    HouseholdFlags flags;
    QList<Member> members;
    QList<IncomeItem> income;
    QList<ExpenditureItem> expenditure;
    Assets assets;

    const Member* head() const
    {
        for (const auto& m : members) {
            if (m.relation == QLatin1String("head"))
                return &m;
        }
        return members.isEmpty() ? nullptr : &members.first();
    }

    bool operator==(const Household&) const = default;
};

} // namespace Doudi
