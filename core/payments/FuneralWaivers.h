#pragma once

#include "Result.h"
#include "domain/IdNumber.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Doudi {

class Database;

// A basic funeral services waiver (基本殡葬服务费用减免, spec/programs.md §4.4): offered when a
// covered person's death is recorded, issued once as a certificate (减免证明) the funeral home
// honours.
struct FuneralWaiver
{
    QString id; // empty while only offered
    QString certificateNo;
    QString householdId;
    QString memberId;
    QString name;
    IdNumber idNumber;
    QString villageCode;
    QDate diedOn;
    QString category; // dibao, tekun, orphan: what covered the person in the month of the death
    qint64 amountFen = 0;
    QString policyId;
    QDateTime issuedAt;
    QString issuedBy;

    bool issued() const { return !id.isEmpty(); }
};

// The township's funeral waivers (funeral_waivers, migration 031). Who is covered and how much is
// the rules' own answer (ProgramRules::entitlements) for the month of the death, on the household as
// stored and as the payment roll paid it that month (PaidDetermination): a person the township
// supported, not one a new evaluation would support.
class FuneralWaivers final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FuneralWaivers)

public:
    // The schema from which funeral waivers are kept.
    static constexpr int kSchema = 31;

    FuneralWaivers(Database& database, const Session& session);

    // The waivers the household's recorded deaths give, issued ones as issued and the others as
    // offered (id empty). A death not covered gives none.
    Result<QList<FuneralWaiver>> forHousehold(const QString& householdId);
    // Issues the waiver of one member, in one transaction with its audit entry. Refused when the
    // member's death is not covered, or the waiver was issued already (it is issued once).
    Result<FuneralWaiver> issue(const QString& householdId, const QString& memberId);
    // Every waiver issued, of one village or all the session may see, newest first.
    Result<QList<FuneralWaiver>> issued(const QString& villageCode = QString());
    Result<FuneralWaiver> find(const QString& certificateNo);

    // Who may issue one: the clerk at the desk, or the supervisor.
    static bool mayIssue(const Session& session);

    // Each waiver's digest as its audit entry records it, from the row stored (the audit verifier's
    // check): id → digest.
    static Result<QHash<QString, QString>> storedDigests(Database& database);

private:
    Result<QList<FuneralWaiver>> load(const QString& condition, const QVariantList& binds);
    // The deceased's ID numbers from their households, where these are still kept.
    void fillIdNumbers(QList<FuneralWaiver>& waivers);

    Database& m_database;
    const Session& m_session;
};

} // namespace Doudi
