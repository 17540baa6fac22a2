#pragma once

#include "CliContext.h"
#include "domain/Household.h"
#include "rules/Policy.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace Doudi::Cli {

// What `evaluate` and `entitlements` both read: --policy, --household and --month, every problem
// of the two documents collected before anything is evaluated.
class EvaluationInput final
{
public:
    static void addOptions(QCommandLineParser& parser);

    // -1 when both documents were read (their problems, if any, appended to `problems` for the
    // caller to report with its own), else the exit status after saying what was wrong.
    int read(CliContext& ctx, const QCommandLineParser& parser, QList<Problem>& problems);
    // -1 when the policy is in force in the month, else the exit status after saying why not.
    int requirePolicyInForce(CliContext& ctx) const;

    std::optional<Policy> policy;
    std::optional<Household> household;
    QString month;
    QDate firstDay;
};

} // namespace Doudi::Cli
