#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Doudi {

class Database;

// Monitoring signals at the city (主动发现): the departments' data-matching results, each routed to
// the township where the person is a live member, and sent to it in its next packages; at the
// township each becomes a task, once.
class CitySignals final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::CitySignals)

public:
    struct Routed
    {
        int routed = 0;
        int unmatched = 0; // nobody in any township's records has the ID number
    };
    // At the city: a file in the `signal import` formats (JSON or CSV).
    static Result<Routed> import(Database& city, const Session& session, const QByteArray& content);
    // At a township: a signal from the city's package, unless applied before.
    static Status applyAtTownship(Database& township, const QString& cityCode, const QJsonObject& signal);

private:
    CitySignals() = delete;
};

} // namespace Doudi
