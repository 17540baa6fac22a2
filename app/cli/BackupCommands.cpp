#include "Commands.h"

#include "backup/BackupKey.h"
#include "backup/BackupSettings.h"
#include "backup/Backups.h"
#include "store/SiteRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Doudi::Cli {

namespace {

constexpr char kPassphraseVariable[] = "DOUDI_BACKUP_PASSPHRASE";

std::optional<QString> passphrase(CliContext& ctx)
{
    return ctx.password(kPassphraseVariable, CliContext::tr("Backup passphrase: "));
}

QJsonObject infoJson(const BackupInfo& b)
{
    return {{QStringLiteral("file"), QDir::toNativeSeparators(b.fileName)},
            {QStringLiteral("created"), b.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), b.createdBy},
            {QStringLiteral("reason"), b.reason},
            {QStringLiteral("site"), b.siteCode},
            {QStringLiteral("site_name"), b.siteName},
            {QStringLiteral("schema_version"), b.schemaVersion},
            {QStringLiteral("households"), b.households},
            {QStringLiteral("members"), b.members},
            {QStringLiteral("last_package"), b.lastPackage},
            {QStringLiteral("bytes"), b.bytes}};
}

QString describe(const BackupInfo& b)
{
    return CliContext::tr("%1 %2, %3: %4 households, %5 persons, last package %6")
        .arg(b.siteName, b.siteCode, b.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(b.households)
        .arg(b.members)
        .arg(b.lastPackage);
}

void printJson(CliContext& ctx, const QJsonObject& o)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int createBackup(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("to"),
                      CliContext::tr("The folder the backup is written to (default: the office's backup folder)."),
                      CliContext::tr("DIR")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args,
                                CliContext::tr("Writes an encrypted backup of the database (passphrase from %1).")
                                    .arg(QString::fromLatin1(kPassphraseVariable)));
        r >= 0)
        return r;
    auto [db, session] = ctx.act(parser, CliContext::databasePath(parser));
    if (!session)
        return Failed;
    const auto setup = BackupSettings::load(*db);
    if (!setup)
        return ctx.fail(setup.error());
    QString folder = parser.value(QStringLiteral("to"));
    if (folder.isEmpty() && *setup)
        folder = (*setup)->folder;
    if (folder.isEmpty())
        return ctx.usageError(CliContext::tr("Name the folder with --to (no backup folder is set for this office)."));
    if (!QDir().mkpath(folder))
        return ctx.fail(Error::failed(CliContext::tr("Cannot create the folder %1.").arg(folder)));
    const auto phrase = passphrase(ctx);
    if (!phrase)
        return Usage;
    // Every backup of an office opens with the one passphrase the office keeps.
    std::optional<BackupKey> key;
    if (*setup) {
        if (!(*setup)->key.matches(*phrase))
            return ctx.fail(Error::invalid(QStringLiteral("passphrase"),
                                           CliContext::tr("this is not the office's backup passphrase")));
        key = (*setup)->key;
    } else {
        auto derived = BackupKey::derive(*phrase);
        if (!derived)
            return ctx.fail(derived.error());
        key = *derived;
    }
    const auto made = Backups::create(*db, *session, folder, *key);
    if (!made)
        return ctx.fail(made.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx, infoJson(*made));
    else
        ctx.err() << CliContext::tr("Backup written to %1 (%2).")
                         .arg(QDir::toNativeSeparators(made->fileName), describe(*made))
                  << Qt::endl;
    return Done;
}

int listBackups(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dir"), CliContext::tr("The folder of the backups."), CliContext::tr("DIR")});
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    if (const int r = ctx.parse(parser, args, CliContext::tr("Lists the backups of a folder, newest first.")); r >= 0)
        return r;
    if (!ctx.require(parser, QStringLiteral("dir")))
        return Usage;
    const auto listing = Backups::list(parser.value(QStringLiteral("dir")));
    if (!listing)
        return ctx.fail(listing.error());
    for (const QString& file : listing->unreadable)
        ctx.err() << CliContext::tr("Not a readable backup: %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupInfo& b : listing->backups)
            array.append(infoJson(b));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const BackupInfo& b : listing->backups)
        ctx.out() << QFileInfo(b.fileName).fileName() << '\t' << describe(b) << Qt::endl;
    return Done;
}

