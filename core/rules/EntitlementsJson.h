#pragma once

#include "Result.h"
#include "rules/Entitlements.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Doudi {

// Writes (and reads back, for stored entitlements) `doudi-entitlements/1` (spec/programs.md §5).
class EntitlementsJson final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::EntitlementsJson)

public:
    static inline const QString kFormat = QStringLiteral("doudi-entitlements/1");

    // Without `trace` the output is the same bytes on every machine.
    static QJsonObject toJson(const Entitlements& e, bool withTrace = true);
    static QByteArray write(const Entitlements& e, bool withTrace = true);
    // The stored form, written directly (a batch stores one for every household): keys in the
    // order of toJson, with the trace when there is one.
    static QByteArray compact(const Entitlements& e);
    static Result<Entitlements> fromJson(const QJsonObject& o);

private:
    EntitlementsJson() = delete;
};

} // namespace Doudi
