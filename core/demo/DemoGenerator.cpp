#include "DemoGenerator.h"

#include "demo/DemoCases.h"
#include "demo/DemoFund.h"
#include "demo/DemoPayments.h"
#include "demo/DemoPrograms.h"
#include "sync/SiteKeys.h"

#include "domain/Vocabulary.h"
#include "reference/Divisions.h"
#include "security/KeySlots.h"
#include "security/PasswordHasher.h"
#include "security/PasswordKey.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Doudi {

namespace {
QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

// The rural monthly standard of the example policy, for a believable share of low incomes.
constexpr qint64 kStandardFen = 48000;
} // namespace

DemoGenerator::DemoGenerator(quint32 seed, QDate today)
    : m_random(seed)
    , m_today(today)
{
    QFile file(QStringLiteral(":/demo/township.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        // The real 六道沟镇 with its official villages (18 村 and 宝山社区).
        useTownship(o.value(QStringLiteral("township")).toObject().value(QStringLiteral("code")).toString());
        m_surnames = stringList(o.value(QStringLiteral("surnames")));
        m_maleGiven = stringList(o.value(QStringLiteral("male_given")));
        m_femaleGiven = stringList(o.value(QStringLiteral("female_given")));
        m_regions = stringList(o.value(QStringLiteral("other_regions")));
    }
}

bool DemoGenerator::useTownship(const QString& code)
{
    const Divisions& divisions = Divisions::builtIn();
    const auto township = divisions.township(code);
    const QList<Divisions::Village> villages = divisions.villagesOf(code);
    if (!township || villages.isEmpty())
        return false;
    m_townshipCode = township->code;
    m_townshipName = township->name;
    m_villages.clear();
    for (const Divisions::Village& v : villages)
        m_villages.append({v.code, v.name, v.urban});
    return true;
}

QString DemoGenerator::givenName(Sex sex)
{
    const QStringList& chars = sex == Sex::Male ? m_maleGiven : m_femaleGiven;
    QString name = pick(chars);
    if (chance(70))
        name += pick(chars);
    return name;
}

IdNumber DemoGenerator::makeIdNumber(int age, Sex sex)
{
    for (;;) {
        const QDate birth = m_today.addYears(-age).addDays(-between(1, 364));
        const int sequence = between(0, 499) * 2 + (sex == Sex::Male ? 1 : 0);
        QString text = pick(m_regions) + birth.toString(QStringLiteral("yyyyMMdd")) +
                       QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        text.append(IdNumber::checkCharacter(text));
        if (m_usedIds.contains(text))
            continue;
        m_usedIds.insert(text);
        return IdNumber::parse(text).value();
    }
}

Member DemoGenerator::makeMember(const QString& relation, int age, Sex sex, const QString& surname)
{
    Member m;
    m.idNumber = makeIdNumber(age, sex);
    m.name = surname + givenName(sex);
    m.relation = relation;
    if (chance(age >= 60 ? 12 : 4)) {
        m.disability.type = pick(Vocabulary::disabilityTypes());
        m.disability.grade = between(1, 4);
    }
    m.seriousIllness = chance(age >= 50 ? 7 : 2);
    m.chronicIllness = chance(age >= 50 ? 30 : 5);
    m.student = age >= 6 && age <= 22 && (age <= 15 || chance(60));
    if (age >= 75 && chance(40))
        m.adlFailed = between(1, 6);
    return m;
}

Household DemoGenerator::nextHousehold()
{
    ++m_serial;
    Household h;
    const DemoVillage& village = pick(m_villages);
    h.villageCode = village.code;
    h.residence = village.urban ? Residence::Urban : Residence::Rural;
    h.address = village.name + (village.urban ? QStringLiteral("%1栋%2号").arg(between(1, 30)).arg(between(101, 602))
                                              : QStringLiteral("%1组%2号").arg(between(1, 9)).arg(between(1, 80)));

    const QString surname = pick(m_surnames);
    const int shape = between(1, 100);
    const Sex headSex = chance(80) ? Sex::Male : Sex::Female;
    const Sex other = headSex == Sex::Male ? Sex::Female : Sex::Male;
    if (shape <= 18) {
        // An elderly person living alone: the typical 特困 and 低保 case.
        h.members.append(makeMember(QStringLiteral("head"), between(60, 92), headSex, surname));
        h.flags.hasCapableSupporter = chance(60);
    } else if (shape <= 40) {
        const int age = between(55, 85);
        h.members.append(makeMember(QStringLiteral("head"), age, headSex, surname));
        // One draw after another, in a fixed order: the same seed gives the same township
        // whatever order a compiler evaluates a call's arguments in.
        const QString spouseSurname = pick(m_surnames);
        const int spouseAge = qBound(40, age + between(-5, 3), 95);
        h.members.append(makeMember(QStringLiteral("spouse"), spouseAge, other, spouseSurname));
    } else {
        const int age = between(28, 58);
        h.members.append(makeMember(QStringLiteral("head"), age, headSex, surname));
        if (chance(85)) {
            const QString spouseSurname = pick(m_surnames);
            const int spouseAge = qBound(20, age + between(-4, 3), 90);
            h.members.append(makeMember(QStringLiteral("spouse"), spouseAge, other, spouseSurname));
        }
        int children = between(0, 2);
        children += chance(20) ? 1 : 0;
        for (int c = 0; c < children; ++c) {
            const Sex childSex = chance(50) ? Sex::Male : Sex::Female;
            const int childAge = qBound(0, age - between(20, 32), 40);
            h.members.append(makeMember(QStringLiteral("child"), childAge, childSex, surname));
        }
        if (chance(25)) {
            const Sex parentSex = chance(50) ? Sex::Male : Sex::Female;
            const int parentAge = qBound(60, age + between(22, 32), 98);
            h.members.append(makeMember(QStringLiteral("parent"), parentAge, parentSex, surname));
        }
    }

    // Income: most households are comfortably above the line, about one in ten below it.
    const int n = int(h.members.size());
    const qint64 lineFen = 12 * kStandardFen * n;
    const int band = between(1, 100);
    const qint64 targetFen = band <= 11   ? lineFen * between(10, 95) / 100
                             : band <= 28 ? lineFen * between(100, 199) / 100
                                          : lineFen * between(200, 600) / 100;
    qint64 placed = 0;
    for (int i = 0; i < n && placed < targetFen; ++i) {
        const int age = ageOn(h.members[i].effectiveBirthDate(), m_today);
        if (age >= 60) {
            h.income.append({QString(), i, QStringLiteral("basic_pension"), between(1300, 2400) * 100LL});
            if (age >= 80)
                h.income.append({QString(), i, QStringLiteral("old_age_allowance"), 600 * 100LL});
        } else if (age >= 18 && !h.members[i].student && h.members[i].disability.isNone()) {
            const qint64 wage = std::min<qint64>(targetFen - placed, between(8000, 60000) * 100LL) / 100 * 100;
            if (wage > 0)
                h.income.append({QString(), i, QStringLiteral("wage"), wage});
            placed += wage;
        }
    }
    if (targetFen - placed >= 100) {
        const QString type = h.residence == Residence::Rural ? QStringLiteral("agriculture") : QStringLiteral("other");
        h.income.append({QString(), std::nullopt, type, (targetFen - placed) / 100 * 100});
        placed = targetFen;
    }

    if (chance(20))
        h.expenditure.append({QString(), QStringLiteral("medical_self_paid"), between(2000, 60000) * 100LL});
    if (chance(10))
        h.expenditure.append({QString(), QStringLiteral("education"), between(1000, 15000) * 100LL});

    h.assets.financialFen = chance(60) ? between(0, 80000) * 100LL : 0;
    h.assets.dwellings.append({QString(), chance(8), QString()});
    if (chance(6))
        h.assets.dwellings.append({QString(), false, QString()});
    if (chance(15))
        h.assets.vehicles.append({QString(), chance(50) ? QStringLiteral("motorcycle") : QStringLiteral("ebike"),
                                  between(1000, 8000) * 100LL});
    if (chance(8))
        h.assets.vehicles.append({QString(), QStringLiteral("car"), between(20000, 120000) * 100LL});
    h.assets.businessRegistration = chance(3);
    h.flags.sustainedMedicalExpenditure = !h.expenditure.isEmpty() && chance(30);

    // Households below the line already receive help; a few are on their way out.
    if (placed < lineFen && h.assets.vehicles.size() <= 1) {
        if (n == 1 && !h.flags.hasCapableSupporter && ageOn(h.members[0].effectiveBirthDate(), m_today) >= 60) {
            h.status = HouseholdStatus::Tekun;
        } else {
            h.status = HouseholdStatus::Dibao;
            h.monthlyBenefitFen = std::max<qint64>((lineFen - placed + 1199) / 1200 * 100, 5000LL * n);
        }
    } else if (placed < lineFen * 2 && chance(5)) {
        h.status = HouseholdStatus::GradualExit;
        h.monthlyBenefitFen = between(100, 600) * 100LL;
        h.exitStarted = m_today.addMonths(-between(0, 17)).toString(QStringLiteral("yyyy-MM"));
    }
    // Benefits are paid into a rural credit cooperative or bank card (19 digits).
    if (h.status != HouseholdStatus::None) {
        h.bankAccount = chance(70) ? QStringLiteral("6230") : QStringLiteral("6217");
        for (int i = 0; i < 15; ++i)
            h.bankAccount += QChar(u'0' + between(0, 9));
    }
    return h;
}

Status DemoGenerator::fill(Database& database, const QString& user, int count,
                           const std::function<void(int done)>& progress)
{
    if (m_villages.isEmpty())
        return Error::failed(tr("The demo name lists are missing from this build."));
    const Session session = Session::bootstrap(user);
    SiteRepository sites(database, session);
    if (!sites.site()) {
        if (Status s = sites.createSite(m_townshipCode, m_townshipName, QStringLiteral("township")); !s)
            return s;
        if (const auto keys = SiteKeys::ensure(database); !keys)
            return keys.error();
    }
    auto existing = sites.villages();
    if (!existing)
        return existing.error();
    if (existing->isEmpty()) {
        QList<Village> official;
        for (const DemoVillage& v : m_villages)
            official.append({v.code, v.name, v.urban, {}, {}});
        if (Status s = sites.addVillages(official); !s)
            return s;
    }

    if (Status s = PolicyRepository(database, session).ensureExample(); !s)
        return s;

    // ID numbers already in the database must not be drawn again when a database is filled twice.
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT id_number FROM members"));
        while (q.next())
            m_usedIds.insert(q.value(0).toString());
    }

    HouseholdRepository households(database, session);
    QStringList added;
    constexpr int kBatch = 2000;
    for (int done = 0; done < count;) {
        QList<Household> batch;
        const int size = std::min(kBatch, count - done);
        batch.reserve(size);
        for (int i = 0; i < size; ++i)
            batch.append(nextHousehold());
        if (Status s = households.saveAll(batch); !s)
            return s;
        for (const Household& h : batch)
            added.append(h.uuid);
        done += size;
        if (progress)
            progress(done);
    }
    if (Status s = DemoCases(m_random, m_today).fill(database, added); !s)
        return s;
    if (Status s = DemoFund(m_random, m_today).fill(database, added); !s)
        return s;
    return DemoPayments(m_random, m_today).fill(database, added);
}

