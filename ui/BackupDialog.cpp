#include "BackupDialog.h"

#include "FileChooser.h"

#include "ReadOnlyTable.h"
#include "backup/BackupKey.h"
#include "backup/BackupSettings.h"
#include "backup/Backups.h"
#include "domain/DisplayFormat.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

BackupDialog::BackupDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Backup settings"));
    const bool mayChange = m_session.may(Action::ChangeSettings);
    const auto setup = BackupSettings::load(m_database);
    m_hasKey = setup && setup->has_value();

    m_folder = new QLineEdit(m_hasKey ? QDir::toNativeSeparators((*setup)->folder) : QString(), this);
    m_folder->setPlaceholderText(tr("e.g. E:\\兜底备份 on the USB stick"));
    m_folder->setEnabled(mayChange);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setEnabled(mayChange);
    browse->setFocusPolicy(Qt::ClickFocus); // Tab goes from field to field
    connect(browse, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setEnabled(mayChange);
    m_passphrase->setPlaceholderText(m_hasKey ? tr("leave empty to keep the passphrase")
                                              : tr("at least %1 characters").arg(BackupKey::kMinimumPassphraseLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setEnabled(mayChange);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    auto* warning = new QLabel(tr("Write the passphrase down and keep it locked away from the stick: without it no "
                                  "backup can be restored, and nobody can recover it."),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("Backup &folder:"), folderRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), warning);

    m_backups = ReadOnlyTable::create({tr("Made"), tr("Why"), tr("Households"), tr("Last package"), tr("File")},
                                      {150, 90, 80, 90}, this);
    auto* save = new QPushButton(tr("&Save settings"), this);
    save->setEnabled(mayChange);
    connect(save, &QPushButton::clicked, this, &BackupDialog::saveSettings);
    auto* now = new QPushButton(tr("Back up &now"), this);
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(save, QDialogButtonBox::ActionRole);
    buttons->addButton(now, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(new QLabel(tr("Backups in the folder (the desktop keeps 7 daily, 4 weekly and 12 monthly; "
                                    "those made by hand are never deleted):"),
                                 this));
    layout->addWidget(m_backups, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    listBackups();
}

void BackupDialog::chooseFolder()
{
    const QString dir = FileChooser::folder(this, FileChooser::Kind::Backups, tr("Backup folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

bool BackupDialog::saveSettings()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a folder that exists (plug in the USB stick first)."));
        m_folder->setFocus();
        return false;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        QMessageBox::warning(this, windowTitle(), tr("The two passphrases differ; type them again."));
        m_repeat->clear();
        m_passphrase->setFocus();
        m_passphrase->selectAll();
        return false;
    }
    Status s = success();
    if (!m_passphrase->text().isEmpty() || !m_hasKey) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        s = BackupSettings::save(m_database, m_session, folder, m_passphrase->text());
        QApplication::restoreOverrideCursor();
    } else {
        s = BackupSettings::moveTo(m_database, m_session, folder);
    }
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().toString());
        return false;
    }
    m_hasKey = true;
    m_passphrase->clear();
    m_repeat->clear();
    m_passphrase->setPlaceholderText(tr("leave empty to keep the passphrase"));
    m_state->setText(tr("Saved. Doudi backs up at the day's first start and at close."));
    listBackups();
    return true;
}

void BackupDialog::backUpNow()
{
    const auto setup = BackupSettings::load(m_database);
    if (!setup || !*setup) {
        QMessageBox::warning(this, windowTitle(),
                             setup ? tr("Set the backup folder and passphrase first.") : setup.error().toString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto made = Backups::create(m_database, m_session, (*setup)->folder, (*setup)->key);
    QApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(this, windowTitle(), made.error().toString());
        return;
    }
    m_state->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made->fileName)));
    listBackups();
}

void BackupDialog::listBackups()
{
    m_backups->setRowCount(0);
    const auto setup = BackupSettings::load(m_database);
    if (!setup || !*setup)
        return;
    const auto listing = Backups::list((*setup)->folder);
    if (!listing) {
        m_state->setText(listing.error().toString());
        return;
    }
    for (const BackupInfo& b : listing->backups) {
        const QString why = b.reason == Backups::kDaily     ? tr("day's start")
                            : b.reason == Backups::kAtClose ? tr("at close")
                                                            : tr("by hand");
        ReadOnlyTable::appendRow(m_backups, {b.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), why,
                                             QString::number(b.households), QString::number(b.lastPackage),
                                             QFileInfo(b.fileName).fileName()});
    }
}

} // namespace Doudi
