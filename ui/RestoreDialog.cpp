#include "RestoreDialog.h"

#include "FileChooser.h"

#include "backup/BackupArchive.h"
#include "backup/Backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Doudi {

RestoreDialog::RestoreDialog(const QString& siteCode, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_siteCode(siteCode)
    , m_folder(folder)
{
    setWindowTitle(tr("Restore from a backup"));
    auto* pick = new QPushButton(tr("&Choose a backup…"), this);
    connect(pick, &QPushButton::clicked, this, &RestoreDialog::choose);
    m_summary = new QLabel(tr("No backup chosen."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    connect(m_passphrase, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Backup:"), pick);
    form->addRow(QString(), m_summary);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* note = new QLabel(tr("The database in use now is kept beside the restored one (…before-restore-…), and "
                               "the next package to the city replaces what the city holds of this township."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Replace the database with the backup of %1? Everything entered since then is only in the kept "
               "file.")
                .arg(m_backup->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (answer == QMessageBox::Yes)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 300);

    // The folder's newest backup is the likely one.
    if (const auto listing = Backups::list(m_folder); listing && !listing->backups.isEmpty())
        showBackup(listing->backups.first().fileName);
    updateButton();
}

void RestoreDialog::choose()
{
    const QString file = FileChooser::open(this, FileChooser::Kind::Backups, tr("Choose a backup"),
                                           tr("Doudi backups (*%1)").arg(Backups::kSuffix), m_folder);
    if (!file.isEmpty())
        showBackup(file);
}

void RestoreDialog::showBackup(const QString& file)
{
    const auto info = BackupArchive::readInfo(file);
    if (!info) {
        m_backup.reset();
        m_summary->setText(info.error().toString().toHtmlEscaped());
        updateButton();
        return;
    }
    if (!m_siteCode.isEmpty() && info->siteCode != m_siteCode) {
        m_backup.reset();
        m_summary->setText(
            tr("This is a backup of %1 %2, not of this township.").arg(info->siteName.toHtmlEscaped(), info->siteCode));
        updateButton();
        return;
    }
    m_backup = *info;
    m_summary->setText(tr("<b>%1</b> (%2)<br>made %3 by %4<br>%5 households, %6 persons<br>last sync package sent: "
                          "%7<br><small>%8</small>")
                           .arg(info->siteName.toHtmlEscaped(), info->siteCode,
                                info->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                (info->createdByName.isEmpty() ? info->createdBy : info->createdByName).toHtmlEscaped())
                           .arg(info->households)
                           .arg(info->members)
                           .arg(info->lastPackage > 0 ? QString::number(info->lastPackage) : tr("none"))
                           .arg(QDir::toNativeSeparators(file).toHtmlEscaped()));
    updateButton();
    m_passphrase->setFocus();
}

QString RestoreDialog::passphrase() const
{
    return m_passphrase->text();
}

void RestoreDialog::updateButton()
{
    m_restore->setEnabled(m_backup.has_value() && !m_passphrase->text().isEmpty());
}

} // namespace Doudi
