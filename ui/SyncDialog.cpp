#include "SyncDialog.h"

#include "FileChooser.h"
#include "PackageImport.h"
#include "ReadOnlyTable.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "sync/ConflictQueue.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {

QString countsText(const QJsonObject& counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(PackageImport::kindLabel(it.key())).arg(it.value().toInteger()));
    return parts.join(QStringLiteral("，"));
}

} // namespace

SyncDialog::SyncDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Sync packages"));
    resize(980, 560);
    m_site = new QLabel(this);
    m_site->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_peers = ReadOnlyTable::create({tr("Code"), tr("Site"), tr("Key fingerprint"), tr("Last sent"),
                                     tr("Last received"), tr("They acknowledged"), tr("State")},
                                    {90, 120, 330, 70, 80, 90}, this);
    m_history = ReadOnlyTable::create(
        {tr("Time"), tr("Direction"), tr("Site"), tr("Package"), tr("By"), tr("Conflicts"), tr("What it carried")},
        {150, 60, 90, 60, 80, 60}, this);
    m_held = ReadOnlyTable::create({tr("Site"), tr("Package"), tr("Received"), tr("Waiting for")}, {90, 70, 170}, this);
    m_conflicts = ReadOnlyTable::create(
        {tr("No."), tr("Kind"), tr("Record"), tr("Here"), tr("From the package"), tr("Author"), tr("State")},
        {40, 80, 120, 220, 220, 80}, this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_peers, tr("Sites"));
    tabs->addTab(m_history, tr("History"));
    tabs->addTab(m_held, tr("Held packages"));
    auto* conflictsPage = new QWidget(this);
    auto* conflictsLayout = new QVBoxLayout(conflictsPage);
    conflictsLayout->addWidget(m_conflicts);
    auto* conflictButtons = new QHBoxLayout;
    auto* keepLocalButton = new QPushButton(tr("Keep ours"), conflictsPage);
    auto* keepIncomingButton = new QPushButton(tr("Take the package's"), conflictsPage);
    connect(keepLocalButton, &QPushButton::clicked, this, &SyncDialog::keepLocal);
    connect(keepIncomingButton, &QPushButton::clicked, this, &SyncDialog::keepIncoming);
    const bool decides = m_session.may(Action::ApproveDecision);
    keepLocalButton->setEnabled(decides);
    keepIncomingButton->setEnabled(decides);
    conflictButtons->addStretch();
    conflictButtons->addWidget(keepLocalButton);
    conflictButtons->addWidget(keepIncomingButton);
    conflictsLayout->addLayout(conflictButtons);
    tabs->addTab(conflictsPage, tr("Conflicts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export a package…"), QDialogButtonBox::ActionRole);
    auto* importButton = buttons->addButton(tr("&Import a package…"), QDialogButtonBox::ActionRole);
    exportButton->setEnabled(m_session.may(Action::ExchangePackages));
    importButton->setEnabled(m_session.may(Action::ExchangePackages));
    connect(exportButton, &QPushButton::clicked, this, &SyncDialog::exportPackage);
    connect(importButton, &QPushButton::clicked, this, &SyncDialog::importPackage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Rare and deliberate: after a township's database was restored or copied.
    m_full = new QCheckBox(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_site);
    layout->addWidget(tabs);
    layout->addWidget(m_full);
    layout->addWidget(buttons);
    reload();
}

