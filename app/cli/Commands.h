#pragma once

#include "CliContext.h"

#include <QStringList>

namespace Doudi::Cli {

// Each command takes the program name followed by the words after the command's name
// (`doudi-cli household list --db F` gives `doudi-cli list --db F`) and returns an exit status.
int runInit(CliContext& ctx, const QStringList& args);
int runEvaluate(CliContext& ctx, const QStringList& args);
int runEvaluateAll(CliContext& ctx, const QStringList& args);
int runEntitlements(CliContext& ctx, const QStringList& args);
int runPolicy(CliContext& ctx, const QStringList& args);
int runUser(CliContext& ctx, const QStringList& args);
int runAudit(CliContext& ctx, const QStringList& args);
int runCase(CliContext& ctx, const QStringList& args);
int runCalendar(CliContext& ctx, const QStringList& args);
int runVillage(CliContext& ctx, const QStringList& args);
int runBackup(CliContext& ctx, const QStringList& args);
int runSignal(CliContext& ctx, const QStringList& args);
int runFund(CliContext& ctx, const QStringList& args);
int runPayment(CliContext& ctx, const QStringList& args);
int runPriceIndex(CliContext& ctx, const QStringList& args);
int runPriceSubsidy(CliContext& ctx, const QStringList& args);
int runFuneralWaiver(CliContext& ctx, const QStringList& args);
int runCare(CliContext& ctx, const QStringList& args);
int runResource(CliContext& ctx, const QStringList& args);
int runReferral(CliContext& ctx, const QStringList& args);
int runRoster(CliContext& ctx, const QStringList& args);
int runSync(CliContext& ctx, const QStringList& args);
int runCity(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runHousehold(CliContext& ctx, const QStringList& args);
int runSummary(CliContext& ctx, const QStringList& args);
int runPaths(CliContext& ctx, const QStringList& args);

} // namespace Doudi::Cli
