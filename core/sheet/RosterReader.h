#pragma once

#include "Result.h"
#include "sheet/RosterMapping.h"
#include "sheet/RosterPlan.h"
#include "sheet/SheetTable.h"
#include "store/SiteRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Doudi {

// What a roster is read against: the township's villages and the people already registered.
struct RosterContext
{
    QString townshipName;
    QList<Village> villages; // retired ones too: last year's roster names them
    // Where the person with this ID number is registered already ("王某某户，六道沟村"), or empty.
    std::function<QString(const IdNumber&)> registeredAs;
};

// Reads an office's roster as offices really keep them: a merged title and a unit line above a
// one- or two-row header; one row per person with the household's fields on the head's row (or a
// 户主身份证号 column, or 户主姓名 marking each head); 序号, blank, 合计 and signature lines; IDs
// that Excel turned into numbers, 15-digit IDs, full-width digits. Nothing is written: the plan
// says what would come in and every problem, by row and column.
class RosterReader final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterReader)
    Q_DISABLE_COPY_MOVE(RosterReader)

public:
    // An error only when the sheet cannot be a roster at all (no header); else the plan.
    static Result<RosterPlan> read(const SheetTable& table, const RosterMapping& mapping, const RosterContext& context);

    // An ID number cell: refused with "format the column as text" when Excel made it a number.
    static Result<IdNumber> idNumberFrom(const SheetCell& cell);
    // A relation as rosters write it (户主, 妻, 长子, 孙女…) → head, spouse, child, …; empty if unknown.
    static QString relationFrom(const QString& text);
    static std::optional<HouseholdStatus> statusFrom(const QString& category);

private:
    RosterReader(const SheetTable& table, const RosterMapping& mapping, const RosterContext& context);

    enum class Grouping
    {
        ByHeadIdNumber, // a 户主身份证号 column
        ByRelation,     // a 与户主关系 column: 户主 starts a household
        ByHeadName,     // both 姓名 and 户主姓名: a filled 户主姓名 starts a household
        OneRowEach      // one row a household
    };

    Status findHeader();
    void readRows();
    void readHouseholdFields(ImportedHousehold& target, int row);
    void checkHouseholds();
    void markInvalid();

    int column(RosterField field) const { return m_columns.value(field, -1); }
    SheetCell cell(int row, RosterField field) const;
    QString text(int row, RosterField field) const;
    void problem(int row, RosterField field, const QString& message);
    void note(int row, RosterField field, const QString& message);
    bool isTotalRow(int row) const;
    bool isNoteLine(int row) const;
    std::optional<Village> villageFrom(const QString& text) const;

    const SheetTable& m_table;
    const RosterMapping& m_mapping;
    const RosterContext& m_context;
    RosterPlan m_plan;
    QHash<RosterField, int> m_columns;
    int m_firstDataRow = 0; // 0-based
    Grouping m_grouping = Grouping::OneRowEach;
    QHash<QString, int> m_rowOfId;          // ID number → 0-based row it first appears in
    QHash<int, qsizetype> m_householdOfRow; // 0-based row → index into m_plan.households
};

} // namespace Doudi
