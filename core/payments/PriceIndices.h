#pragma once

#include "Result.h"
#include "rules/PriceIndex.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Doudi {

class Database;

// A month's published price index as the township recorded it: the figures, where they were
// published, who recorded them and when.
struct RecordedPriceIndex
{
    PriceIndex index;
    QString source; // e.g. 吉林省统计局 2025年3月居民消费价格指数
    QDateTime recordedAt;
    QString recordedBy;
};

// The price indices the township has recorded (price_indices), one a month. Recording is the
// administrator's or supervisor's (as for a policy); a month's figures can be corrected until the
// price subsidy has been paid on them, then they stay as they were.
class PriceIndices final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PriceIndices)
    Q_DISABLE_COPY_MOVE(PriceIndices)

public:
    PriceIndices(Database& database, Session session);

    Status record(const PriceIndex& index, const QString& source);
    Result<std::optional<RecordedPriceIndex>> find(const QString& month) const;
    Result<QList<RecordedPriceIndex>> all() const; // newest month first
    // Whether the price subsidy has been paid on the month's figures (which then stay as they are).
    Result<bool> paidOn(const QString& month) const;

    // A rate as the bureau publishes it and a clerk types it, in percent with at most one decimal
    // ("4.1", "-0.3", "4.1%"), as exact permille (41, -3); nullopt when it is not such a number.
    static std::optional<int> permilleFromPercent(const QString& text);

private:
    Database& m_database;
    Session m_session;
};

} // namespace Doudi