int verifyBackup(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The backup file."));
    if (const int r = ctx.parse(
            parser, args, CliContext::tr("Reads a backup whole with the passphrase and checks the database in it."));
        r >= 0)
        return r;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(CliContext::tr("Name exactly one backup file."));
    const auto phrase = passphrase(ctx);
    if (!phrase)
        return Usage;
    const auto checked = Backups::verify(parser.positionalArguments().constFirst(), *phrase);
    if (!checked)
        return ctx.fail(checked.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx, infoJson(*checked));
    else
        ctx.out() << CliContext::tr("The backup is good: %1.").arg(describe(*checked)) << Qt::endl;
    return Done;
}

int restoreBackup(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(CliContext::dbOption());
    parser.addOption(CliContext::userOption());
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The backup file."));
    if (const int r = ctx.parse(
            parser, args, CliContext::tr("Replaces the database with a backup; the replaced file is kept beside it."));
        r >= 0)
        return r;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(CliContext::tr("Name exactly one backup file."));
    const QString path = CliContext::databasePath(parser);
    const auto phrase = passphrase(ctx);
    if (!phrase)
        return Usage;

    // With a database in place, its administrator restores, and only a backup of the same site.
    QString siteCode;
    std::optional<Session> acting;
    if (QFileInfo::exists(path)) {
        auto [db, session] = ctx.act(parser, path);
        if (!session)
            return Failed;
        if (Status s = session->require(Action::ChangeSettings); !s)
            return ctx.fail(s.error());
        const auto site = SiteRepository(*db, *session).site();
        if (!site)
            return ctx.fail(site.error());
        siteCode = site->code;
        acting = session;
    }
    const auto authorize = [&](Database& restored, const BackupInfo& backup) -> Result<QString> {
        if (!siteCode.isEmpty() && backup.siteCode != siteCode)
            return Error::failed(
                CliContext::tr("This is a backup of %1 %2, not of this site (%3); nothing was replaced.")
                    .arg(backup.siteName, backup.siteCode, siteCode));
        if (acting)
            return acting->userName();
        // A new PC: the restored database's own users say who may.
        const auto session = ctx.session(parser, restored);
        if (!session)
            return Error::failed(CliContext::tr("Nothing was restored."));
        if (Status s = session->require(Action::ChangeSettings); !s)
            return s.error();
        return session->userName();
    };
    const auto restored = Backups::restore(path, parser.positionalArguments().constFirst(), *phrase, authorize);
    if (!restored)
        return ctx.fail(restored.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = infoJson(restored->backup);
        o.insert(QStringLiteral("database"), QDir::toNativeSeparators(path));
        o.insert(QStringLiteral("replaced_file"), QDir::toNativeSeparators(restored->replacedFile));
        printJson(ctx, o);
    }
    ctx.err() << CliContext::tr("Restored from the backup of %1.").arg(describe(restored->backup)) << Qt::endl;
    if (!restored->replacedFile.isEmpty())
        ctx.err() << CliContext::tr("The replaced database is kept as %1.")
                         .arg(QDir::toNativeSeparators(restored->replacedFile))
                  << Qt::endl;
    ctx.err() << CliContext::tr("The next package to the city will be a full re-baseline.") << Qt::endl;
    return Done;
}

} // namespace

int runBackup(CliContext& ctx, const QStringList& args)
{
    return ctx.runSubcommand(
        QStringLiteral("backup"),
        {{"create", createBackup}, {"list", listBackups}, {"verify", verifyBackup}, {"restore", restoreBackup}}, args);
}

} // namespace Doudi::Cli
