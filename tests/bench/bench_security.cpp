// Times the budgets of users and the audit trail (issue: users, roles, audit):
//   one login, which unwraps the user's slot of the site key with one Argon2id derivation (issue 16:
//   budget 300 ms), and importing 10,000 households with an
//   audit entry each, against the same import with the entries' work measured apart.
// Usage: bench_security [WORK_DIR]
#include "BenchReport.h"
#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/HouseholdJson.h"
#include "security/Authenticator.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
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
    const QString dir = benchDirectory(argc, argv, temp);

    const QString path = QDir(dir).filePath(QStringLiteral("bench-security.doudi"));
    QFile::remove(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    DemoGenerator generator(31, QDate(2025, 3, 15));
    if (!db || !generator.fill(**db, QStringLiteral("bench"), 0))
        return 1;
    const Session setup = Session::bootstrap(QStringLiteral("bench"));
    User clerk;
    clerk.name = QStringLiteral("clerk");
    clerk.role = Role::Clerk;
    if (!UserRepository(**db, setup).add(clerk, QStringLiteral("bench-password")))
        return 1;

    // 1. Logins, median of five.
    QList<qint64> logins;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        if (!Authenticator::login(**db, QStringLiteral("clerk"), QStringLiteral("bench-password")))
            return 1;
        logins.append(t.nsecsElapsed());
    }
    std::sort(logins.begin(), logins.end());
    if (!(*db)->siteKey())
        return 1; // the login must have unwrapped the site key
    reportTiming(QStringLiteral("login unwrapping the site key (Argon2id, 128 MiB, 3 passes), median of 5"),
                 logins.at(2), QStringLiteral("≤ 300 ms"));

    // 2. Importing 10,000 households in one transaction, an audit entry each.
    QList<Household> households;
    for (int i = 0; i < 10000; ++i)
        households.append(generator.nextHousehold());
    QList<Household> copy = households;
    QElapsedTimer t;
    t.start();
    if (!HouseholdRepository(**db, setup).saveAll(copy))
        return 1;
    const qint64 withAudit = t.nsecsElapsed();
    reportTiming(QStringLiteral("import 10,000 households with their audit entries"), withAudit, QStringLiteral("—"));

    // 3. The audit's own share: the same entries' work (values, masking, digest, chained insert).
    const QString scratch = QDir(dir).filePath(QStringLiteral("bench-security-audit.doudi"));
    QFile::remove(scratch);
    auto other = Database::open(scratch, Database::OpenMode::CreateIfMissing);
    if (!other)
        return 1;
    {
        QSqlQuery begin((*other)->connection());
        begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        AuditLog audit(**other);
        t.restart();
        {
            const AuditLog::TransactionScope scope(audit);
            for (const Household& h : copy) {
                const QByteArray json = HouseholdJson::compact(h);
                if (!audit.appendJson(QStringLiteral("bench"), QStringLiteral("insert"), QStringLiteral("households"),
                                      h.uuid, {}, json, AuditLog::digest(json)))
                    return 1;
            }
        }
        const qint64 auditOnly = t.nsecsElapsed();
        begin.exec(QStringLiteral("COMMIT"));
        reportTiming(QStringLiteral("of which the audit entries alone"), auditOnly, QStringLiteral("—"));
        QTextStream(stdout) << QStringLiteral("audit share of the import: %1 % (budget < 20 % added)")
                                   .arg(100.0 * auditOnly / double(withAudit - auditOnly), 0, 'f', 1)
                            << Qt::endl;
    }
    return 0;
}
