#pragma once

#include "Result.h"
#include "payments/PaymentBatch.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Doudi {

class AuditLog;
class Database;

// A bank's answer about one line of a batch (回盘): paid, or failed and why; `row` names where it was
// read, for the error messages.
struct BankReturn
{
    int row = 0;
    QString reference;
    bool paid = false;
    QString reason;
    qint64 amountFen = -1; // when the file gives it: checked against the line
};

// A file that went to the bank or came back, as recorded with its batch.
struct BankFileRecord
{
    QString batchId;
    QString direction; // export, returns
    QString fileName;
    QString layout;
    QString format; // csv, xlsx
    int rows = 0;
    qint64 totalFen = 0;
    QString digest; // BLAKE2b-256 of the bytes
    QDateTime at;
    QString by;
};

// The month's payment as a record (domain.md, the month's payment): a batch gathers every active
// recipient's approved amount for a month, a second person approves it, and from then on only the
// bank's outcome of each line is recorded. Every change is one transaction and audited.
class PaymentBatches final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PaymentBatches)
    Q_DISABLE_COPY_MOVE(PaymentBatches)

public:
    // A batch with its lines and how it adds up: what `plan` proposes and `prepare` writes.
    struct Plan
    {
        PaymentBatch batch;
        QList<PaymentLine> lines;
        BatchSummary summary;
    };

    PaymentBatches(Database& database, Session session);
    ~PaymentBatches();

    static QStringList kinds() { return {QStringLiteral("regular"), QStringLiteral("supplement")}; }
    // 正常发放, 补发; 待审批, 已审批; 待银行反馈, 已发放, 发放失败: as the desk and documents say them.
    static QString kindLabel(const QString& kind);
    static QString stateLabel(const QString& state);

    // What a batch of `month` and `kind` would pay, written nowhere (the preview). A regular batch
    // pays each household its approved amount for the month; a supplement pays the months an
    // approved batch missed and the returned payments whose account has been corrected since.
    Result<Plan> plan(const QString& month, const QString& kind);
    // Writes the plan as a prepared batch; one batch per month and kind.
    Result<Plan> prepare(const QString& month, const QString& kind);
    // A prepared batch is dropped (to prepare it again after a decision); an approved one never.
    Status discard(const QString& batch);
    // A supervisor other than the preparer approves; refused when a decision or an account changed
    // since the batch was prepared (prepare it again) or its lines were changed.
    Status approve(const QString& batch);
    // The bank confirmed the whole batch: every line not returned is paid.
    Status markPaidInFull(const QString& batch);
    // One household's payment came back (账户已销户, 户名不符 …): failed with the reason, to be paid in
    // a supplement once the account is corrected.
    Status markFailed(const QString& batch, const QString& householdId, const QString& reason);
    // The bank's returns file, all or nothing; `file` is recorded with the batch.
    Status applyReturns(const QString& batch, const QList<BankReturn>& returns, const BankFileRecord& file);
    // A file written for the bank, recorded with the batch (and audited).
    Status recordExport(const BankFileRecord& file);

    // Batches, newest month first; of one month when given.
    Result<QList<PaymentBatch>> list(const QString& month = QString());
    // A batch by its id or its number.
    Result<PaymentBatch> find(const QString& batch);
    Result<QList<PaymentLine>> lines(const QString& batchId);
    // Totals and the differences from the month before, for a batch already written.
    Result<BatchSummary> summary(const PaymentBatch& batch, const QList<PaymentLine>& lines);
    Result<QList<BankFileRecord>> files(const QString& batchId);
    // Every payment of a household, newest month first, with its batch's number and kind.
    struct HouseholdPayment
    {
        PaymentLine line;
        QString batchNumber;
        QString batchKind;
        QString batchState;
    };
    Result<QList<HouseholdPayment>> history(const QString& householdId);

    // The digest that fixes a batch's lines.
    static QString digest(const QList<PaymentLine>& lines);

private:
    // `withSummary`: the totals and differences too (not needed to check a batch before approval).
    Result<Plan> compute(const QString& month, const QString& kind, const QString& excludingBatch,
                         bool withSummary = true);
    Result<PaymentBatch> findWithin(const QString& batch);
    Status settle(const QString& paymentId, const QString& state, const QString& reason, const QString& at);

    Database& m_database;
    Session m_session;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace Doudi
