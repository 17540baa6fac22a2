#include "OfficeNotices.h"

#include "backup/BackupSettings.h"
#include "backup/Backups.h"
#include "cases/CaseRepository.h"
#include "domain/DisplayFormat.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QDir>
#include <QFileInfo>

namespace Doudi {

namespace {

QString backupNotice(Database& database, const Session& session, const QDate& today)
{
    const auto setup = BackupSettings::load(database);
    if (!setup)
        return setup.error().toString();
    if (!*setup)
        return session.may(Action::ChangeSettings)
                   ? OfficeNotices::tr("Backups are not set up: choose the folder and the passphrase in Maintenance → "
                                       "Backup settings.")
                   : OfficeNotices::tr("Backups are not set up: ask the administrator to set them up.");
    const QString folder = QDir::toNativeSeparators((*setup)->folder);
    if (!QFileInfo((*setup)->folder).isDir())
        return OfficeNotices::tr("The backup folder %1 cannot be reached: plug in the USB stick, or choose another "
                                 "folder.")
            .arg(folder);
    const auto listing = Backups::list((*setup)->folder);
    if (!listing)
        return listing.error().toString();
    const auto site = SiteRepository(database, session).site();
    for (const BackupInfo& b : listing->backups) {
        if (site && b.siteCode != site->code)
            continue;
        const QDate day = b.created.toLocalTime().date();
        if (day.daysTo(today) > OfficeNotices::kBackupDaysAllowed)
            return OfficeNotices::tr("The last backup is of %1, more than %2 days ago: make one now (Maintenance → "
                                     "Back up now).")
                .arg(DisplayFormat::date(day))
                .arg(OfficeNotices::kBackupDaysAllowed);
        return QString();
    }
    return OfficeNotices::tr("There is no backup in %1 yet: make one now (Maintenance → Back up now).").arg(folder);
}

} // namespace

QStringList OfficeNotices::compute(Database& database, const Session& session, const QDate& today)
{
    QStringList notices;
    if (const QString backup = backupNotice(database, session, today); !backup.isEmpty())
        notices.append(backup);
    if (today.month() == 12 && session.may(Action::ChangeSettings)) {
        bool found = false;
        if (const auto years = CaseRepository(database, session).calendarYears()) {
            for (const CalendarYearSource& y : *years)
                found = found || y.year == today.year() + 1;
        }
        if (!found)
            notices.append(tr("The working-day calendar of %1 is not here yet: import the State Council's holiday "
                              "arrangement (calendar import) when it is published, or deadlines in %1 will be "
                              "estimates.")
                               .arg(today.year() + 1));
    }
    return notices;
}

} // namespace Doudi
