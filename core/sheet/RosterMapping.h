#pragma once

#include "Result.h"
#include "sheet/RosterColumns.h"

#include <QCoreApplication>
#include <QHash>

namespace Doudi {

// How the clerk told Doudi to read an office's roster, saved to be used again next month
// (`doudi-sheet-mapping/1`): which sheet, what the unrecognised headers mean, and the category of
// a roster that has no category column (a 低保花名册 lists dibao households only).
struct RosterMapping
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::RosterMapping)

public:
    QString sheet;
    QHash<QString, RosterField> columns; // normalised header → field; wins over recognition
    QString defaultCategory;             // as written in a category cell (低保, 特困); empty: none

    // The mapping's field for a header, else the usual one, else nothing.
    std::optional<RosterField> fieldFor(const QString& header) const;

    static Result<RosterMapping> fromJson(const QByteArray& json);
    QByteArray toJson() const;
};

} // namespace Doudi
