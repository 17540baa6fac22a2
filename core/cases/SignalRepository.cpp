#include "SignalRepository.h"

#include "Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RecordDigest.h"
#include "store/SiteRepository.h"
#include "store/SqlStatements.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

SignalRepository::SignalRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

Result<SignalRepository::ImportReport> SignalRepository::import(QList<MonitoringSignal> incoming)
{
    if (Status s = m_session.require(Action::ReportDiscovery); !s)
        return s.error();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    AuditLog audit(m_database);
    const AuditLog::TransactionScope scope(audit);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString origin = SiteRepository::originCode(m_database);
    QSqlQuery match(m_database.connection());
    match.prepare(QStringLiteral("SELECT m.household_id FROM members m JOIN households h ON h.id = m.household_id "
                                 "WHERE m.id_number = ? AND m.deleted = 0 AND h.deleted = 0"));
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO signals (id, id_number, kind, source, signal_date, detail, household_id, "
                       "created_at, created_by, updated_at, updated_by, origin_site) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A file's signal that is already an open task — from an earlier import of the same file, or
    // twice in this one — is the same task and is not opened again. (The city's signals keep the
    // id they travel under and are never merged.)
    QSqlQuery same(m_database.connection());
    same.prepare(QStringLiteral("SELECT 1 FROM signals WHERE id_number = ? AND kind = ? AND signal_date = ? AND "
                                "status = 'open' AND source = ? AND detail = ? LIMIT 1"));
    SqlStatements statements(m_database.connection());
    ImportReport report;
    QSet<QString> inThisFile;
    for (MonitoringSignal& s : incoming) {
        if (s.id.isEmpty()) {
            const QString detail = s.detail.isNull() ? QStringLiteral("") : s.detail;
            const QString key =
                QStringList{s.idNumber.toString(), s.kind, s.date.toString(Qt::ISODate), s.source, detail}.join(
                    QChar(0x1F));
            for (const QVariant& v : {QVariant(s.idNumber.toString()), QVariant(s.kind),
                                      QVariant(s.date.toString(Qt::ISODate)), QVariant(s.source), QVariant(detail)})
                same.addBindValue(v);
            if (!same.exec())
                return Error::failed(tr("Cannot match the signals: %1").arg(StorageError::describe(same.lastError())));
            const bool open = same.next();
            same.finish();
            if (open || inThisFile.contains(key)) {
                ++report.duplicates;
                continue;
            }
            inThisFile.insert(key);
        }
        match.addBindValue(s.idNumber.toString());
        if (!match.exec())
            return Error::failed(tr("Cannot match the signals: %1").arg(StorageError::describe(match.lastError())));
        s.householdId = match.next() ? match.value(0).toString() : QString();
        match.finish();
        ++(s.householdId.isEmpty() ? report.unmatched : report.matched);
        if (s.id.isEmpty()) // the city's signals keep the id they travel under
            s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QVariant& v :
             {QVariant(s.id), QVariant(s.idNumber.toString()), QVariant(s.kind), QVariant(s.source),
              QVariant(s.date.toString(Qt::ISODate)), QVariant(s.detail.isNull() ? QStringLiteral("") : s.detail),
              s.householdId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.householdId),
              QVariant(now), QVariant(m_session.userName()), QVariant(now), QVariant(m_session.userName()),
              QVariant(origin)})
            insert.addBindValue(v);
        if (!insert.exec())
            return Error::failed(tr("Cannot store the signals: %1").arg(StorageError::describe(insert.lastError())));
        const QJsonObject values{{QStringLiteral("id_number"), s.idNumber.toString()},
                                 {QStringLiteral("kind"), s.kind},
                                 {QStringLiteral("source"), s.source},
                                 {QStringLiteral("household_id"), s.householdId}};
        const auto digest = RecordDigest::ofSignal(m_database, s.id, &statements);
        if (!digest)
            return digest.error();
        if (Status st = audit.append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("signals"), s.id,
                                     {}, values, *digest);
            !st)
            return st.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

Status SignalRepository::move(const QString& signalId, const QString& status, const QString& note)
{
    if (Status s =
            m_session.require(status == QLatin1String("visited") ? Action::RecordVisit : Action::PrepareDecision);
        !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT s.status, h.village_code FROM signals s LEFT JOIN households h ON "
                             "h.id = s.household_id WHERE s.id = ? AND s.deleted = 0"));
    q.addBindValue(signalId);
    if (!q.exec() || !q.next())
        return Error::failed(tr("There is no signal %1.").arg(signalId));
    const QString from = q.value(0).toString();
    if (!q.value(1).isNull()) {
        if (Status s = m_session.requireVillage(q.value(1).toString()); !s)
            return s;
    }
    q.finish();
    if (!MonitoringSignal::canMove(from, status))
        return Error::failed(tr("A signal that is “%1” cannot become “%2”.").arg(from, status));
    if (status == QLatin1String("not_eligible") && note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"), tr("say why the household is not eligible"));
    if (status == QLatin1String("referred") && note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"), tr("name the department it is referred to"));
    q.prepare(QStringLiteral("UPDATE signals SET status = ?, outcome_note = ?, updated_at = ?, updated_by = ?, "
                             "version = version + 1 WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(note.trimmed());
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_session.userName());
    q.addBindValue(signalId);
    if (!q.exec())
        return Error::failed(tr("Cannot update the signal: %1").arg(StorageError::describe(q.lastError())));
    const auto digest = RecordDigest::ofSignal(m_database, signalId);
    if (!digest)
        return digest.error();
    if (Status s = AuditLog(m_database)
                       .append(m_session.userName(), QStringLiteral("update"), QStringLiteral("signals"), signalId,
                               QJsonObject{{QStringLiteral("status"), from}},
                               QJsonObject{{QStringLiteral("status"), status}}, *digest, note);
        !s)
        return s;
    return transaction.commit();
}

Result<QList<MonitoringSignal>> SignalRepository::list(bool openOnly)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT s.id, s.id_number, s.kind, s.source, s.signal_date, s.detail, s.household_id, "
                               "s.status, s.outcome_note, h.village_code FROM signals s LEFT JOIN households h ON "
                               "h.id = s.household_id WHERE s.deleted = 0") +
                (openOnly ? QStringLiteral(" AND s.status IN ('open', 'visited')") : QString()) +
                QStringLiteral(" ORDER BY s.signal_date, s.rowid")))
        return Error::failed(tr("Cannot read the signals: %1").arg(StorageError::describe(q.lastError())));
    QList<MonitoringSignal> out;
    while (q.next()) {
        if (!q.value(9).isNull() && !m_session.maySeeVillage(q.value(9).toString()))
            continue;
        MonitoringSignal s;
        s.id = q.value(0).toString();
        s.idNumber = IdNumber::parse(q.value(1).toString()).value();
        s.kind = q.value(2).toString();
        s.source = q.value(3).toString();
        s.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.detail = q.value(5).toString();
        s.householdId = q.value(6).toString();
        s.status = q.value(7).toString();
        s.outcomeNote = q.value(8).toString();
        out.append(s);
    }
    return out;
}

} // namespace Doudi