void SyncDialog::reload()
{
    const auto site = SiteRepository(m_database, m_session).site();
    const auto fingerprint = SiteKeys::siteFingerprint(m_database);
    if (site && fingerprint) {
        m_siteKind = site->kind;
        m_full->setText(m_siteKind == QLatin1String("city")
                            ? tr("Accept a township's full re-baseline (it replaces everything held from it)")
                            : tr("Export everything: a full re-baseline, after this database was restored or copied"));
        m_site->setText(tr("%1 (%2) — this site's key fingerprint: %3").arg(site->name, site->code, *fingerprint));
    }
    m_peers->setRowCount(0);
    if (const auto peers = Peers::all(m_database)) {
        for (const Peer& p : *peers) {
            const QString state = !p.flagged.isEmpty() ? tr("Refused until a full re-baseline: %1").arg(p.flagged)
                                  : !p.hasKeys()       ? tr("Waiting for its first package")
                                                       : tr("In order");
            ReadOnlyTable::appendRow(m_peers,
                                     {p.code, p.name, p.fingerprint, QString::number(p.lastSent),
                                      QString::number(p.lastReceived), QString::number(p.lastAcknowledged), state},
                                     !p.flagged.isEmpty());
        }
    }
    m_history->setRowCount(0);
    if (const auto history = Peers::history(m_database, 500)) {
        for (const Peers::ExchangedPackage& p : *history)
            ReadOnlyTable::appendRow(m_history, {p.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                 p.direction == QLatin1String("sent") ? tr("sent") : tr("received"),
                                                 p.peer, QString::number(p.sequence), p.by,
                                                 QString::number(p.conflicts), countsText(p.counts)});
    }
    m_held->setRowCount(0);
    if (const auto held = SyncImporter::held(m_database)) {
        for (const SyncImporter::Held& h : *held) {
            const auto peer = Peers::find(m_database, h.peer);
            const qint64 missing = peer && peer->has_value() ? (*peer)->lastReceived + 1 : 0;
            ReadOnlyTable::appendRow(
                m_held, {h.peer, QString::number(h.sequence), h.receivedAt, tr("package %1").arg(missing)});
        }
    }
    m_conflicts->setRowCount(0);
    if (const auto conflicts = ConflictQueue(m_database).list(false)) {
        for (const SyncConflict& c : *conflicts) {
            const int row = ReadOnlyTable::appendRow(
                m_conflicts,
                {QString::number(c.id), PackageImport::kindLabel(c.table), c.key, QString::fromUtf8(c.local),
                 QString::fromUtf8(c.incoming), c.author,
                 c.resolution.isEmpty()
                     ? tr("to decide")
                     : (c.resolution == QLatin1String("local") ? tr("kept ours by %1") : tr("took the package's by %1"))
                           .arg(c.resolvedBy)},
                c.resolution.isEmpty());
            m_conflicts->item(row, 0)->setData(Qt::UserRole, c.id);
        }
    }
}

void SyncDialog::exportPackage()
{
    QString to;
    if (m_siteKind == QLatin1String("city")) {
        const int row = m_peers->currentRow();
        if (row < 0) {
            QMessageBox::information(this, tr("Export a package"),
                                     tr("Select the township the package is for in the list of sites first."));
            return;
        }
        to = m_peers->item(row, 0)->text();
    }
    const QString folder =
        FileChooser::folder(this, FileChooser::Kind::Packages, tr("Where to write the package (a USB stick)"));
    if (folder.isEmpty())
        return;
    const auto site = SiteRepository(m_database, m_session).site();
    QString peer = to;
    if (peer.isEmpty()) {
        if (const auto peers = Peers::all(m_database); peers && !peers->isEmpty())
            peer = peers->first().code;
    }
    const auto found = Peers::find(m_database, peer);
    const qint64 next = found && found->has_value() ? (*found)->lastSent + 1 : 1;
    const QString path = QDir(folder).filePath(
        QStringLiteral("doudi-%1-to-%2-%3.doudi").arg(site ? site->code : QString(), peer).arg(next));
    QProgressDialog progress(tr("Writing the package…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const bool full = m_siteKind != QLatin1String("city") && m_full->isChecked();
    const auto written = SyncExporter::write(m_database, m_session, to, full, path, [&progress](int done, int total) {
        progress.setValue(total > 0 ? done * 100 / total : 0);
    });
    progress.setValue(100);
    if (!written) {
        QMessageBox::warning(this, tr("Export a package"), written.error().toString());
        return;
    }
    QMessageBox::information(this, tr("Export a package"),
                             tr("Package %1 for %2 is written to\n%3\n\n%4")
                                 .arg(written->header.sequence)
                                 .arg(written->header.recipient, QDir::toNativeSeparators(path),
                                      PackageImport::summary(written->counts, 0)));
    m_full->setChecked(false);
    reload();
}

void SyncDialog::importPackage()
{
    const QString path = FileChooser::open(this, FileChooser::Kind::Packages, tr("Import a package"),
                                           tr("Doudi packages (*.doudi *.pkg);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto done = PackageImport::run(
        m_database, m_session, path,
        [this](const QString& fingerprint, const QString& sender) {
            return QMessageBox::question(this, tr("Compare the fingerprint"),
                                         tr("The package comes from %1 with the key fingerprint\n\n%2\n\nAsk them to "
                                            "read their fingerprint to you. Is it exactly this one?")
                                             .arg(sender, fingerprint),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        },
        [this](const QString& summary) {
            return QMessageBox::question(
                       this, tr("Import a package"),
                       tr("The package is genuine and complete. It will change:\n\n%1\n\nApply it?").arg(summary),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
        });
    if (!done)
        QMessageBox::warning(this, tr("Import a package"), done.error().toString());
    else
        QMessageBox::information(this, tr("Import a package"), *done);
    m_full->setChecked(false);
    reload();
}

void SyncDialog::resolveSelected(const QString& keep)
{
    const int row = m_conflicts->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_conflicts->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (const Status s = ConflictQueue(m_database).resolve(m_session, id, keep); !s)
        QMessageBox::warning(this, tr("Conflicts"), s.error().toString());
    reload();
}

} // namespace Doudi
