// Times the budgets of users and the audit trail (issue: users, roles, audit) and of the household
// import (issue 19):
//   one login, which unwraps the user's slot of the site key with one Argon2id derivation (issue 16:
//   budget 300 ms); importing 10,000 households with an audit entry each and the change log's rows
//   (budget 2 s), against the sqlite3 shell inserting the same rows and against the same audit
//   entries' work measured apart.
// Usage: bench_security [WORK_DIR] [--quick]
#include "BenchReport.h"
#include "Clock.h"
#include "ShellBaseline.h"
#include "demo/DemoGenerator.h"
#include "domain/HouseholdJson.h"
#include "security/Authenticator.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Doudi;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const int imported = options.quick ? 200 : 10000;

    const QString path = QDir(options.dir).filePath(QStringLiteral("bench-security.doudi"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return benchFailed(QStringLiteral("open"), db.error());
    DemoGenerator generator(31, QDate(2025, 3, 15));
    if (Status s = generator.fill(**db, QStringLiteral("bench"), 0); !s)
        return benchFailed(QStringLiteral("demo township"), s.error());
    const Session setup = Session::bootstrap(QStringLiteral("bench"));
    // A site's first account is its administrator; the clerk who logs in comes second.
    for (const auto& [name, role] :
         {std::pair(QStringLiteral("admin"), Role::Admin), std::pair(QStringLiteral("clerk"), Role::Clerk)}) {
        User user;
        user.name = name;
        user.role = role;
        if (Status s = UserRepository(**db, setup).add(user, QStringLiteral("bench-password")); !s)
            return benchFailed(QStringLiteral("add the %1").arg(name), s.error());
    }

    // 1. Logins, median of five.
    QList<qint64> logins;
    for (int i = 0; i < (options.quick ? 1 : 5); ++i) {
        QElapsedTimer t;
        t.start();
        if (const auto login = Authenticator::login(**db, QStringLiteral("clerk"), QStringLiteral("bench-password"));
            !login)
            return benchFailed(QStringLiteral("login"), login.error());
        logins.append(t.nsecsElapsed());
    }
    std::sort(logins.begin(), logins.end());
    if (!(*db)->siteKey())
        return benchFailed(QStringLiteral("login"), Error::failed(QStringLiteral("the site key is not unwrapped")));
    reportTiming(
        QStringLiteral("login unwrapping the site key (Argon2id, 128 MiB, 3 passes), median of %1").arg(logins.size()),
        logins.at(logins.size() / 2), QStringLiteral("≤ 300 ms"));

    // 2. Importing 10,000 households in one transaction, an audit entry each.
    QList<Household> households;
    for (int i = 0; i < imported; ++i)
        households.append(generator.nextHousehold());
    QList<Household> copy = households;
    QElapsedTimer t;
    t.start();
    if (Status s = HouseholdRepository(**db, setup).saveAll(copy); !s)
        return benchFailed(QStringLiteral("import"), s.error());
    const qint64 withAudit = t.nsecsElapsed();
    reportTiming(QStringLiteral("import %L1 households with their audit entries").arg(imported), withAudit,
                 QStringLiteral("≤ 2000 ms for 10,000"));
    // Everything the import wrote (the township had no household before it).
    const ShellBaseline shell =
        sqliteShellInserting((*db)->connection(),
                             {{QStringLiteral("households"), {}},
                              {QStringLiteral("household_order"), {}},
                              {QStringLiteral("household_search"), {}},
                              {QStringLiteral("members"), {}},
                              {QStringLiteral("income_items"), {}},
                              {QStringLiteral("expenditure_items"), {}},
                              {QStringLiteral("vehicles"), {}},
                              {QStringLiteral("residences"), {}},
                              {QStringLiteral("audit_log"), QStringLiteral("tbl = 'households'")},
                              {QStringLiteral("sync_changes"), {}}},
                             options.dir);
    if (shell.nanoseconds < 0)
        return benchFailed(QStringLiteral("sqlite3 shell"), Error::failed(shell.error));
    reportTiming(QStringLiteral("sqlite3 shell inserting the same %L1 rows").arg(shell.rows), shell.nanoseconds,
                 QStringLiteral("—"));
    reportRatio(QStringLiteral("import speed / sqlite3 shell speed"), shell.nanoseconds, withAudit,
                QStringLiteral("—"));

    // 3. The audit's own share: the same entries' work (values, masking, digest, chained insert).
    const QString scratch = QDir(options.dir).filePath(QStringLiteral("bench-security-audit.doudi"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);
    auto other = Database::open(scratch, Database::OpenMode::CreateIfMissing);
    if (!other)
        return benchFailed(QStringLiteral("open"), other.error());
    {
        Transaction transaction((*other)->connection());
        if (Status s = transaction.begin(); !s)
            return benchFailed(QStringLiteral("audit"), s.error());
        AuditLog audit(**other);
        t.restart();
        {
            const AuditLog::TransactionScope scope(audit);
            for (const Household& h : copy) {
                const QByteArray json = HouseholdJson::compact(h);
                if (Status s = audit.appendJson(QStringLiteral("bench"), QStringLiteral("insert"),
                                                QStringLiteral("households"), h.uuid, {}, json, AuditLog::digest(json));
                    !s)
                    return benchFailed(QStringLiteral("audit"), s.error());
            }
        }
        const qint64 auditOnly = t.nsecsElapsed();
        if (Status s = transaction.commit(); !s)
            return benchFailed(QStringLiteral("audit"), s.error());
        reportTiming(QStringLiteral("of which the audit entries alone"), auditOnly, QStringLiteral("—"));
        QTextStream(stdout) << QStringLiteral("audit share of the import: %1 % (budget < 20 % added)")
                                   .arg(100.0 * auditOnly / double(withAudit - auditOnly), 0, 'f', 1)
                            << Qt::endl;
    }
    return 0;
}
