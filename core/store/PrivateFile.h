#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace Doudi {

// Every file Doudi writes for a person — rosters, bank files, packages, enrolments, printed PDFs —
// holds names, masked ID numbers or accounts: only the account that wrote it may read it (0600 on
// Unix; on Windows the user's own folders already are). Written whole to a temporary file beside
// the target and renamed over it, so it appears whole or not at all.
class PrivateFile final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PrivateFile)

public:
    static constexpr QFileDevice::Permissions kPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    static Status write(const QString& path, const QByteArray& bytes);

private:
    PrivateFile() = delete;
};

} // namespace Doudi