Status DemoGenerator::addProgramExamples(Database& database)
{
    return DemoPrograms(m_today).fill(database);
}

Status DemoGenerator::addDemoUsers(Database& database)
{
    UserRepository users(database, Session::bootstrap(QStringLiteral("demo")));
    const auto existing = users.count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return success();
    const auto hash = PasswordHasher::hash(kDemoPassword);
    if (!hash)
        return hash.error();
    // Every demo account gets its slot of the site key; like the hash, the password's key is
    // derived once for all of them (the demo's accounts share one password).
    const auto siteKey = KeySlots::sealingKey(database);
    if (!siteKey)
        return siteKey.error();
    const auto slotKey = PasswordKey::derive(kDemoPassword);
    if (!slotKey)
        return slotKey.error();
    QList<User> accounts = {
        {QString(),
         QStringLiteral("admin"),
         QStringLiteral("系统管理员"),
         Role::Admin,
         QString(),
         *hash,
         0,
         0,
         {},
         false},
        {QString(),
         QStringLiteral("clerk1"),
         QStringLiteral("刘丽"),
         Role::Clerk,
         QString(),
         *hash,
         150000,
         0,
         {},
         false},
        {QString(),
         QStringLiteral("clerk2"),
         QStringLiteral("张伟"),
         Role::Clerk,
         QString(),
         *hash,
         150000,
         0,
         {},
         false},
        {QString(),
         QStringLiteral("supervisor"),
         QStringLiteral("王建国"),
         Role::Supervisor,
         QString(),
         *hash,
         0,
         0,
         {},
         false},
        {QString(),
         QStringLiteral("auditor"),
         QStringLiteral("审计员"),
         Role::Auditor,
         QString(),
         *hash,
         0,
         0,
         {},
         false},
    };
    for (qsizetype i = 0; i < m_villages.size(); ++i)
        accounts.append({QString(),
                         QStringLiteral("cadre%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                         m_villages[i].name + QStringLiteral("干部"),
                         Role::Cadre,
                         m_villages[i].code,
                         *hash,
                         0,
                         0,
                         {},
                         false});
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    for (User& account : accounts) {
        if (Status s = users.addHashed(account); !s)
            return s;
        if (Status s = KeySlots::give(database, **siteKey, account.id, *slotKey, QStringLiteral("demo")); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    // The login screen of a demo database says how to get in.
    return SiteRepository(database, Session::bootstrap(QStringLiteral("demo")))
        .setSetting(kDemoAccountsKey, QStringLiteral("1"));
}

} // namespace Doudi
