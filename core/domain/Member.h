#pragma once

#include "domain/IdNumber.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Doudi {

enum class DisabilityType
{
    None,
    Physical,
    Visual,
    Hearing,
    Speech,
    Intellectual,
    Mental,
    Multiple
};

// A disability certificate: type and grade 1–4 (1 is the most severe); grade 0 with type None.
struct Disability
{
    DisabilityType type = DisabilityType::None;
    int grade = 0;

    bool isNone() const { return type == DisabilityType::None; }
    bool operator==(const Disability&) const = default;
};

// One person of a household (spec/rules.md §2.2).
struct Member
{
    QString uuid; // empty until stored
    IdNumber idNumber;
    QString name;
    QString relation;               // a lowercase word: head, spouse, child, parent, …
    std::optional<QDate> birthDate; // when it differs from the ID number's
    Disability disability;
    bool seriousIllness = false;
    bool chronicIllness = false;
    bool student = false;
    int adlFailed = 0; // activities of daily living the person cannot do, 0–6

    QDate effectiveBirthDate() const { return birthDate.value_or(idNumber.birthDate()); }
    Sex sex() const { return idNumber.sex(); }

    bool operator==(const Member&) const = default;
};

} // namespace Doudi
