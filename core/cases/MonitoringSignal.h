#pragma once

#include "Result.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Doudi {

// A risk signal from the city's data matching (a death, a vehicle, a business registration, a
// large medical bill, a disability certificate): a task for the township until it is closed.
struct MonitoringSignal
{
    QString id;
    IdNumber idNumber;
    QString kind;
    QString source; // the department that matched it
    QDate date;
    QString detail;
    QString householdId; // empty: nobody Doudi knows
    QString status = QStringLiteral("open");
    QString outcomeNote;

    static QStringList kinds();
    static QStringList statuses();
    // The task's next status, or empty when `to` cannot follow `from`: visit first, then include,
    // record as not eligible (with the reason) or refer to a department (转介).
    static bool canMove(const QString& from, const QString& to);
};

// Reads signals as a JSON array of objects or as CSV (header: id_number,kind,source,date,detail;
// UTF-8, a BOM allowed), every problem with its place (`[3].date`, `line 4: date`).
class SignalReader final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::SignalReader)

public:
    static Result<QList<MonitoringSignal>> read(const QByteArray& content);

private:
    static Result<QList<MonitoringSignal>> readCsv(const QByteArray& content);
    SignalReader() = delete;
};

} // namespace Doudi
