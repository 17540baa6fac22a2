#include "Clock.h"
#include "RosterWorkbook.h"
#include "TestFixtures.h"
#include "sheet/RosterImporter.h"
#include "sheet/RosterReader.h"
#include "sheet/XlsxReader.h"
#include "store/HouseholdRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Doudi;
using RosterWorkbook::fullWidth;
using RosterWorkbook::Workbook;

namespace {

// Valid ID numbers of 临江市 (220681) with their check characters.
const char* const kHead1 = "220681195603020014";   // male, 1956-03-02
const char* const kSpouse1 = "220681195807150021"; // female
const char* const kChild1 = "220681198501010038";
const char* const kHead2Old = "220681520101012";    // a 15-digit number of 1952
const char* const kHead2New = "220681195201010120"; // the same, upgraded
const char* const kHead3 = "220681194708200041";
const char* const kHead4 = "220681196205110051";
const char* const kMember4 = "220681197002030064";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every row of the tables an import writes, to prove a refusal changed nothing.
QString snapshot(Database& db)
{
    return TestFixtures::tableRows(db, {"households", "members", "household_sources", "audit_log", "sync_changes"});
}

QString problemsText(const RosterPlan& plan)
{
    QStringList lines;
    for (const RosterProblem& p : plan.problems)
        lines.append(QStringLiteral("%1%2: %3").arg(p.column).arg(p.row).arg(p.message));
    return lines.join(QLatin1Char('\n'));
}

bool hasProblem(const RosterPlan& plan, int row, const QString& column)
{
    return std::any_of(plan.problems.begin(), plan.problems.end(),
                       [&](const RosterProblem& p) { return p.row == row && p.column == column; });
}

} // namespace

