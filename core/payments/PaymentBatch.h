#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Doudi {

// One line of a month's payment: a household's amount for a month, the account it goes to, and
// what the bank made of it (pending → paid or failed, once).
struct PaymentLine
{
    QString id;
    int line = 0;
    QString reference; // the bank file's reference: the batch number and the line
    QString householdId;
    QString villageCode;
    QString villageName;
    QString headName;
    QString forMonth; // YYYY-MM: the month it pays (a supplement pays earlier ones)
    QString classification;
    int persons = 0;
    qint64 baseFen = 0;
    qint64 careFen = 0;
    qint64 incrementsFen = 0;
    qint64 amountFen = 0;
    QString approvedAmountId; // the decision's step it pays
    QString replaces;         // a supplement's line for a returned payment
    QString accountHolder;
    QString bankAccount;
    QString state = QStringLiteral("pending"); // pending, paid, failed
    QString failureReason;
    QDateTime settledAt;
    QString settledBy;
};

// A month's payment list (按月发放): every active recipient's approved amount (regular), or what an
// earlier list missed or the bank returned (supplement, 补发). Prepared by one person, approved by
// another; once approved its lines never change.
struct PaymentBatch
{
    QString id;
    QString number; // 发放批次号, on every page of its roster and in every bank reference
    QString month;  // YYYY-MM
    QString kind;   // regular, supplement
    QString state;  // prepared, approved
    int lines = 0;
    qint64 totalFen = 0;
    QString digest; // BLAKE2b-256 of its lines, fixed when prepared
    QDateTime preparedAt;
    QString preparedBy;
    QDateTime approvedAt;
    QString approvedBy;
    QDateTime paidInFullAt;
    QString paidInFullBy;
    // The outcome so far, counted from the lines.
    int paid = 0;
    int failed = 0;
    qint64 paidFen = 0;
    qint64 failedFen = 0;

    bool isApproved() const { return state == QLatin1String("approved"); }
};

// How a batch adds up, and how it differs from the month before: for the preview a supervisor
// reads before approving.
struct BatchSummary
{
    struct Total
    {
        QString key;   // a village code or a classification
        QString label; // its name
        int households = 0;
        int persons = 0;
        qint64 fen = 0;
    };
    // A household paid last month and not this month, paid this month and not last, or paid another
    // amount; with the decision behind this month's amount.
    struct Difference
    {
        QString kind; // new, ended, changed
        QString householdId;
        QString headName;
        QString villageName;
        qint64 previousFen = 0;
        qint64 currentFen = 0;
        QString decisionSource; // case, reevaluation, record
        QString caseId;
        QString effectiveFrom;
        QDate decidedOn;
    };
    // A recipient the batch could not pay, and why (no bank account; a returned payment whose
    // account has not been corrected yet).
    struct Left
    {
        QString householdId;
        QString headName;
        QString villageName;
        QString forMonth;
        qint64 fen = 0;
        QString reason;
    };

    QList<Total> byVillage;
    QList<Total> byClassification;
    QList<Difference> differences;
    QList<Left> leftOut;
    QString previousMonth;
};

} // namespace Doudi
