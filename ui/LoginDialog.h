#pragma once

#include "security/Session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Doudi {

class Database;

// Asks for the user name and password and logs in; or, with a name given, unlocks the desk for
// that person after the idle lock (open work stays as it was). Whatever fails, the message is the
// same plain one.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    // Why the desk is locked, said on the unlock screen.
    enum class Locked
    {
        AfterIdle,
        ByHand
    };
    // What exec() returns when, at the lock screen, another person signs in instead.
    static constexpr int kSomeoneElse = 2;
    // An empty `lockedBy` asks for a name: a login. Else only that person's password: an unlock.
    LoginDialog(Database& database, const QString& lockedBy = QString(), Locked locked = Locked::AfterIdle,
                QWidget* parent = nullptr);

    const std::optional<Session>& session() const { return m_session; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* passwordField() const { return m_password; }
    // The sentence above the fields.
    QString introText() const;

public slots:
    void tryLogin();

private:
    Database& m_database;
    std::optional<Session> m_session;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_intro = nullptr;
};

} // namespace Doudi
