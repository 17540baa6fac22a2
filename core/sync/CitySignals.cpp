#include "CitySignals.h"

#include "Clock.h"
#include "cases/MonitoringSignal.h"
#include "cases/SignalRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/CityRecordsApplied.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(CitySignals::tr("Cannot store the signals: %1").arg(StorageError::describe(q.lastError())));
}

} // namespace

Result<CitySignals::Routed> CitySignals::import(Database& city, const Session& session, const QByteArray& content)
{
    if (Status s = session.require(Action::ImportPolicy); !s)
        return s.error();
    const auto site = SiteRepository(city, session).site();
    if (!site)
        return site.error();
    if (site->kind != QLatin1String("city"))
        return Error::failed(tr("Signals are routed to townships at the city; a township imports its own with "
                                "“signal import”."));
    const auto signalList = SignalReader::read(content);
    if (!signalList)
        return signalList.error();
    Transaction transaction(city.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    // The townships of the signals' people, from the live members' projection in one pass (it has
    // no index on the ID number: migration 26). SQLite keeps the file's numbers, bound as one JSON
    // array, in a temporary index for the pass.
    QJsonArray numbers;
    for (const MonitoringSignal& s : *signalList)
        numbers.append(s.idNumber.toString());
    QSqlQuery match(city.connection());
    match.setForwardOnly(true);
    match.prepare(QStringLiteral("SELECT DISTINCT id_number, township FROM city_members WHERE id_number IN (SELECT "
                                 "value FROM json_each(?)) ORDER BY township"));
    match.addBindValue(QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact)));
    if (!match.exec())
        return databaseError(match);
    QHash<QString, QStringList> townshipsOf;
    while (match.next())
        townshipsOf[match.value(0).toString()].append(match.value(1).toString());
    match.finish();
    QSqlQuery insert(city.connection());
    insert.prepare(QStringLiteral("INSERT INTO city_signals (id, township, id_number, kind, source, signal_date, "
                                  "detail, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Routed routed;
    for (const MonitoringSignal& s : *signalList) {
        QStringList townships = townshipsOf.value(s.idNumber.toString());
        if (townships.isEmpty())
            townships.append(QString()); // kept, so that a later package can show who it is
        for (const QString& township : townships) {
            for (const QVariant& v :
                 {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                  QVariant(township.isNull() ? QStringLiteral("") : township), QVariant(s.idNumber.toString()),
                  QVariant(s.kind), QVariant(s.source), QVariant(s.date.toString(Qt::ISODate)),
                  QVariant(s.detail.isNull() ? QStringLiteral("") : s.detail), QVariant(at),
                  QVariant(session.userName())})
                insert.addBindValue(v);
            if (!insert.exec())
                return databaseError(insert);
        }
        ++(townships.first().isEmpty() ? routed.unmatched : routed.routed);
    }
    if (Status s = AuditLog(city).append(
            session.userName(), QStringLiteral("import"), QStringLiteral("city_signals"), QString(), {},
            QJsonObject{{QStringLiteral("routed"), routed.routed}, {QStringLiteral("unmatched"), routed.unmatched}},
            QString());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return routed;
}

Status CitySignals::applyAtTownship(Database& township, const QString& cityCode, const QJsonObject& signal)
{
    const QString id = signal.value(QStringLiteral("id")).toString();
    const auto applied = CityRecordsApplied::contains(township, QStringLiteral("signals"), id);
    if (!applied)
        return applied.error();
    if (*applied)
        return success();
    const auto idNumber = IdNumber::parse(signal.value(QStringLiteral("id_number")).toString());
    if (!idNumber)
        return idNumber.error().withFieldPrefix(QStringLiteral("signals.id_number"));
    MonitoringSignal s;
    s.id = id;
    s.idNumber = *idNumber;
    s.kind = signal.value(QStringLiteral("kind")).toString();
    s.source = signal.value(QStringLiteral("source")).toString();
    s.date = QDate::fromString(signal.value(QStringLiteral("signal_date")).toString(), Qt::ISODate);
    s.detail = signal.value(QStringLiteral("detail")).toString();
    const auto imported =
        SignalRepository(township, Session::bootstrap(QStringLiteral("city@%1").arg(cityCode))).import({s});
    if (!imported)
        return imported.error();
    return CityRecordsApplied::add(township, QStringLiteral("signals"), id);
}

} // namespace Doudi
