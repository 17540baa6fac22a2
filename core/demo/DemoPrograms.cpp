#include "DemoPrograms.h"

#include "care/CareRegister.h"
#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "store/Database.h"
#include "store/StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {
const Session& demoSession()
{
    static const Session session = Session::bootstrap(QStringLiteral("demo"));
    return session;
}

struct LibraryEntry
{
    const char* kind;
    const char* name;
    const char* provider;
    const char* offers;
    const char* conditions;
    const char* contact;
};

// Who else helps in a county of 吉林省, as a township office would list them.
const LibraryEntry kLibrary[] = {
    {"department", "就业援助", "县人力资源和社会保障局", "公益性岗位安置、职业技能培训补贴、求职创业补贴",
     "低保家庭、零就业家庭中有劳动能力和就业意愿的成员", "就业服务中心 0439-6221001"},
    {"department", "医疗救助", "县医疗保障局", "住院自付部分按比例救助，年度限额2万元；门诊慢特病救助",
     "低保对象、特困人员、低保边缘家庭成员、因病致贫重病患者", "医保窗口 0439-6221002"},
    {"department", "残疾人康复和辅助器具", "县残疾人联合会", "康复训练、免费适配轮椅助听器等辅助器具", "持证残疾人",
     "残联康复部 0439-6221003"},
    {"department", "教育资助", "县教育局", "学前至高中免保教费学费、生活补助，大学生生源地助学贷款",
     "低保、特困、孤儿、残疾家庭学生", "学生资助中心 0439-6221004"},
    {"department", "农村危房改造", "县住房和城乡建设局", "C级D级危房加固或翻建补助",
     "低保户、特困户、低保边缘户、分散供养特困人员", "村镇建设股 0439-6221005"},
    {"mass_organisation", "困难妇女儿童帮扶", "县妇女联合会", "春蕾助学、困难单亲母亲救助、心理疏导",
     "困难妇女、留守儿童", "县妇联 0439-6221006"},
    {"charity", "圆梦大学", "县慈善总会", "考入大学的困难家庭新生一次性资助5000元",
     "低保、特困、低保边缘家庭子女，当年录取", "县慈善总会 0439-6221007"},
    {"charity", "慈善助医", "县慈善总会", "重特大疾病医保报销后自付部分救助，最高2万元", "困难家庭重病患者",
     "县慈善总会 0439-6221007"},
    {"social_work", "困境老人和儿童探访", "镇社会工作服务站", "上门探访、代购代办、陪同就医、心理关爱",
     "独居、失能老人，留守和困境儿童", "镇社工站 陈静 138 0439 0000"},
};

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        DemoPrograms::tr("Cannot fill the demo's programs: %1").arg(StorageError::describe(q.lastError())));
}
} // namespace

DemoPrograms::DemoPrograms(const QDate& today)
    : m_today(today)
{}

Status DemoPrograms::fill(Database& database)
{
    if (Status s = fillLibrary(database); !s)
        return s;
    return fillCareRegister(database);
}

Status DemoPrograms::fillLibrary(Database& database)
{
    HelpResources library(database, demoSession());
    QString socialWork;
    for (const LibraryEntry& e : kLibrary) {
        HelpResource r;
        r.kind = QString::fromLatin1(e.kind);
        r.name = QString::fromUtf8(e.name);
        r.provider = QString::fromUtf8(e.provider);
        r.offers = QString::fromUtf8(e.offers);
        r.conditions = QString::fromUtf8(e.conditions);
        r.contact = QString::fromUtf8(e.contact);
        r.validFrom = QDate(m_today.year() - 1, 1, 1);
        r.validUntil = r.kind == QLatin1String("charity") ? QDate(m_today.year(), 12, 31) : QDate();
        const auto added = library.add(r);
        if (!added)
            return added.error();
        if (r.kind == QLatin1String("social_work"))
            socialWork = added->id;
    }
    // One referral sent three weeks ago and not answered: the dashboard shows it overdue.
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM households WHERE deleted = 0 AND member_count = 1 AND status = 'tekun' "
                               "ORDER BY id LIMIT 1")))
        return databaseError(q);
    if (!q.next())
        return success();
    Referral referral;
    referral.resourceId = socialWork;
    referral.householdId = q.value(0).toString();
    referral.need = QStringLiteral("独居，行动不便，需要定期上门探访和代购");
    referral.sentOn = m_today.addDays(-21);
    const auto opened = Referrals(database, demoSession()).open(referral);
    return opened ? success() : Status(opened.error());
}

Status DemoPrograms::fillCareRegister(Database& database)
{
    // Elderly living alone, children and women of working families, in the township's first
    // villages: a few each, in a fixed order.
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT h.village_code, m.name, m.id_number, m.relation, h.member_count FROM members m "
                               "JOIN households h ON h.id = m.household_id WHERE h.deleted = 0 AND m.died_on IS NULL "
                               "ORDER BY h.village_code, h.id, m.position")))
        return databaseError(q);
    CareRegister care(database, demoSession());
    int elderly = 0;
    int children = 0;
    int women = 0;
    int added = 0;
    QHash<QString, int> inVillage; // two a village at most, so that several villages have some
    while (q.next() && (elderly < 6 || children < 4 || women < 2)) {
        const auto id = IdNumber::parse(q.value(2).toString());
        if (!id)
            continue;
        // Registered months ago, every other one visited since: some visits fall overdue.
        const QDate registered = m_today.addDays(-30 * (2 + added % 3));
        const int age = ageOn(id->birthDate(), registered);
        const bool alone = q.value(4).toInt() == 1;
        if (inVillage.value(q.value(0).toString()) >= 2)
            continue;
        CarePerson p;
        p.villageCode = q.value(0).toString();
        p.name = q.value(1).toString();
        p.idNumber = *id;
        if (alone && age >= 60 && elderly < 6) {
            p.group = QStringLiteral("elderly");
            p.reason = QStringLiteral("子女外出务工");
            p.carer = QStringLiteral("邻居照看");
            p.livingAlone = true;
            p.risk = age >= 80 ? QStringLiteral("high") : QStringLiteral("medium");
            ++elderly;
        } else if (age < 16 && q.value(3).toString() == QLatin1String("child") && children < 4) {
            p.group = QStringLiteral("child");
            p.reason = QStringLiteral("父亲外出务工");
            p.carer = QStringLiteral("母亲");
            ++children;
        } else if (!alone && age >= 20 && age < 60 && id->sex() == Sex::Female &&
                   q.value(3).toString() == QLatin1String("spouse") && women < 2) {
            p.group = QStringLiteral("woman");
            p.reason = QStringLiteral("配偶外出务工");
            p.carer = QStringLiteral("无");
            ++women;
        } else {
            continue;
        }
        p.registeredOn = registered;
        const auto person = care.add(p);
        if (!person)
            return person.error();
        if (added % 2 == 0) {
            const auto visit =
                care.visit(person->id, m_today.addDays(-10 - added), QStringLiteral("生活正常，已叮嘱注意安全"), false);
            if (!visit)
                return visit.error();
        }
        ++added;
        ++inVillage[p.villageCode];
    }
    return success();
}

} // namespace Doudi
