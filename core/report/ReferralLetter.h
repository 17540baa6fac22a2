#pragma once

#include "Result.h"
#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// The referral letter (转介函) the person or the office takes to the entry of the resource library:
// who is referred and why, what the office asks, whom the entry answers, and a tear-off receipt
// (回执) the entry fills in and sends back. The ID number prints masked, as on every roster. Always
// in Chinese.
class ReferralLetter final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ReferralLetter)

public:
    static QString html(const QString& township, const QString& villageName, const Referral& referral,
                        const HelpResource& resource, const QString& maskedIdNumber);
    // The letter of a referral, its printing recorded in the audit trail.
    static Result<QString> print(Database& database, const Session& session, const QString& referralId);

private:
    ReferralLetter() = delete;
};

} // namespace Doudi
