#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Doudi {

class Database;

// What a person was typing on a form, kept while it changes so that a crash or a power cut loses
// at most a few seconds of it (drafts, issue 18). Each person sees only their own.
struct Draft
{
    QString form;   // kHousehold, kCaseStep or kFundPayment
    QString target; // the household or case it is about, or a new form's own id
    QString title;  // what the person is shown when it is offered back
    QJsonObject content;
    QString savedAt; // UTC, ISO 8601
};

class DraftRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DraftRepository)

public:
    static inline const QString kHousehold = QStringLiteral("household");
    static inline const QString kCaseStep = QStringLiteral("case_step");
    static inline const QString kFundPayment = QStringLiteral("fund_payment");

    DraftRepository(Database& database, Session session);

    // Keeps (or replaces) the draft of this person's form, in a transaction of its own.
    Status keep(const Draft& draft);
    // The form was saved or its changes thrown away: its draft goes.
    Status discard(const QString& form, const QString& target);
    // This person's drafts, the latest first.
    Result<QList<Draft>> mine() const;

private:
    Database& m_database;
    Session m_session;
};

} // namespace Doudi
