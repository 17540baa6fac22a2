#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "report/Recipients.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace Doudi {

class Database;

// A person one of the township's monthly programs pays (spec/programs.md §4.1–4.3), with the
// household as it was determined.
struct ProgramRecipient
{
    QString householdId;
    QString villageCode;
    QString headName;
    QString bankAccount;
    Member member;                      // as determined: name, ID number, disability, parents
    QMap<QString, qint64> fenByProgram; // the month's amount of each program asked for
    QString determinedIn;               // YYYY-MM of the determination it comes from

    qint64 totalFen() const;
};

// Who the monthly programs pay in a month, read from the record: each live household's latest
// determination of that month or before, and the entitlements saved with it (never worked out
// again). A household whose latest determination has none (a policy without programs) has none.
class ProgramRecipients final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ProgramRecipients)

public:
    // By village, then the head's name in pinyin order, then the members in their household's
    // order; only the programs named, only the villages the session may see (or `villageCode`).
    static Result<QList<ProgramRecipient>> forMonth(Database& database, const Session& session, const QString& month,
                                                    const QStringList& programs,
                                                    const QString& villageCode = QString());

    // The month's tally per program, the monthly ones in the spec's order then the price subsidy
    // paid for the month; a program nobody receives has its line of zeros. The one tally the
    // dashboard and the statistics roster show.
    static Result<QList<RecipientCount>> countByProgram(Database& database, const Session& session,
                                                        const QString& month, const QString& villageCode = QString());

private:
    ProgramRecipients() = delete;
};

} // namespace Doudi
