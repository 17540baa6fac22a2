#pragma once

#include "backup/BackupInfo.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Doudi {

// 数据维护 → 从备份恢复: the clerk picks a backup and sees what it holds (site, when, households,
// the last sync package) before anything is replaced; the passphrase is checked by the restore
// itself, after this dialog, once the desk has closed the database.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const QString& siteCode, const QString& folder, QWidget* parent = nullptr);

    // A backup to show, as if picked (tests, and the folder's newest at opening).
    void showBackup(const QString& file);
    QString file() const { return m_backup ? m_backup->fileName : QString(); }
    QString passphrase() const;
    QLabel* summary() const { return m_summary; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    void choose();
    void updateButton();

    QString m_siteCode;
    QString m_folder;
    std::optional<BackupInfo> m_backup;
    QLabel* m_summary = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace Doudi
