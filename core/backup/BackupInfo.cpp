#include "BackupInfo.h"

namespace Doudi {

namespace {

const QString kFormat = QStringLiteral("doudi-backup/1");

} // namespace

bool BackupInfo::isAutomatic() const
{
    return reason == QLatin1String("daily") || reason == QLatin1String("close");
}

QJsonObject BackupInfo::toJson() const
{
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_by_name"), createdByName},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("site_code"), siteCode},
            {QStringLiteral("site_name"), siteName},
            {QStringLiteral("database_uuid"), databaseUuid},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("households"), households},
            {QStringLiteral("members"), members},
            {QStringLiteral("last_package"), lastPackage},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("compression"), QStringLiteral("zlib")},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
            {QStringLiteral("opslimit"), qint64(opsLimit)},
            {QStringLiteral("memlimit"), qint64(memLimit)}};
}

Result<BackupInfo> BackupInfo::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return Error::failed(QCoreApplication::translate(
            "Doudi::BackupArchive", "This backup was written by a newer version of Doudi; update Doudi to read it."));
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13") ||
        o.value(QStringLiteral("compression")).toString() != QLatin1String("zlib"))
        return Error::failed(QCoreApplication::translate(
            "Doudi::BackupArchive", "The backup names a key derivation or compression Doudi does not know."));
    BackupInfo info;
    info.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    info.createdBy = o.value(QStringLiteral("created_by")).toString();
    info.createdByName = o.value(QStringLiteral("created_by_name")).toString();
    info.reason = o.value(QStringLiteral("reason")).toString();
    info.siteCode = o.value(QStringLiteral("site_code")).toString();
    info.siteName = o.value(QStringLiteral("site_name")).toString();
    info.databaseUuid = o.value(QStringLiteral("database_uuid")).toString();
    info.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    info.households = o.value(QStringLiteral("households")).toInteger();
    info.members = o.value(QStringLiteral("members")).toInteger();
    info.lastPackage = o.value(QStringLiteral("last_package")).toInteger();
    info.bytes = o.value(QStringLiteral("bytes")).toInteger();
    info.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    info.opsLimit = quint64(o.value(QStringLiteral("opslimit")).toInteger());
    info.memLimit = quint64(o.value(QStringLiteral("memlimit")).toInteger());
    if (!info.created.isValid() || info.siteCode.isEmpty())
        return Error::failed(QCoreApplication::translate("Doudi::BackupArchive", "The backup's header is damaged."));
    return info;
}

} // namespace Doudi
