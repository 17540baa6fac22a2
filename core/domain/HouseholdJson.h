#pragma once

#include "Result.h"
#include "domain/Household.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Doudi {

// Reads and writes `doudi-household/1` (spec/rules.md §2.2). Reading reports every problem at once,
// each with its field path (`members[1].id_number: check character should be X`).
class HouseholdJson final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::HouseholdJson)

public:
    static inline const QString kFormat = QStringLiteral("doudi-household/1");

    static Result<Household> read(const QByteArray& json);
    static Result<Household> fromJson(const QJsonObject& object);
    // One object or an array of them; paths of an array start with the index (`[2].members`).
    static Result<QList<Household>> readMany(const QByteArray& json);

    // The spec's fields, plus `id`, `village` and `address` when the household has them.
    static QJsonObject toJson(const Household& household);
    static QByteArray write(const Household& household);
    // The same document as compact JSON, written directly rather than through QJsonObject: the
    // audit trail serialises every household of a bulk import, and this is several times faster.
    // Its keys are in a fixed order of its own; read it with read() like any other.
    static QByteArray compact(const Household& household);

private:
    HouseholdJson() = delete;
};

} // namespace Doudi
