#pragma once

#include "Result.h"
#include "domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace Doudi {

class Database;

struct DemoVillage
{
    QString code;
    QString name;
    bool urban = false;
};

// Believable synthetic households for a 临江-like township: Chinese names, valid ID numbers with
// plausible ages, a realistic spread of incomes (most above the line, some below), disabilities,
// illnesses and assets. The same seed gives the same data.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DemoGenerator)

public:
    explicit DemoGenerator(quint32 seed, QDate today);

    QString townshipCode() const { return m_townshipCode; }
    QString townshipName() const { return m_townshipName; }
    const QList<DemoVillage>& villages() const { return m_villages; }
    // Another township of 吉林省 than 六道沟镇, with its official villages (a city of several demo
    // townships); false, and nothing changed, for a code without villages in the built-in list.
    bool useTownship(const QString& code);

    Household nextHousehold();

    // Creates the site and villages when the database has none, then adds `count` households in
    // transactions of a few thousand; `progress` (may be null) hears the running count.
    Status fill(Database& database, const QString& user, int count,
                const std::function<void(int done)>& progress = nullptr);

    // Demo accounts, when the database has none: an administrator, two clerks, a supervisor, an
    // auditor and a cadre for every village, all with kDemoPassword (demo only; the README says so).
    Status addDemoUsers(Database& database);
    // The other programs' examples (the resource library, a referral, the care register): for the
    // demo a person opens, not for the tests' townships.
    Status addProgramExamples(Database& database);
    static inline const QString kDemoPassword = QStringLiteral("doudi-demo");
    static inline const QString kDemoAccountsKey = QStringLiteral("demo_accounts");

private:
    Member makeMember(const QString& relation, int age, Sex sex, const QString& surname);
    IdNumber makeIdNumber(int age, Sex sex);
    QString givenName(Sex sex);
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    QRandomGenerator m_random;
    QDate m_today;
    QString m_townshipCode;
    QString m_townshipName;
    QList<DemoVillage> m_villages;
    QStringList m_surnames;
    QStringList m_maleGiven;
    QStringList m_femaleGiven;
    QStringList m_regions;
    QSet<QString> m_usedIds;
    int m_serial = 0;
};

} // namespace Doudi
