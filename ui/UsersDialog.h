#pragma once

#include "security/Session.h"

#include <QDialog>

class QTableWidget;

namespace Doudi {

class Database;

// The administrator's list of accounts: add one (clerk, supervisor, village cadre, auditor or
// administrator), disable or enable it, set a new password. Core checks the right to do so.
class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    UsersDialog(Database& database, Session session, QWidget* parent = nullptr);

    QTableWidget* usersTable() const { return m_users; }

public slots:
    void reload();
    void addUser();
    void toggleDisabled();
    void resetPassword();

private:
    QString selectedName() const;
    // Asks for a new password twice; empty when cancelled.
    QString askPassword(const QString& title);

    Database& m_database;
    Session m_session;
    QTableWidget* m_users = nullptr;
};

} // namespace Doudi
