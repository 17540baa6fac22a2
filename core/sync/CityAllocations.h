#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace Doudi {

class Database;

// The reserve fund from the city's side (备用金): the yearly quota it approves for a township, and
// the money it advances (预拨) or replenishes (补充). Recorded at the city, carried in the township's
// next packages, entered in the township's ledger once.
class CityAllocations final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CityAllocations)

public:
    struct Allocation
    {
        QString township;
        QString kind; // quota, allocation, replenishment
        int year = 0;
        qint64 amountFen = 0;
        QString document; // the approval document or the voucher
        QDate date;
    };
    static Result<QString> record(Database& city, const Session& session, const Allocation& allocation);
    static Status applyAtTownship(Database& township, const QString& cityCode, const QJsonObject& allocation);

private:
    CityAllocations() = delete;
};

} // namespace Doudi
