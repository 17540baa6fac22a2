#pragma once

#include "security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Doudi {

class Database;

// 数据维护 → 备份设置: where the office's backups go (a USB stick, D:\) and the passphrase they are
// encrypted under, set by the administrator; the backups already in the folder; a backup now.
class BackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)

public:
    BackupDialog(Database& database, Session session, QWidget* parent = nullptr);

    QLineEdit* folderField() const { return m_folder; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_repeat; }
    QTableWidget* backupTable() const { return m_backups; }

public slots:
    // Keeps the folder and (when typed) the new passphrase; says what was wrong otherwise.
    bool saveSettings();
    void backUpNow();

private:
    void chooseFolder();
    void listBackups();

    Database& m_database;
    Session m_session;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_backups = nullptr;
    bool m_hasKey = false;
};

} // namespace Doudi
