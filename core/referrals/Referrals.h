#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Doudi {

class Database;
class WorkCalendar;

// A referral (转介): a person of a household sent to an entry of the resource library for help the
// state's programs do not give, followed until the entry helped or declined.
struct Referral
{
    QString id;       // empty until opened
    QString letterNo; // YYYY-NNNN in the year sent, printed on the referral letter
    QString resourceId;
    QString householdId;
    QString memberId; // empty when opening: the household's head
    QString villageCode;
    QString personName;
    QString source = QStringLiteral("household"); // household, signal (data matching) or case (a refused application)
    QString sourceId;                             // the signal's or the case's id
    QString need;                                 // what help the person needs, in the office's words
    QString state = QStringLiteral("sent");       // sent → accepted → helped / declined
    QDate sentOn;
    QDate acceptedOn;
    QDate closedOn;
    QString outcome; // what the entry did, or why it declined
    QString openedBy;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 version = 0;

    // Read with the referral (Referrals::list and find).
    QString resourceName;
    QString provider;
    QDate due; // by when the next step is awaited: invalid once closed

    bool isOpen() const { return state == QLatin1String("sent") || state == QLatin1String("accepted"); }
    bool overdueOn(const QDate& today) const { return isOpen() && due.isValid() && due < today; }
};

// The township's referrals (referrals, migration 033). The office opens them (the clerk or the
// supervisor), from a household, a monitoring signal about it or its refused application, and
// records what became of them; each step is one transaction with its audit entry. An entry is
// expected to answer within kReplyWorkingDays working days of the letter, and to have helped or
// declined within kHelpWorkingDays working days of accepting: beyond, the referral is overdue.
class Referrals final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Referrals)

public:
    static constexpr int kSchema = 33;
    static constexpr int kReplyWorkingDays = 10;
    static constexpr int kHelpWorkingDays = 20;

    Referrals(Database& database, Session session);

    // Opens a referral, every problem named by field (`resource`, `household`, `member`, `source`,
    // `need`, `sent_on`); the entry must be valid on the day sent.
    Result<Referral> open(Referral referral);
    // Moves a referral on: accepted (sent only), helped (accepted only) or declined (either), on a
    // day not before the last step and not in the future; helped and declined need the outcome.
    // `expectedVersion` is the version the clerk saw (0: do not check).
    Result<Referral> update(const QString& id, const QString& state, const QDate& on, const QString& outcome,
                            qint64 expectedVersion = 0);
    Result<Referral> find(const QString& id);
    // The referrals the session may see, newest first; only open ones when `openOnly`; only one
    // household's when `householdId` is given. Each with its entry and its due day.
    Result<QList<Referral>> list(bool openOnly, const QString& householdId = QString());

    static const QStringList& states();
    static const QStringList& sources();
    static QString stateLabel(const QString& state);
    static QString sourceLabel(const QString& source);
    // By when the next step is awaited (see the class comment); invalid once closed.
    static QDate dueOf(const WorkCalendar& calendar, const Referral& referral);

    // Each referral's digest as its audit entry records it (the audit verifier's check): id → digest.
    static Result<QHash<QString, QString>> storedDigests(Database& database);

private:
    Status checkSource(const Referral& referral, QList<Problem>* problems);
    Result<QList<Referral>> read(const QString& where, const QVariantList& values);

    Database& m_database;
    Session m_session;
};

} // namespace Doudi
