#include "Clock.h"
#include "TestFixtures.h"
#include "demo/DemoGenerator.h"
#include "domain/PinyinInitials.h"
#include "store/HouseholdRepository.h"

#include "security/Session.h"
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <QTest>

#include <algorithm>

using namespace Doudi;

namespace {
QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// The live households with a member whose column holds the text, as reading every member says.
QSet<QString> householdsHolding(Database& db, const QString& column, const QString& text, const QString& village)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT m.household_id FROM members m JOIN households h ON h.id = "
                             "m.household_id WHERE m.deleted = 0 AND h.deleted = 0 AND instr(m.%1, ?) > 0 AND "
                             "(coalesce(?, '') = '' OR h.village_code = ?)")
                  .arg(column));
    q.addBindValue(text);
    q.addBindValue(village);
    q.addBindValue(village);
    QSet<QString> out;
    if (!q.exec())
        return {QStringLiteral("(query failed)")};
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

// Every row of every household table, to prove that a refused save changed nothing.
QString snapshot(Database& db)
{
    return TestFixtures::tableRows(
        db, {"households", "members", "income_items", "expenditure_items", "vehicles", "residences"});
}
} // namespace

class TestHouseholdRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }
    void init()
    {
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("t%1.doudi").arg(++m_counter)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void savesAndLoads()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY2(repo.save(h), "save failed");
        QCOMPARE(h.uuid.size(), 36);
        for (const Member& m : h.members)
            QVERIFY(!m.uuid.isEmpty());
        QVERIFY(!h.income[0].uuid.isEmpty());

        const auto loaded = repo.load(h.uuid);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(*loaded, h);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT created_by FROM households")).toString(),
                 QStringLiteral("clerk1"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT origin_site FROM members LIMIT 1")).toString(),
                 QStringLiteral("220681103"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT head_name FROM households")).toString(), QStringLiteral("李强"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT member_count FROM households")).toInt(), 3);
    }

    // Rows are read in the order they are stored and put back in the order of the form: members
    // moved about and an income added to a member before the others come back as they were saved,
    // one household alone and all of them together, with every income on its member.
    // The fields of the other programs (spec/programs.md §2) are stored and come back; changing one
    // is a change of the household.
    void keepsTheFieldsOfTheOtherPrograms()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        h.members[1].parents = {ParentState::Dead, ParentState::Detained};
        h.members[1].careSetting = CareSetting::Institution;
        h.members[0].diedOn = QDate(2025, 3, 2);
        QVERIFY(repo.save(h));
        auto loaded = repo.load(h.uuid);
        QVERIFY(loaded);
        QCOMPARE(loaded->members[1].parents, h.members[1].parents);
        QCOMPARE(loaded->members[1].careSetting, CareSetting::Institution);
        QCOMPARE(loaded->members[0].diedOn, h.members[0].diedOn);
        QCOMPARE(loaded->members[0].parents, Parents{});
        QCOMPARE(*loaded, h);
        const QString memberVersion =
            QStringLiteral("SELECT version FROM members WHERE id = '%1'").arg(loaded->members[1].uuid);
        QCOMPARE(scalar(*m_db, memberVersion).toInt(), 1);
        loaded->members[1].parents.mother = ParentState::Dead;
        QVERIFY(repo.save(*loaded));
        QCOMPARE(scalar(*m_db, memberVersion).toInt(), 2);
        QCOMPARE(repo.load(h.uuid)->members[1].parents.mother, ParentState::Dead);
    }

    void rowsComeBackInTheOrderOfTheForm()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY(repo.save(h));
        QVERIFY(h.members.size() >= 3);
        const int last = int(h.members.size() - 1);
        std::swap(h.members.first(), h.members.last());
        for (IncomeItem& item : h.income) {
            if (item.member == 0)
                item.member = last;
            else if (item.member == last)
                item.member = 0;
        }
        h.income.prepend({QString(), last, QStringLiteral("pension"), 1200000});
        QVERIFY(repo.save(h));
        const auto one = repo.load(h.uuid);
        QVERIFY2(one.ok(), qPrintable(one.error().toString()));
        QCOMPARE(*one, h);
        const auto all = repo.loadAll();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), h);
    }

    void updateRaisesVersionsOfChangedRowsOnly()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY(repo.save(h));
        const QString removedIncome = h.income[1].uuid;
        h.members[1].name = QStringLiteral("赵美");
        h.income.removeAt(1);
        h.members.append(TestFixtures::member("11010519491231002X", "李奶奶", "parent"));
        h.income.append({QString(), 3, QStringLiteral("basic_pension"), 150000});
        QVERIFY(repo.save(h));

        const auto version = [this](const QString& table, const QString& id) {
            return scalar(*m_db, QStringLiteral("SELECT version FROM %1 WHERE id = '%2'").arg(table, id)).toInt();
        };
        QCOMPARE(version(QStringLiteral("households"), h.uuid), 2);
        QCOMPARE(version(QStringLiteral("members"), h.members[0].uuid), 1);
        QCOMPARE(version(QStringLiteral("members"), h.members[1].uuid), 2);
        QCOMPARE(version(QStringLiteral("members"), h.members[3].uuid), 1);
        // A removed item stays as a tombstone for sync.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT deleted FROM income_items WHERE id = '%1'").arg(removedIncome))
                     .toInt(),
                 1);
        QCOMPARE(*repo.load(h.uuid), h);
        QCOMPARE(repo.load(h.uuid)->income[1].member, std::optional<int>(3));
    }

    void savingWhatIsStoredWritesNothing()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY(repo.save(h));
        const QString before = snapshot(*m_db);
        const auto count = [this](const char* table) {
            return scalar(*m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
        };
        const int audits = count("audit_log");
        const int changes = count("sync_changes");

        // Saved again as loaded, and as the form holds it (the same object): no version, no audit
        // entry, nothing for the city.
        Household loaded = *repo.load(h.uuid);
        QVERIFY(repo.save(loaded));
        QVERIFY(repo.save(h));
        QList<Household> both{loaded};
        QVERIFY(repo.saveAll(both));
        QCOMPARE(snapshot(*m_db), before);
        QCOMPARE(count("audit_log"), audits);
        QCOMPARE(count("sync_changes"), changes);

        // The same people without their row ids (a document imported again) are written: the rows
        // are new ones, which the city must learn about.
        Household again = h;
        for (Member& m : again.members)
            m.uuid.clear();
        QVERIFY(repo.save(again));
        QCOMPARE(count("audit_log"), audits + 1);

        // One changed field is a change.
        again.members[0].adlFailed = 2;
        QVERIFY(repo.save(again));
        QCOMPARE(count("audit_log"), audits + 2);
        QVERIFY(count("sync_changes") > changes);
    }

    void refusesPersonOfAnotherHousehold()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household first = TestFixtures::household();
        QVERIFY(repo.save(first));
        const QString before = snapshot(*m_db);

        Household second = TestFixtures::household(TestFixtures::kVillageB);
        second.members = {TestFixtures::member("11010519491231002X", "王大妈", "head"),
                          TestFixtures::member("220681198409020241", "赵梅", "spouse")};
        second.income = {};
        const Status s = repo.save(second);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().problems().size(), 1);
        QCOMPARE(s.error().problems().first().field, QStringLiteral("members[1].id_number"));
        // The other household is named; the ID number is not repeated.
        QVERIFY(s.error().toString().contains(QStringLiteral("李强")));
        QVERIFY(s.error().toString().contains(QStringLiteral("六道沟村")));
        QVERIFY(!s.error().toString().contains(QStringLiteral("220681198409020241")));
        QVERIFY(second.uuid.isEmpty());
        QCOMPARE(snapshot(*m_db), before);

        // Once the first household is gone, the person may join another.
        QVERIFY(repo.remove(first.uuid));
        QVERIFY(repo.save(second));
    }

    void invalidHouseholdChangesNothing()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY(repo.save(h));
        const QString before = snapshot(*m_db);
        Household edited = h;
        edited.income[0].annualFen = -1;
        edited.members[0].name = QStringLiteral("新名字");
        const Status s = repo.save(edited);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(s.error().problems().first().field, QStringLiteral("income[0].annual_fen"));
        QCOMPARE(snapshot(*m_db), before);

        edited = h;
        edited.villageCode = QStringLiteral("220681103999");
        QCOMPARE(repo.save(edited).error().problems().first().field, QStringLiteral("village"));
        QCOMPARE(snapshot(*m_db), before);
    }

    void saveAllIsAllOrNothing()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        QList<Household> batch{TestFixtures::household(), TestFixtures::household()};
        // The second repeats the first's people: the whole batch is refused.
        const Status s = repo.saveAll(batch);
        QVERIFY(!s.ok());
        QVERIFY(s.error().problems().first().field.startsWith(QStringLiteral("[1].members[")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM households")).toInt(), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM members")).toInt(), 0);
    }

    void removeLeavesTombstones()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY(repo.save(h));
        QVERIFY(repo.remove(h.uuid));
        QVERIFY(!repo.load(h.uuid).ok());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM members WHERE deleted = 1")).toInt(), 3);
        QCOMPARE(repo.count({}).value(), qint64(0));
        QVERIFY(!repo.remove(h.uuid).ok());
    }

    void listFiltersSearchesAndSorts()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household a = TestFixtures::household();
        Household b;
        b.villageCode = TestFixtures::kVillageB;
        b.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        b.status = HouseholdStatus::Tekun;
        QVERIFY(repo.save(a));
        QVERIFY(repo.save(b));

        QCOMPARE(repo.count({}).value(), qint64(2));
        HouseholdFilter byVillage;
        byVillage.villageCode = TestFixtures::kVillageB;
        QCOMPARE(repo.count(byVillage).value(), qint64(1));
        QCOMPARE(repo.list(byVillage, 0, 10)->first().headName, QStringLiteral("王秀英"));

        HouseholdFilter search;
        search.search = QStringLiteral("小宇"); // a child's name finds the family
        QCOMPARE(repo.list(search, 0, 10)->first().id, a.uuid);
        search.search = QStringLiteral("1002x"); // part of an ID number, lowercase x
        QCOMPARE(repo.list(search, 0, 10)->first().id, b.uuid);
        search.search = QStringLiteral("LXY"); // pinyin initials of 李小宇
        QCOMPARE(repo.list(search, 0, 10)->first().id, a.uuid);
        search.search = QStringLiteral("wxy"); // 王秀英
        QCOMPARE(repo.count(search).value(), qint64(1));
        search.search = QStringLiteral("无此人");
        QCOMPARE(repo.count(search).value(), qint64(0));

        // Someone who sees ID numbers only masked cannot find a person by the hidden digits (a birth
        // date): only by a whole ID number. Names still find everybody they may see.
        HouseholdRepository cadre(*m_db, Session::forUser(QStringLiteral("cadre01"), QStringLiteral("村干部"),
                                                          Role::Cadre, TestFixtures::kVillageB));
        search.search = QStringLiteral("19491231");
        QCOMPARE(repo.count(search).value(), qint64(1)); // the clerk may
        QCOMPARE(cadre.count(search).value(), qint64(0));
        QVERIFY(cadre.list(search, 0, 10)->isEmpty());
        search.search = QStringLiteral("11010519491231002x");
        QCOMPARE(cadre.count(search).value(), qint64(1));
        search.search = QStringLiteral("王秀英");
        QCOMPARE(cadre.count(search).value(), qint64(1));

        HouseholdFilter sorted;
        sorted.sortKey = HouseholdFilter::SortKey::MemberCount;
        QCOMPARE(repo.list(sorted, 0, 10)->first().memberCount, 1);
        sorted.descending = true;
        QCOMPARE(repo.list(sorted, 0, 10)->first().memberCount, 3);
        QCOMPARE(repo.list(sorted, 1, 10)->size(), 1);

        const auto statuses = repo.countByStatus();
        QCOMPARE(statuses->value(QStringLiteral("tekun")).households, qint64(1));
        QCOMPARE(statuses->value(QStringLiteral("none")).households, qint64(1));
        QCOMPARE(statuses->value(QStringLiteral("tekun")).persons + statuses->value(QStringLiteral("none")).persons,
                 qint64(4));
        QCOMPARE(repo.memberCount().value(), qint64(4));
    }

    // 李婷 is found by "lt" and 单丽 by "sl", "dl" or "cl"; a database whose search text was made
    // with an older pinyin table (婷 unknown) is rebuilt once at opening, without sending every
    // member to the city again.
    void findsByEveryReadingAndRebuildsOlderSearchText()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        h.members[0].name = QStringLiteral("李婷");
        h.members[1].name = QStringLiteral("单丽");
        QVERIFY(repo.save(h));
        const auto found = [&repo](const char* typed) {
            HouseholdFilter filter;
            filter.search = QString::fromLatin1(typed);
            return repo.count(filter).value();
        };
        for (const char* typed : {"lt", "sl", "dl", "cl", "LT"})
            QVERIFY2(found(typed) == 1, typed);
        QCOMPARE(found("tl"), qint64(0)); // not across two readings

        const QString path = m_db->path();
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE members SET name_initials = 'l婷' WHERE name = '李婷'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'older' WHERE key = 'pinyin_table'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_changes")));
        }
        m_db.reset();
        auto reopened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(reopened);
        m_db = std::move(reopened).value();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name_initials FROM members WHERE name = '李婷'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("lt"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_changes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        HouseholdRepository again(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        HouseholdFilter filter;
        filter.search = QStringLiteral("lt");
        QCOMPARE(again.count(filter).value(), qint64(1));
    }

    // The list goes by the head's name in pinyin order (黎明, 李强, 刘丽, 吕明, 王秀英), not by code
    // point (李, 刘, 吕, 王, 黎); descending reverses it; a database whose keys were made with
    // another order table gets them rebuilt once at opening.
    void listsByNameInPinyinOrder()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        const QStringList names = {QStringLiteral("王秀英"), QStringLiteral("刘丽"), QStringLiteral("黎明"),
                                   QStringLiteral("吕明"), QStringLiteral("李强")};
        const QStringList pinyin = {QStringLiteral("黎明"), QStringLiteral("李强"), QStringLiteral("刘丽"),
                                    QStringLiteral("吕明"), QStringLiteral("王秀英")};
        const char* ids[] = {"11010519491231002X", "110105194912310046", "220681195003070018", "220681198204110139",
                             "220681198409020241"};
        for (int i = 0; i < names.size(); ++i) {
            Household h;
            h.villageCode = TestFixtures::kVillageA;
            h.members = {TestFixtures::member(ids[i], "", "head")};
            h.members[0].name = names.at(i);
            QVERIFY(repo.save(h));
        }
        const auto listed = [](HouseholdRepository& r, bool descending) {
            HouseholdFilter filter;
            filter.descending = descending;
            QStringList out;
            for (const HouseholdSummary& s : r.list(filter, 0, 10).value())
                out.append(s.headName);
            return out;
        };
        QCOMPARE(listed(repo, false), pinyin);
        QStringList reversed = pinyin;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(listed(repo, true), reversed);
        HouseholdFilter search; // a search's matches too, after the ranking
        search.search = QStringLiteral("明");
        QCOMPARE(repo.list(search, 0, 10)->first().headName, QStringLiteral("黎明"));

        // A head renamed moves to the new name's place.
        HouseholdFilter byName;
        byName.search = QStringLiteral("王秀英");
        Household wang = repo.load(repo.list(byName, 0, 1)->first().id).value();
        wang.members[0].name = QStringLiteral("艾秀英");
        QVERIFY(repo.save(wang));
        QCOMPARE(listed(repo, false).first(), QStringLiteral("艾秀英"));

        const QString path = m_db->path();
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE household_order SET head_name_key = ''")));
            QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'older' WHERE key = 'pinyin_order'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_changes")));
        }
        m_db.reset();
        auto reopened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(reopened);
        m_db = std::move(reopened).value();
        HouseholdRepository again(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        QCOMPARE(listed(again, false).mid(1), pinyin.mid(0, 4));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_changes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // a derived key is not a change to send
    }

    // A search ranks what a clerk means first — the head's whole name, another member's whole
    // name, then heads, then other members — and says which member matched when not the head.
    // The full-text index answers exactly what reading every member would: for parts of names,
    // initials and ID numbers drawn from the people themselves (and some that match nobody), the
    // count and the households listed, page by page, are those with a member holding the text —
    // every way the list can go (ranked, looked up and sorted, walking the name order with the
    // matches collected, walking and asking the members), in every village or one, after edits,
    // a person leaving and a household removed.
    void searchIndexAgreesWithTheMembers()
    {
        DemoGenerator generator(11, QDate(2025, 3, 15));
        auto made = Database::open(m_dir.filePath(QStringLiteral("search-%1.doudi").arg(++m_counter)),
                                   Database::OpenMode::CreateIfMissing);
        QVERIFY(made);
        Database& db = **made;
        QVERIFY(generator.fill(db, QStringLiteral("demo"), 240));
        HouseholdRepository repo(db, Session::bootstrap(QStringLiteral("demo")));
        auto all = repo.loadAll();
        QVERIFY(all);
        // Edits the index must follow: a renamed head, a person gone, a household removed.
        Household renamed = all->at(0);
        renamed.members[0].name = QStringLiteral("欧阳娜仁");
        QVERIFY(repo.save(renamed));
        Household smaller = all->at(1);
        QVERIFY(smaller.members.size() > 1);
        const QString gone = smaller.members.takeLast().name;
        smaller.income.removeIf([&smaller](const IncomeItem& item) { return item.member >= smaller.members.size(); });
        const Status saved = repo.save(smaller);
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        QVERIFY(repo.remove(all->at(2).uuid));

        QRandomGenerator random(5);
        QList<std::pair<QString, QString>> terms = {{QStringLiteral("name"), QStringLiteral("欧阳娜仁")},
                                                    {QStringLiteral("name"), gone},
                                                    {QStringLiteral("name"), all->at(2).members[0].name},
                                                    {QStringLiteral("name"), QStringLiteral("无此人")},
                                                    {QStringLiteral("name_initials"), QStringLiteral("qqq")},
                                                    {QStringLiteral("id_number"), QStringLiteral("99999")}};
        for (int i = 0; i < 60; ++i) {
            const Household& h = all->at(3 + random.bounded(int(all->size()) - 3));
            const Member& m = h.members.at(random.bounded(int(h.members.size())));
            const QString initials = PinyinInitials::of(m.name);
            const QString id = m.idNumber.toString();
            const int from = random.bounded(int(m.name.size()));
            terms.append({QStringLiteral("name"), m.name.mid(from, 1 + random.bounded(int(m.name.size()) - from))});
            terms.append({QStringLiteral("name_initials"), initials.left(1 + random.bounded(int(initials.size())))});
            terms.append({QStringLiteral("id_number"), id.mid(random.bounded(12), 3 + random.bounded(6))});
        }
        terms.append({QStringLiteral("id_number"), all->at(4).members[0].idNumber.toString()});
        terms.append({QStringLiteral("id_number"), QStringLiteral("19")}); // too short for the index
        const QString village = all->at(5).villageCode;
        const QList<HouseholdRepository::SearchTuning> ways = {
            {},                 // as it is
            {1000000, 2.5, 10}, // all ranked
            {0, 1e12, 10},      // looked up and sorted
            {0, 0, 1000000},    // walking, the matches collected
            {0, 0, 0},          // walking, asking the members
            {0, 0, 0, 3},       // and counting no more than 4
            {200, 2.5, 10, 0},  // counting 1 at most
        };
        for (const auto& [column, text] : terms) {
            for (const QString& inVillage : {QString(), village}) {
                const QSet<QString> expected = householdsHolding(db, column, text, inVillage);
                for (const HouseholdRepository::SearchTuning& way : ways) {
                    HouseholdRepository searching(db, Session::bootstrap(QStringLiteral("demo")));
                    searching.setSearchTuning(way);
                    HouseholdFilter filter;
                    filter.search = text;
                    filter.villageCode = inVillage;
                    const QString what = column + QStringLiteral(" “") + text + QStringLiteral("” in ") +
                                         (inVillage.isEmpty() ? QStringLiteral("all") : inVillage);
                    const qint64 counted = searching.count(filter).value();
                    const qint64 countable = std::min<qint64>(expected.size(), way.countsUpTo + 1);
                    QVERIFY2(counted == countable,
                             qPrintable(what + QStringLiteral(": %1, not %2").arg(counted).arg(countable)));
                    QSet<QString> listed;
                    for (qint64 offset = 0;; offset += 7) {
                        const auto page = searching.list(filter, offset, 7);
                        QVERIFY2(page, qPrintable(what));
                        for (const HouseholdSummary& s : *page)
                            listed.insert(s.id);
                        if (page->size() < 7)
                            break;
                    }
                    QVERIFY2(listed == expected, qPrintable(what));
                }
            }
        }
        // Listed by another column, the matches are the same.
        HouseholdFilter byVillage;
        byVillage.search = terms.at(8).second;
        byVillage.sortKey = HouseholdFilter::SortKey::Village;
        QCOMPARE(repo.list(byVillage, 0, 100000).value().size(),
                 householdsHolding(db, terms.at(8).first, byVillage.search, QString()).size());
    }

    // The index is written again at opening when the way it is written changed (here: its version
    // made to look older, its documents gone), without a change for the city.
    void rebuildsAnOlderSearchIndex()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household h = TestFixtures::household();
        QVERIFY(repo.save(h));
        const QString path = m_db->path();
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM household_search")));
            QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'older' WHERE key = 'household_search'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_changes")));
        }
        HouseholdFilter filter;
        filter.search = h.members[0].name;
        QCOMPARE(HouseholdRepository(*m_db, Session::bootstrap(QStringLiteral("clerk1"))).count(filter).value(),
                 qint64(0));
        m_db.reset();
        auto reopened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(reopened);
        m_db = std::move(reopened).value();
        QCOMPARE(HouseholdRepository(*m_db, Session::bootstrap(QStringLiteral("clerk1"))).count(filter).value(),
                 qint64(1));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_changes")).toInt(), 0);
    }

    void searchRanksAndSaysWhoMatched()
    {
        HouseholdRepository repo(*m_db, Session::bootstrap(QStringLiteral("clerk1")));
        Household a = TestFixtures::household(); // 李强's, with 王秀英 as a member
        a.members[1].name = QStringLiteral("王秀英");
        Household b;
        b.villageCode = TestFixtures::kVillageA;
        b.members = {TestFixtures::member("11010519491231002X", "王秀英", "head")};
        Household c;
        c.villageCode = TestFixtures::kVillageA;
        c.members = {TestFixtures::member("110105194912310046", "王秀兰", "head")};
        QVERIFY(repo.save(a) && repo.save(b) && repo.save(c));
        HouseholdFilter filter;
        filter.search = QStringLiteral("王秀英");
        auto rows = repo.list(filter, 0, 10).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, b.uuid); // the head's whole name
        QVERIFY(rows.at(0).matchedMember.isEmpty());
        QCOMPARE(rows.at(1).id, a.uuid);
        QCOMPARE(rows.at(1).matchedMember, QStringLiteral("王秀英"));
        filter.search = QStringLiteral("wx");
        rows = repo.list(filter, 0, 10).value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).id, a.uuid); // heads first
        QCOMPARE(rows.at(2).matchedMember, QStringLiteral("王秀英"));

        // Two others matched: the first in the form's order (王秀英), not in the name's (王秀兰).
        a.members[2].name = QStringLiteral("王秀兰");
        QVERIFY(repo.save(a));
        filter.search = QStringLiteral("王秀");
        rows = repo.list(filter, 0, 10).value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).id, a.uuid);
        QCOMPARE(rows.at(2).matchedMember, QStringLiteral("王秀英"));
    }
};

QTEST_GUILESS_MAIN(TestHouseholdRepository)
#include "TestHouseholdRepository.moc"