// An office's Excel/WPS roster brought in: what real rosters contain, each refusal by row and
// column, all or nothing.
class TestRosterImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
    const Session m_clerk = Session::forUser(QStringLiteral("clerk"), QStringLiteral("民政员"), Role::Clerk, {});
    const QString kUrbanVillage = QStringLiteral("220681103008");

    QString file(const char* name) { return m_dir.filePath(QString::number(m_counter) + QString::fromLatin1(name)); }

    // The roster of a township as its office kept it in Excel: a merged title, a unit line, a
    // two-row header with 家庭成员 over the member columns, one row per person with the household's
    // fields on the head's row, full-width digits, a 15-digit ID, a blank row, 合计 and signatures.
    QString memberRowsRoster()
    {
        const QString path = file("roster.xlsx");
        Workbook book(path);
        lxw_worksheet* s = book.sheet("11月低保");
        Workbook::merge(s, 0, 0, 0, 10, QStringLiteral("六道沟镇2026年11月城乡低保花名册"));
        Workbook::merge(s, 1, 0, 1, 10, QStringLiteral("填报单位：六道沟镇人民政府            单位：元"));
        Workbook::merge(s, 2, 0, 3, 0, QStringLiteral("序号"));
        Workbook::merge(s, 2, 1, 3, 1, QStringLiteral("村（社区）"));
        Workbook::merge(s, 2, 2, 2, 5, QStringLiteral("家庭成员"));
        Workbook::text(s, 3, 2, QStringLiteral("成员姓名"));
        Workbook::text(s, 3, 3, QStringLiteral("公民身份\n号码"));
        Workbook::text(s, 3, 4, QStringLiteral("与户主关系"));
        Workbook::text(s, 3, 5, QStringLiteral("出生日期"));
        Workbook::merge(s, 2, 6, 3, 6, QStringLiteral("保障类别"));
        Workbook::merge(s, 2, 7, 3, 7, QStringLiteral("保障人数"));
        Workbook::merge(s, 2, 8, 3, 8, QStringLiteral("月保障金（元）"));
        Workbook::merge(s, 2, 9, 3, 9, QStringLiteral("开户银行"));
        Workbook::merge(s, 2, 10, 3, 10, QStringLiteral("银行账号"));
        // Household 1: head (full-width ID, name padded with spaces), spouse, son.
        Workbook::number(s, 4, 0, 1);
        Workbook::text(s, 4, 1, QStringLiteral("六道沟村"));
        Workbook::text(s, 4, 2, QStringLiteral("王  德 福"));
        Workbook::text(s, 4, 3, fullWidth(kHead1));
        Workbook::text(s, 4, 4, QStringLiteral("户主"));
        book.date(s, 4, 5, 1956, 3, 2);
        Workbook::text(s, 4, 6, QStringLiteral("农村低保"));
        Workbook::number(s, 4, 7, 3);
        Workbook::number(s, 4, 8, 1260.5);
        Workbook::text(s, 4, 9, QStringLiteral("临江农商银行"));
        Workbook::text(s, 4, 10, QStringLiteral("6230 5100 1234 5678 901"));
        Workbook::text(s, 5, 2, QStringLiteral("李桂兰"));
        Workbook::text(s, 5, 3, QString::fromLatin1(kSpouse1));
        Workbook::text(s, 5, 4, QStringLiteral("妻"));
        Workbook::text(s, 6, 2, QStringLiteral("王建国"));
        Workbook::text(s, 6, 3, QString::fromLatin1(kChild1));
        Workbook::text(s, 6, 4, QStringLiteral("长子"));
        // A blank row between households, then household 2 with a 15-digit number.
        Workbook::number(s, 8, 0, 2);
        Workbook::text(s, 8, 1, QStringLiteral("长川村委会"));
        Workbook::text(s, 8, 2, QStringLiteral("赵文"));
        Workbook::text(s, 8, 3, QString::fromLatin1(kHead2Old));
        Workbook::text(s, 8, 4, QStringLiteral("本人"));
        Workbook::text(s, 8, 6, QStringLiteral("特困供养"));
        Workbook::text(s, 8, 8, QStringLiteral("1,050.00"));
        // Household 3: in town, the village by its code.
        Workbook::number(s, 9, 0, 3);
        Workbook::text(s, 9, 1, kUrbanVillage);
        Workbook::text(s, 9, 2, QStringLiteral("孙玉珍"));
        Workbook::text(s, 9, 3, QString::fromLatin1(kHead3));
        Workbook::text(s, 9, 4, QStringLiteral("户主"));
        Workbook::text(s, 9, 6, QStringLiteral("城市低保"));
        Workbook::number(s, 9, 8, 720);
        Workbook::merge(s, 10, 0, 10, 7, QStringLiteral("合计"));
        Workbook::number(s, 10, 8, 3030.5);
        Workbook::merge(s, 12, 0, 12, 10, QStringLiteral("制表人：刘敏        审核人：张海        2026年11月25日"));
        book.close();
        return path;
    }

    Result<RosterPlan> plan(const QString& path, const RosterMapping& mapping = {})
    {
        const QByteArray bytes = readAll(path);
        auto table = RosterImporter::readSheet(bytes, path, mapping.sheet);
        if (!table)
            return table.error();
        return RosterImporter(*m_db, m_clerk).plan(*table, mapping);
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }
    void init()
    {
        ++m_counter;
        m_db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("r%1.doudi").arg(m_counter)));
        QVERIFY(m_db);
        QVERIFY(SiteRepository(*m_db, Session::bootstrap(QStringLiteral("test")))
                    .addVillage(kUrbanVillage, QStringLiteral("宝山社区"), true));
    }

    void readsTheCellsOfAWorkbook()
    {
        for (const bool inlineStrings : {false, true}) {
            const QString path = file(inlineStrings ? "inline.xlsx" : "shared.xlsx");
            {
                Workbook book(path, inlineStrings);
                lxw_worksheet* first = book.sheet("说明");
                Workbook::text(first, 0, 0, QStringLiteral("本表为示例"));
                lxw_worksheet* s = book.sheet("名册");
                Workbook::text(s, 0, 0, QStringLiteral("王秀英"));
                Workbook::number(s, 0, 2, 560);
                Workbook::number(s, 1, 1, 1260.5);
                Workbook::number(s, 1, 2, 13904391234.0);
                Workbook::number(s, 2, 0, 220681195603020014.0);
                book.date(s, 2, 1, 1956, 3, 2);
                if (!inlineStrings) // constant-memory mode writes rows in order and cannot merge back
                    Workbook::merge(s, 3, 0, 3, 2, QStringLiteral("合计"));
                QVERIFY(book.close());
            }
            auto workbook = XlsxReader::open(readAll(path));
            QVERIFY2(workbook, qPrintable(workbook.error().toString()));
            QCOMPARE(workbook->sheetNames(), (QStringList{QStringLiteral("说明"), QStringLiteral("名册")}));
            QCOMPARE(workbook->sheet()->cell(0, 0).text, QStringLiteral("本表为示例"));
            auto table = workbook->sheet(QStringLiteral("名册"));
            QVERIFY2(table, qPrintable(table.error().toString()));
            QCOMPARE(table->cell(0, 0).text, QStringLiteral("王秀英"));
            QVERIFY(!table->cell(0, 0).number);
            QVERIFY(table->cell(0, 1).isBlank());
            QCOMPARE(table->cell(0, 2).text, QStringLiteral("560"));
            QVERIFY(table->cell(0, 2).number);
            QCOMPARE(table->cell(1, 1).text, QStringLiteral("1260.5"));
            QCOMPARE(table->cell(1, 2).text, QStringLiteral("13904391234"));
            QVERIFY(table->cell(2, 0).number); // an ID typed into a General column
            QVERIFY(table->cell(2, 0).text.contains(QLatin1Char('E')));
            QCOMPARE(table->cell(2, 1).text, QStringLiteral("1956-03-02"));
            QVERIFY(!table->cell(2, 1).number);
            if (!inlineStrings) {
                QCOMPARE(table->cell(3, 0).text, QStringLiteral("合计"));
                QCOMPARE(table->cell(3, 2).text, QStringLiteral("合计")); // the merged area shows it everywhere
            }
            QVERIFY(!workbook->sheet(QStringLiteral("没有这一页")));
        }
        QVERIFY(!XlsxReader::open(QByteArray("PK\x03\x04 not really a zip")));
        QVERIFY(!RosterImporter::sheetNames(QByteArray("\xD0\xCF\x11\xE0"), QStringLiteral("old.xls")));
    }

    void idNumbersAsRostersHoldThem()
    {
        QCOMPARE(RosterReader::idNumberFrom({fullWidth(kHead1), false})->toString(), QString::fromLatin1(kHead1));
        QCOMPARE(RosterReader::idNumberFrom({QString::fromLatin1(kHead2Old), false})->toString(),
                 QString::fromLatin1(kHead2New));
        QCOMPARE(RosterReader::idNumberFrom({QStringLiteral("'22068119470820 0041 "), false})->toString(),
                 QString::fromLatin1(kHead3));
        QCOMPARE(RosterReader::idNumberFrom({QStringLiteral("22068119330909008x"), false})->toString(),
                 QStringLiteral("22068119330909008X"));
        // What Excel makes of an ID typed into a General column.
        for (const SheetCell& c :
             {SheetCell{QStringLiteral("2.20681E+17"), false}, SheetCell{QStringLiteral("2.2068119560302E+17"), true},
              SheetCell{QStringLiteral("220681195603020000"), false},
              SheetCell{QStringLiteral("220681195603020014"), true}}) {
            const auto id = RosterReader::idNumberFrom(c);
            QVERIFY(!id);
            QVERIFY2(id.error().toString().contains(QStringLiteral("format the column as text")),
                     qPrintable(id.error().toString()));
        }
        QVERIFY(!RosterReader::idNumberFrom({QStringLiteral("220681195603020015"), false})); // check character
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("长子")), QStringLiteral("child"));
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("外孙女")), QStringLiteral("grandchild"));
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("之妻")), QStringLiteral("spouse"));
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("儿媳")), QStringLiteral("child_in_law"));
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("外祖母")), QStringLiteral("grandparent"));
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("妹妹")), QStringLiteral("sibling"));
        QCOMPARE(RosterReader::relationFrom(QStringLiteral("邻居")), QString());
    }

    void memberRowsRosterComesIn()
    {
        const QString path = memberRowsRoster();
        auto read = plan(path);
        QVERIFY2(read, qPrintable(read.error().toString()));
        QVERIFY2(read->problems.isEmpty(), qPrintable(problemsText(*read)));
        QCOMPARE(read->sheet, QStringLiteral("11月低保"));
        QCOMPARE(read->headerRow, 4);
        QCOMPARE(read->households.size(), 3);
        QCOMPARE(read->memberCount(), 5);

        const Household& first = read->households[0].household;
        QCOMPARE(first.villageCode, TestFixtures::kVillageA);
        QCOMPARE(first.members.size(), 3);
        QCOMPARE(first.members[0].name, QStringLiteral("王德福"));
        QCOMPARE(first.members[0].idNumber.toString(), QString::fromLatin1(kHead1));
        QCOMPARE(first.members[0].relation, QStringLiteral("head"));
        QVERIFY(!first.members[0].birthDate); // the same as the ID's
        QCOMPARE(first.members[1].relation, QStringLiteral("spouse"));
        QCOMPARE(first.members[2].relation, QStringLiteral("child"));
        QCOMPARE(first.status, HouseholdStatus::Dibao);
        QCOMPARE(first.residence, Residence::Rural);
        QCOMPARE(first.monthlyBenefitFen, 126050);
        QCOMPARE(first.bankAccount, QStringLiteral("6230510012345678901"));
        QCOMPARE(read->households[0].coveredPersons, 3);
        QCOMPARE(read->households[0].bankName, QStringLiteral("临江农商银行"));
        QCOMPARE(read->households[0].rows, (QList<int>{5, 6, 7}));

        const Household& second = read->households[1].household;
        QCOMPARE(second.villageCode, TestFixtures::kVillageB); // 长川村委会 → 长川村
        QCOMPARE(second.members[0].idNumber.toString(), QString::fromLatin1(kHead2New));
        QCOMPARE(second.status, HouseholdStatus::Tekun);
        QCOMPARE(second.monthlyBenefitFen, 105000);
        const Household& third = read->households[2].household;
        QCOMPARE(third.villageCode, kUrbanVillage);
        QCOMPARE(third.residence, Residence::Urban);

        auto imported = RosterImporter(*m_db, m_clerk).commit(*read, path, readAll(path), false);
        QVERIFY2(imported, qPrintable(imported.error().toString()));
        QCOMPARE(*imported, 3);
        HouseholdRepository repository(*m_db, m_clerk);
        auto stored = repository.load(read->households[0].household.uuid);
        QVERIFY(stored);
        QCOMPARE(stored->members.size(), 3);
        QCOMPARE(stored->monthlyBenefitFen, 126050);
        QCOMPARE(stored->status, HouseholdStatus::Dibao);

        // What the roster said they received, with the file and the day: the household's source.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT file_name, first_row, category, status, monthly_benefit_fen, "
                                      "covered_persons, imported_on, imported_by, length(file_digest) "
                                      "FROM household_sources WHERE household_id = '%1'")
                           .arg(stored->uuid)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("%1roster.xlsx").arg(m_counter));
        QCOMPARE(q.value(1).toInt(), 5);
        QCOMPARE(q.value(2).toString(), QStringLiteral("农村低保"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("dibao"));
        QCOMPARE(q.value(4).toLongLong(), 126050);
        QCOMPARE(q.value(5).toInt(), 3);
        QCOMPARE(q.value(6).toString(), QStringLiteral("2026-12-02"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("clerk"));
        QCOMPARE(q.value(8).toInt(), 64);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_sheet'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The same roster again: every person is registered already, and nothing changes.
        const QString before = snapshot(*m_db);
        auto again = plan(path);
        QVERIFY(again);
        QCOMPARE(again->problems.size(), 5);
        QVERIFY(hasProblem(*again, 5, QStringLiteral("D")));
        QVERIFY(again->problems[0].message.contains(QStringLiteral("王德福")));
        QVERIFY(!RosterImporter(*m_db, m_clerk).commit(*again, path, readAll(path), false));
        QCOMPARE(snapshot(*m_db), before);
    }

    // A stray value far below or to the right, or a merge over the whole sheet, would fill out to
    // billions of cells: the sheet is refused with where it reaches, before a cell is made.
    void aSheetThatReachesTooFarIsRefused()
    {
        const auto refusal = [this](const std::function<void(lxw_worksheet*)>& stray) {
            const QString path = file("far.xlsx");
            QFile::remove(path);
            Workbook book(path);
            lxw_worksheet* s = book.sheet("Sheet1");
            Workbook::text(s, 0, 0, QStringLiteral("六道沟镇低保花名册"));
            Workbook::text(s, 1, 0, QStringLiteral("姓名"));
            Workbook::text(s, 2, 0, QStringLiteral("王德福"));
            stray(s);
            book.close();
            const auto table = RosterImporter::readSheet(readAll(path), path, QString());
            return table ? QString() : table.error().toString();
        };
        QString error = refusal([](lxw_worksheet* s) { Workbook::text(s, 1048575, 16383, QStringLiteral("x")); });
        QVERIFY2(error.contains(QLatin1String("reaches cell XFD1048576")), qPrintable(error));
        error = refusal([](lxw_worksheet* s) { Workbook::merge(s, 3, 0, 1048575, 200, QStringLiteral("备注")); });
        QVERIFY2(error.contains(QLatin1String("reaches cell")), qPrintable(error));
        // Far, but within reason: a note 60,000 rows down in column G is read.
        QVERIFY(refusal([](lxw_worksheet* s) { Workbook::text(s, 59999, 6, QStringLiteral("备注")); }).isEmpty());

        // A CSV with a line of a million commas under ten lines.
        const QByteArray csv = "姓名\n" + QByteArray(1'000'000, ',') + "\n王德福\n";
        const auto table = RosterImporter::readSheet(csv, QStringLiteral("far.csv"), QString());
        QVERIFY(!table);
        QVERIFY2(table.error().toString().contains(QLatin1String("too much for a roster")),
                 qPrintable(table.error().toString()));
    }

    void eachRefusalNamesRowAndColumn()
    {
        // A household registered already, to be found again in the roster.
        Household registered = TestFixtures::household();
        QVERIFY(HouseholdRepository(*m_db, m_clerk).save(registered));

        const QString path = file("bad.xlsx");
        {
            Workbook book(path);
            lxw_worksheet* s = book.sheet("Sheet1");
            const QStringList header = {QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("身份证号"),
                                        QStringLiteral("村"),   QStringLiteral("保障类别"), QStringLiteral("月保障金"),
                                        QStringLiteral("性别")};
            for (int c = 0; c < header.size(); ++c)
                Workbook::text(s, 0, c, header[c]);
            const auto row = [&](int r, const char* name, const QString& id, const char* village, const char* amount) {
                Workbook::number(s, r, 0, r);
                Workbook::text(s, r, 1, QString::fromUtf8(name));
                Workbook::text(s, r, 2, id);
                Workbook::text(s, r, 3, QString::fromUtf8(village));
                Workbook::text(s, r, 4, QStringLiteral("低保"));
                Workbook::text(s, r, 5, QString::fromUtf8(amount));
            };
            row(1, "王德福", QString::fromLatin1(kHead1), "六道沟村", "560"); // fine
            Workbook::number(s, 2, 0, 2);                                     // the ID as a number
            Workbook::text(s, 2, 1, QStringLiteral("李桂兰"));
            Workbook::number(s, 2, 2, 220681195807150021.0);
            Workbook::text(s, 2, 3, QStringLiteral("六道沟村"));
            row(3, "王建国", QStringLiteral("220681198501010000"), "六道沟村", "560"); // the last digits lost
            row(4, "王德福", QString::fromLatin1(kHead1), "长川村", "560");            // twice in the file
            row(5, "李强", QStringLiteral("220681198204110139"), "六道沟村", "560");   // registered already
            row(6, "孙玉珍", QString::fromLatin1(kHead3), "向阳村", "560");            // no such village
            row(7, "赵文", QString::fromLatin1(kHead4), "长川村", "五百元");           // not an amount
            row(8, "钱秀", QString::fromLatin1(kMember4), "长川村", "300");
            Workbook::text(s, 8, 6, QStringLiteral("男")); // the ID is a woman's
            QVERIFY(book.close());
        }
        auto read = plan(path);
        QVERIFY2(read, qPrintable(read.error().toString()));
        QVERIFY2(read->problems.size() == 7, qPrintable(problemsText(*read)));
        QVERIFY(hasProblem(*read, 3, QStringLiteral("C")));
        QVERIFY(read->problems[0].message.contains(QStringLiteral("format the column as text")));
        QVERIFY(hasProblem(*read, 4, QStringLiteral("C")));
        QVERIFY(read->problems[1].message.contains(QStringLiteral("format the column as text")));
        QVERIFY(hasProblem(*read, 5, QStringLiteral("C")));
        QVERIFY(read->problems[2].message.contains(QStringLiteral("row 2")));
        QVERIFY(hasProblem(*read, 6, QStringLiteral("C")));
        QVERIFY(hasProblem(*read, 7, QStringLiteral("D")));
        QVERIFY(hasProblem(*read, 8, QStringLiteral("F")));
        QVERIFY(hasProblem(*read, 9, QStringLiteral("G")));
        // No message repeats an ID number.
        for (const RosterProblem& p : read->problems)
            QVERIFY2(!p.message.contains(QRegularExpression(QStringLiteral("\\d{17}[\\dX]"))), qPrintable(p.message));
        QCOMPARE(read->validCount(), 1);
        QCOMPARE(read->skippedRows, (QList<int>{3, 4, 5, 6, 7, 8, 9}));

        // All or nothing: refused, and the database is exactly as it was.
        const QString before = snapshot(*m_db);
        RosterImporter importer(*m_db, m_clerk);
        QVERIFY(!importer.commit(*read, path, readAll(path), false));
        QCOMPARE(snapshot(*m_db), before);
        // Or everything valid, the rest listed.
        auto imported = importer.commit(*read, path, readAll(path), true);
        QVERIFY2(imported, qPrintable(imported.error().toString()));
        QCOMPARE(*imported, 1);
        QCOMPARE(*HouseholdRepository(*m_db, m_clerk).count({}), 2);
    }

    void gbkCsvWithHeadIdNumbers()
    {
        // WPS's "CSV" on a Chinese Windows: GBK; one row per person and a 户主身份证号 column; the
        // member listed before the head; Excel's rounding of an ID written out as text.
        const QString text = QStringLiteral("六道沟镇特困人员名册,,,,,\r\n"
                                            "姓名,身份证号码,户主身份证号,村(社区),类别,保障金额（元）\r\n"
                                            "钱秀,%1,%2,长川村,,\r\n"
                                            "赵文,%2,%2,长川村,分散供养特困,\"1,050\"\r\n"
                                            ",,,,,\r\n"
                                            "孙玉珍,%3,,宝山社区,城市低保,720\r\n"
                                            "王德福,2.20681E+17,,六道沟村,低保,560\r\n"
                                            "合计,,,,,\"2,330\"\r\n"
                                            "制表人：,,审核人：刘敏,,日期：,\r\n")
                                 .arg(QString::fromLatin1(kMember4), QString::fromLatin1(kHead4), fullWidth(kHead3));
        const QString path = file("wps.csv");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GB18030");
        out.write(gbk(text));
        out.close();
        auto read = plan(path);
        QVERIFY2(read, qPrintable(read.error().toString()));
        QCOMPARE(read->problems.size(), 1);
        QVERIFY(hasProblem(*read, 7, QStringLiteral("B")));
        QVERIFY(read->notes.isEmpty()); // the blank, 合计 and signature lines are passed over
        QCOMPARE(read->households.size(), 3);
        QCOMPARE(read->validCount(), 2);
        QVERIFY(!read->households[2].valid);
        const Household& tekun = read->households[0].household;
        QCOMPARE(tekun.members.size(), 2);
        QCOMPARE(tekun.members[0].name, QStringLiteral("赵文"));
        QCOMPARE(tekun.members[0].relation, QStringLiteral("head"));
        QCOMPARE(tekun.members[1].name, QStringLiteral("钱秀"));
        QCOMPARE(tekun.status, HouseholdStatus::Tekun);
        QCOMPARE(tekun.monthlyBenefitFen, 105000);
        QCOMPARE(read->households[1].household.members[0].idNumber.toString(), QString::fromLatin1(kHead3));
        QCOMPARE(read->households[0].rows, (QList<int>{4, 3}));
    }

    void aMappingForTheRest()
    {
        const QString path = file("odd.csv");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("对象名字,证件,所在组,备注\n王德福,%1,六道沟村,\n")
                      .arg(QString::fromLatin1(kHead1))
                      .toUtf8());
        out.close();
        QVERIFY(!plan(path)); // nothing recognisable: the clerk must say what the columns are

        auto mapping = RosterMapping::fromJson(QByteArrayLiteral(
            R"({"format":"doudi-sheet-mapping/1","default_category":"低保","columns":{"对象名字":"name","证件":"id_number","所在组":"village","备注":"ignore"}})"));
        QVERIFY2(mapping, qPrintable(mapping.error().toString()));
        auto read = plan(path, *mapping);
        QVERIFY2(read, qPrintable(read.error().toString()));
        QVERIFY2(read->problems.isEmpty(), qPrintable(problemsText(*read)));
        QCOMPARE(read->households.size(), 1);
        QCOMPARE(read->households[0].household.status, HouseholdStatus::Dibao);
        QVERIFY(read->notes.isEmpty()); // 备注 was mapped away on purpose

        auto back = RosterMapping::fromJson(mapping->toJson());
        QVERIFY(back);
        QCOMPARE(back->columns, mapping->columns);
        QCOMPARE(back->defaultCategory, QStringLiteral("低保"));
        QVERIFY(!RosterMapping::fromJson(
            QByteArrayLiteral(R"({"format":"doudi-sheet-mapping/1","columns":{"证件":"passport"}})")));
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "TestRosterImport.moc"
