#pragma once

#include "Result.h"
#include "rules/Policy.h"

#include <QCoreApplication>

namespace Doudi {

// Reads and checks `doudi-policy/1`, naming the field of every problem (`gradual_exit.schedule[0]
// .from_month: the schedule must start at month 1`). Unknown keys are ignored.
class PolicyJson final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PolicyJson)

public:
    static inline const QString kFormat = QStringLiteral("doudi-policy/1");
    static const QStringList& measures();

    static Result<Policy> read(const QByteArray& json);
    static Result<Policy> fromJson(const QJsonObject& object);

private:
    PolicyJson() = delete;
};

} // namespace Doudi
