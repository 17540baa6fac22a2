#include "Enrolment.h"

#include "Clock.h"
#include "domain/SafeQuote.h"
#include "rules/PolicyJson.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/PackageBody.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/SyncPackage.h"
#include "sync/SyncTables.h"
#include "sync/TownshipIntake.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

Result<QByteArray> Enrolment::write(Database& city, const Session& session, const QString& townshipCode,
                                    const QString& townshipName)
{
    if (Status s = session.require(Action::ManageUsers); !s)
        return s.error();
    const auto site = SiteRepository(city, session).site();
    if (!site)
        return site.error();
    if (site->kind != QLatin1String("city"))
        return Error::failed(tr("Only a city database enrols townships; this one is the township %1.").arg(site->name));
    static const QRegularExpression nineDigits(QStringLiteral("^\\d{9}$"));
    if (!nineDigits.match(townshipCode).hasMatch() || !townshipCode.startsWith(site->code))
        return Error::invalid(QStringLiteral("township"),
                              tr("must be a 9-digit township code of %1 (starting %2)").arg(site->name, site->code));
    if (townshipName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("name the township"));
    const auto keys = SiteKeys::ensure(city);
    if (!keys)
        return keys.error();
    const auto policies = PolicyRepository(city, session).all();
    if (!policies)
        return policies.error();
    QJsonArray policyList;
    for (const StoredPolicy& p : *policies) {
        if (!p.isExample)
            policyList.append(p.policy.source);
    }
    // The holiday calendar, and the township's quota when the city recorded one already (re-enrolling).
    QJsonArray calendar;
    QJsonArray quotas;
    {
        QSqlQuery q(city.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM calendar_days ORDER BY day")))
            return Error::failed(tr("Cannot read the holiday calendar: %1").arg(StorageError::describe(q.lastError())));
        const QList<QByteArray> columns = SyncTables::columnNames(q);
        while (q.next())
            calendar.append(QJsonDocument::fromJson(SyncTables::rowJson(q, columns)).object());
        q.prepare(
            QStringLiteral("SELECT * FROM city_allocations WHERE township = ? AND kind = 'quota' ORDER BY rowid"));
        q.addBindValue(townshipCode);
        if (!q.exec())
            return Error::failed(tr("Cannot read the township's quota: %1").arg(StorageError::describe(q.lastError())));
        const QList<QByteArray> quotaColumns = SyncTables::columnNames(q);
        while (q.next())
            quotas.append(QJsonDocument::fromJson(SyncTables::rowJson(q, quotaColumns)).object());
    }
    const QJsonObject body{{QStringLiteral("format"), QStringLiteral("doudi-enrolment/1")},
                           {QStringLiteral("city"),
                            QJsonObject{{QStringLiteral("code"), site->code},
                                        {QStringLiteral("name"), site->name},
                                        {QStringLiteral("sign_public"), QString::fromLatin1(keys->signPublic.toHex())},
                                        {QStringLiteral("box_public"), QString::fromLatin1(keys->boxPublic.toHex())}}},
                           {QStringLiteral("township"), QJsonObject{{QStringLiteral("code"), townshipCode},
                                                                    {QStringLiteral("name"), townshipName.trimmed()}}},
                           {QStringLiteral("policies"), policyList},
                           {QStringLiteral("calendar_days"), calendar},
                           {QStringLiteral("allocations"), quotas}};
    Transaction transaction(city.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s =
            Peers::record(city, session, townshipCode, townshipName.trimmed(), QStringLiteral("township"), {}, {});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    PackageHeader header;
    header.sender = site->code;
    header.recipient = townshipCode;
    header.created = Clock::currentDateTimeUtc();
    header.senderFingerprint = keys->fingerprint();
    header.kind = QStringLiteral("enrolment");
    return SyncPackage::sign(header, QJsonDocument(body).toJson(QJsonDocument::Compact), *keys);
}

Result<Enrolment::Imported> Enrolment::import(Database& township, const Session& session, const QByteArray& file,
                                              const QString& trust)
{
    if (Status s = session.require(Action::ImportPolicy); !s)
        return s.error();
    const auto header = SyncPackage::peek(file);
    if (!header)
        return header.error();
    if (header->kind != QLatin1String("enrolment"))
        return Error::failed(tr("This is not an enrolment package."));
    const auto site = SiteRepository(township, session).site();
    if (!site)
        return site.error();
    if (header->recipient != site->code)
        return Error::failed(tr("The enrolment package is for the township %1, not for this one (%2).")
                                 .arg(SafeQuote::of(header->recipient), site->code));
    const auto body = SyncPackage::readUnsealed(file);
    if (!body)
        return body.error();
    const QJsonObject o = QJsonDocument::fromJson(*body).object();
    const QJsonObject city = o.value(QStringLiteral("city")).toObject();
    const QByteArray signPublic = QByteArray::fromHex(city.value(QStringLiteral("sign_public")).toString().toLatin1());
    const QByteArray boxPublic = QByteArray::fromHex(city.value(QStringLiteral("box_public")).toString().toLatin1());
    Imported result;
    result.cityCode = city.value(QStringLiteral("code")).toString();
    result.cityName = city.value(QStringLiteral("name")).toString();
    result.fingerprint = SiteKeys::fingerprintOf(signPublic, boxPublic);
    // The package must be what the city signed, with the keys it carries, and those keys the ones a
    // person confirmed.
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("doudi-enrolment/1") ||
        result.fingerprint != header->senderFingerprint || result.cityCode != header->sender ||
        !SyncPackage::verify(file, signPublic))
        return Error::failed(tr("The enrolment package is damaged or was changed on the way: its signature does not "
                                "match the keys it carries."));
    if (!site->code.startsWith(result.cityCode))
        return Error::failed(tr("The package comes from %1, which is not this township's city.").arg(result.cityName));
    if (trust.trimmed().isEmpty())
        return Error::failed(tr("Compare the city's key fingerprint %1 with the one the city reads out to you. If they "
                                "match, import the package again trusting it (--trust %1).")
                                 .arg(result.fingerprint));
    if (trust.trimmed().toLower() != result.fingerprint)
        return Error::failed(tr("The fingerprint you were given does not match this package's (%1): do not import it; "
                                "ask the city.")
                                 .arg(result.fingerprint));
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("SELECT fingerprint FROM peers WHERE code = ?"));
    q.addBindValue(result.cityCode);
    if (!q.exec())
        return Error::failed(tr("Cannot read the peer sites: %1").arg(StorageError::describe(q.lastError())));
    if (q.next()) {
        if (q.value(0).toString() != result.fingerprint)
            return Error::failed(tr("The city %1 is already enrolled with other keys: a re-keyed city is confirmed "
                                    "by the bureau, not by a package.")
                                     .arg(result.cityName));
        result.alreadyEnrolled = true;
    }
    q.finish();

    Transaction transaction(township.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (!result.alreadyEnrolled) {
        if (Status s = Peers::record(township, session, result.cityCode, result.cityName, QStringLiteral("city"),
                                     signPublic, boxPublic);
            !s)
            return s.error();
    }
    PolicyRepository policies(township, session);
    for (const QJsonValue& v : o.value(QStringLiteral("policies")).toArray()) {
        const auto policy = PolicyJson::fromJson(v.toObject());
        if (!policy)
            return policy.error().withFieldPrefix(QStringLiteral("policies"));
        if (Status s = policies.add(*policy); !s)
            return s.error();
        ++result.policies;
    }
    // The calendar and quota as a data package would bring them: applied once, never overwriting.
    const auto cityPeer = Peers::find(township, result.cityCode);
    if (!cityPeer)
        return cityPeer.error();
    PackageBody cityRecords;
    for (const char* table : {"calendar_days", "allocations"}) {
        for (const QJsonValue& v : o.value(QLatin1String(table)).toArray()) {
            const QJsonObject row = v.toObject();
            cityRecords.records.append(
                {QLatin1String(table),
                 row.value(row.contains(QStringLiteral("day")) ? QStringLiteral("day") : QStringLiteral("id"))
                     .toString(),
                 QJsonDocument(row).toJson(QJsonDocument::Compact)});
        }
    }
    int conflicts = 0;
    if (Status s = TownshipIntake::apply(township, **cityPeer, 0, cityRecords, &conflicts); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return result;
}

} // namespace Doudi
