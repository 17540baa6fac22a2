#pragma once

#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Doudi {

class Database;

// Preferences kept per user (QSettings): for now the language of the desk.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Database& database, Session session, QWidget* parent = nullptr);

    static QString idleMinutesKey() { return QStringLiteral("idle_lock_minutes"); }

signals:
    void idleMinutesChanged(int minutes);

private:
    void saveAndClose();

    Database& m_database;
    Session m_session;
    QComboBox* m_language = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QLineEdit* m_hotline = nullptr;
    QLineEdit* m_purchasedServices = nullptr;
    QLineEdit* m_assistanceFunds = nullptr;
};

} // namespace Doudi
