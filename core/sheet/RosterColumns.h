#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Doudi {

// What a column of an office's roster holds.
enum class RosterField
{
    Ignore,
    SerialNumber, // 序号: read past
    Name,
    HeadName,
    IdNumber,
    HeadIdNumber, // ties a member's row to the head's
    Relation,
    Village,
    Category,
    CoveredPersons,
    MonthlyBenefit,
    BankName,
    BankAccount,
    Phone,
    Sex,
    BirthDate,
    Address
};

// The fields a roster column can be, their codes (mapping files) and labels, and the headers
// Chinese rosters use for them.
class RosterColumns final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterColumns)

public:
    static QList<RosterField> fields();
    static QString code(RosterField field);
    static std::optional<RosterField> fromCode(const QString& code);
    static QString label(RosterField field);

    // The header as compared: full width made half, no whitespace or line breaks, ASCII
    // parentheses, a unit such as （元） or (元/月) and a leading * dropped.
    static QString normaliseHeader(const QString& header);
    // The field a usual header names (姓名, 公民身份号码, 村（社区）, 月保障金（元）…).
    static std::optional<RosterField> recognise(const QString& header);

private:
    RosterColumns() = delete;
};

} // namespace Doudi
