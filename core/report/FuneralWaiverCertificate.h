#pragma once

#include "Result.h"
#include "payments/FuneralWaivers.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// The certificate of a funeral waiver (基本殡葬服务费用减免证明) the family takes to the funeral
// home: who died and when, what covered them, the amount in figures and in capitals (大写), the
// township's seal. The ID number prints masked, as on every roster. Always in Chinese.
class FuneralWaiverCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FuneralWaiverCertificate)

public:
    static QString html(const QString& township, const QString& villageName, const FuneralWaiver& waiver);
    // The certificate of an issued waiver, its printing recorded in the audit trail.
    static Result<QString> print(Database& database, const Session& session, const QString& certificateNo);

private:
    FuneralWaiverCertificate() = delete;
};

} // namespace Doudi
