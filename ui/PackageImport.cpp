#include "PackageImport.h"

#include "sync/Enrolment.h"
#include "sync/Peers.h"
#include "sync/SyncImporter.h"
#include "sync/SyncPackage.h"

#include <QFile>
#include <QStringList>

namespace Doudi {

namespace {

Result<QString> importData(Database& database, const Session& session, const QByteArray& bytes,
                           const PackageHeader& header,
                           const std::function<bool(const QString&, const QString&)>& confirm,
                           const std::function<bool(const QString&)>& approve, bool acceptFull)
{
    ImportOptions options;
    options.acceptFull = acceptFull;
    const auto peer = Peers::find(database, header.sender);
    if (!peer)
        return peer.error();
    if (peer->has_value() && !(*peer)->hasKeys()) {
        // A township's first package: its keys are trusted once a person compared the fingerprint.
        if (!confirm(header.senderFingerprint, (*peer)->name))
            return Error::failed(PackageImport::tr("Not imported: the fingerprint was not confirmed."));
        options.trust = header.senderFingerprint;
    }
    options.preview = true;
    const auto preview = SyncImporter::import(database, session, bytes, options);
    if (!preview)
        return preview.error();
    if (preview->status == QLatin1String("already_imported"))
        return PackageImport::tr("Package %1 from %2 was imported before; nothing changed.")
            .arg(header.sequence)
            .arg(preview->senderName);
    if (preview->status == QLatin1String("applied") && approve &&
        !approve(PackageImport::summary(preview->counts, preview->conflicts)))
        return Error::failed(PackageImport::tr("Not imported."));
    options.preview = false;
    const auto done = SyncImporter::import(database, session, bytes, options);
    if (!done)
        return done.error();
    if (done->status == QLatin1String("held"))
        return PackageImport::tr("Package %1 from %2 is missing. This one (%3) is kept and applied as soon as "
                                 "package %1 is imported.")
            .arg(done->missing)
            .arg(done->senderName)
            .arg(header.sequence);
    QString message = PackageImport::tr("Package %1 from %2 imported.").arg(header.sequence).arg(done->senderName);
    if (!done->released.isEmpty())
        message += QLatin1Char(' ') + PackageImport::tr("%n package(s) that were waiting for it were applied too.",
                                                        nullptr, int(done->released.size()));
    if (done->conflicts > 0)
        message += QLatin1Char(' ') + PackageImport::tr("%n record(s) changed on both sides wait in the conflict "
                                                        "queue for your decision.",
                                                        nullptr, done->conflicts);
    return message;
}

} // namespace

QString PackageImport::kindLabel(const QString& table)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("villages"), QT_TR_NOOP("villages")},
        {QStringLiteral("households"), QT_TR_NOOP("households")},
        {QStringLiteral("members"), QT_TR_NOOP("members")},
        {QStringLiteral("income_items"), QT_TR_NOOP("incomes")},
        {QStringLiteral("expenditure_items"), QT_TR_NOOP("expenditures")},
        {QStringLiteral("vehicles"), QT_TR_NOOP("vehicles")},
        {QStringLiteral("residences"), QT_TR_NOOP("residences")},
        {QStringLiteral("determinations"), QT_TR_NOOP("determinations")},
        {QStringLiteral("cases"), QT_TR_NOOP("cases")},
        {QStringLiteral("case_steps"), QT_TR_NOOP("case steps and visits")},
        {QStringLiteral("fund_entries"), QT_TR_NOOP("reserve fund entries")},
        {QStringLiteral("fund_paperwork"), QT_TR_NOOP("payment paperwork")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("audit entries")},
        {QStringLiteral("policies"), QT_TR_NOOP("policies")},
        {QStringLiteral("calendar_days"), QT_TR_NOOP("calendar days")},
        {QStringLiteral("decisions"), QT_TR_NOOP("city decisions")},
        {QStringLiteral("id_hashes"), QT_TR_NOOP("ID hash lists")},
        {QStringLiteral("price_indices"), QT_TR_NOOP("price indices")},
        {QStringLiteral("price_subsidy_payments"), QT_TR_NOOP("price subsidy payments")},
    };
    const QString base = table.section(QLatin1Char(' '), 0, 0);
    const QString label = labels.contains(base) ? tr(labels.value(base)) : base;
    return table.endsWith(QLatin1String("(deleted)")) ? tr("%1 (deleted)").arg(label) : label;
}

QString PackageImport::summary(const QMap<QString, int>& counts, int conflicts)
{
    QStringList lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines.append(tr("%1: %2").arg(kindLabel(it.key())).arg(it.value()));
    if (lines.isEmpty())
        lines.append(tr("Nothing new."));
    if (conflicts > 0)
        lines.append(tr("%n record(s) changed on both sides will wait in the conflict queue.", nullptr, conflicts));
    return lines.join(QLatin1Char('\n'));
}

Result<QString> PackageImport::run(Database& database, const Session& session, const QString& path,
                                   const std::function<bool(const QString&, const QString&)>& confirm,
                                   const std::function<bool(const QString&)>& approve, bool acceptFull)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto header = SyncPackage::peek(bytes);
    if (!header)
        return header.error();
    if (header->kind != QLatin1String("enrolment"))
        return importData(database, session, bytes, *header, confirm, approve, acceptFull);
    if (!confirm(header->senderFingerprint, header->sender))
        return Error::failed(tr("Not imported: the fingerprint was not confirmed."));
    const auto imported = Enrolment::import(database, session, bytes, header->senderFingerprint);
    if (!imported)
        return imported.error();
    if (imported->alreadyEnrolled)
        return tr("Already enrolled with %1; %n policy(ies) checked.", nullptr, imported->policies)
            .arg(imported->cityName);
    return tr("Enrolled with %1; %n policy(ies) imported.", nullptr, imported->policies).arg(imported->cityName);
}

} // namespace Doudi
