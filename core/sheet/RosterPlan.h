#pragma once

#include "domain/Household.h"
#include "sheet/RosterColumns.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Doudi {

// Something wrong in a roster, where the clerk finds it: the sheet's 1-based row and column
// letter (empty when the problem is the whole sheet's).
struct RosterProblem
{
    int row = 0;
    QString column;
    QString message;
};

struct SheetColumn
{
    int index = 0;  // 0-based
    QString header; // as the sheet writes it
    RosterField field = RosterField::Ignore;
};

// A household as the roster describes it, with what the roster says beyond the household record:
// kept as the household's source (what it received when it was brought in), never a case.
struct ImportedHousehold
{
    Household household;
    QList<int> rows;        // the sheet rows of its members, head first
    QString category;       // the category cell as written
    int coveredPersons = 0; // 0: the roster does not say
    QString bankName;
    QString phone;
    bool valid = true; // false: a problem names one of its rows
};

// What a roster would bring in, before anything is written.
struct RosterPlan
{
    QString sheet;
    int headerRow = 0; // 1-based, the last header row
    QList<SheetColumn> columns;
    QList<ImportedHousehold> households;
    QList<RosterProblem> problems; // refusals: each keeps its household out
    QList<RosterProblem> notes;    // worth knowing, imported anyway
    QList<int> skippedRows;        // rows of households kept out because of a problem

    qsizetype memberCount() const
    {
        qsizetype n = 0;
        for (const ImportedHousehold& h : households)
            n += h.household.members.size();
        return n;
    }
    qsizetype validCount() const
    {
        return std::count_if(households.begin(), households.end(), [](const ImportedHousehold& h) { return h.valid; });
    }
};

} // namespace Doudi
