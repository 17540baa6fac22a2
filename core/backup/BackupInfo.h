#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Doudi {

// What a backup holds, written in clear in its header so that a clerk can see which backup is
// which (and the restore screen can show it) before typing the passphrase. Nothing in it is
// personal: the site, when, by whom, and counts.
struct BackupInfo
{
    QString fileName;  // not in the header: where it was read from
    QDateTime created; // UTC
    QString createdBy;
    QString createdByName; // the person (刘丽), for the restore preview; empty in older backups
    QString reason;        // manual, daily, close, before-restore
    QString siteCode;
    QString siteName;
    QString databaseUuid;
    int schemaVersion = 0;
    qint64 households = 0;
    qint64 members = 0;
    qint64 lastPackage = 0; // the last sync package sent to the city, 0 when none
    qint64 bytes = 0;       // of the database inside

    // The key's derivation, so that the passphrase alone opens it.
    QByteArray salt;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    bool isAutomatic() const;

    QJsonObject toJson() const;
    static Result<BackupInfo> fromJson(const QJsonObject& o);
};

} // namespace Doudi
