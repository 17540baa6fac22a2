#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace Doudi {

class Database;

// Logs a person in: the password checked against its Argon2id hash; five failures in a row lock
// the account for fifteen minutes. Whatever went wrong, the message is the same: it never tells
// whether the name or the password was wrong, or that an account exists.
class Authenticator final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Authenticator)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    static Result<Session> login(Database& database, const QString& name, const QString& password);
    static QString refusal();

private:
    Authenticator() = delete;
};

} // namespace Doudi
