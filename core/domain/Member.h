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

// What became of a child's father or mother (spec/programs.md §2): it decides whether the child is
// an orphan (孤儿) or a child without de-facto care (事实无人抚养儿童).
enum class ParentState
{
    Present,
    Dead,
    DeclaredMissing, // 宣告失踪
    LostContact,     // 失联
    Detained,        // 服刑在押、强制隔离戒毒或被限制人身自由
    SeverelyDisabled,
    SeriouslyIll
};

struct Parents
{
    ParentState father = ParentState::Present;
    ParentState mother = ParentState::Present;

    bool isDefault() const { return father == ParentState::Present && mother == ParentState::Present; }
    bool operator==(const Parents&) const = default;
};

// Where a child is brought up: in a family (社会散居) or an institution (集中养育).
enum class CareSetting
{
    Family,
    Institution
};

// One person of a household (spec/rules.md §2.2, spec/programs.md §2).
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
    Parents parents;
    CareSetting careSetting = CareSetting::Family;
    std::optional<QDate> diedOn;

    QDate effectiveBirthDate() const { return birthDate.value_or(idNumber.birthDate()); }
    Sex sex() const { return idNumber.sex(); }

    bool operator==(const Member&) const = default;
};

} // namespace Doudi
