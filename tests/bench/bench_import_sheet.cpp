// Times bringing an office's roster in (issue: a real township's first day):
//   household import-sheet of a 5,000-household roster, one row per person (≈15,000 rows) — budget 5 s.
// The roster is built here as Excel would save it (libxlsxwriter): a merged title, a two-row
// header, the household's fields on the head's row; and the same as a GBK CSV.
// Usage: bench_import_sheet [WORK_DIR] [--quick]   (--quick: 100 households, as a smoke test)
#include "BenchReport.h"
#include "Clock.h"
#include "reference/Divisions.h"
#include "security/Session.h"
#include "sheet/RosterImporter.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Doudi;

namespace {

struct Person
{
    QString name;
    QString id;
    QString relation;
};

// Distinct valid ID numbers of 临江市: the sequence number runs through the day's numbers.
QString idNumber(int n)
{
    const QDate birth = QDate(1940, 1, 1).addDays(n % 25000);
    QString first17 = QStringLiteral("220681") + birth.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("%1").arg(n / 25000 * 7 + n % 7, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString headerText(int column)
{
    static const char* const headers[] = {"序号",     "村（社区）", "成员姓名",       "公民身份号码", "与户主关系",
                                          "保障类别", "保障人数",   "月保障金（元）", "银行账号"};
    return QString::fromUtf8(headers[column]);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const BenchOptions options = benchOptions(temp);
    const QString dir = options.dir;
    const int households = options.quick ? 100 : 5000;
    const QString township = QStringLiteral("220681101");
    const QList<Divisions::Village> villages = Divisions::builtIn().villagesOf(township);
    static const char* const surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    const QStringList given = {QStringLiteral("秀英"), QStringLiteral("德福"), QStringLiteral("桂兰"),
                               QStringLiteral("建国"), QStringLiteral("玉珍"), QStringLiteral("文")};
    const QString surnameText = QString::fromUtf8(surnames);

    // The roster: three persons a household on average (one to five).
    QList<QList<QString>> rows;
    int person = 0;
    QRandomGenerator random(2026);
    for (int h = 0; h < households; ++h) {
        const int size = h % 5 == 0 ? 1 : h % 5 == 1 ? 5 : 3;
        const QString village = villages[h % villages.size()].name;
        for (int m = 0; m < size; ++m) {
            const QString name = surnameText[random.bounded(surnameText.size())] + given[random.bounded(6)];
            const QString relation = m == 0   ? QStringLiteral("户主")
                                     : m == 1 ? QStringLiteral("配偶")
                                              : QStringLiteral("子");
            rows.append({m == 0 ? QString::number(h + 1) : QString(), m == 0 ? village : QString(), name,
                         idNumber(person++), relation, m == 0 ? QStringLiteral("农村低保") : QString(),
                         m == 0 ? QString::number(size) : QString(),
                         m == 0 ? QString::number(200 + h % 700) : QString(),
                         m == 0 ? QStringLiteral("62305100%1").arg(h, 11, 10, QLatin1Char('0')) : QString()});
        }
    }
    const QString xlsxPath = QDir(dir).filePath(QStringLiteral("roster-5000.xlsx"));
    {
        lxw_workbook* book = workbook_new(xlsxPath.toLocal8Bit().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, "低保花名册");
        worksheet_merge_range(sheet, 0, 0, 0, 8, "六道沟镇2026年12月农村低保花名册", nullptr);
        for (int c = 0; c < 9; ++c)
            worksheet_write_string(sheet, 1, lxw_col_t(c), headerText(c).toUtf8().constData(), nullptr);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < 9; ++c) {
                if (!rows[r][c].isEmpty())
                    worksheet_write_string(sheet, lxw_row_t(r + 2), lxw_col_t(c), rows[r][c].toUtf8().constData(),
                                           nullptr);
            }
        }
        workbook_close(book);
    }
    QString csv;
    for (int c = 0; c < 9; ++c)
        csv += headerText(c) + (c < 8 ? QStringLiteral(",") : QStringLiteral("\r\n"));
    for (const QList<QString>& row : rows)
        csv += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    QStringEncoder gbk("GB18030");
    const QByteArray csvBytes = gbk(csv);

    const auto freshTownship = [&](const QString& name) {
        const QString path = QDir(dir).filePath(name);
        QFile::remove(path);
        auto db = Database::open(path, Database::OpenMode::MustNotExist);
        const Session setup = Session::bootstrap(QStringLiteral("bench"));
        SiteRepository site(**db, setup);
        (void)site.createSite(township, QStringLiteral("六道沟镇"), QStringLiteral("township"));
        QList<Village> list;
        for (const Divisions::Village& v : villages)
            list.append({v.code, v.name, v.urban, {}, {}});
        (void)site.addVillages(list);
        return std::move(db).value();
    };
    const Session clerk = Session::forUser(QStringLiteral("clerk"), QStringLiteral("民政员"), Role::Clerk, {});

    QFile xlsxFile(xlsxPath);
    if (!xlsxFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray xlsxBytes = xlsxFile.readAll();
    for (const auto& [label, bytes, fileName] :
         {std::tuple{QStringLiteral("XLSX"), xlsxBytes, xlsxPath},
          std::tuple{QStringLiteral("GBK CSV"), csvBytes, QStringLiteral("roster-5000.csv")}}) {
        auto db = freshTownship(QStringLiteral("import-%1.doudi").arg(label == QLatin1String("XLSX") ? 1 : 2));
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        auto table = RosterImporter::readSheet(bytes, fileName, QString());
        const qint64 readNs = step.nsecsElapsed();
        if (!table) {
            QTextStream(stderr) << table.error().toString() << Qt::endl;
            return 1;
        }
        RosterImporter importer(*db, clerk);
        step.restart();
        auto plan = importer.plan(*table, RosterMapping());
        const qint64 planNs = step.nsecsElapsed();
        if (!plan || !plan->problems.isEmpty()) {
            QTextStream(stderr) << (plan ? plan->problems.first().message : plan.error().toString()) << Qt::endl;
            return 1;
        }
        step.restart();
        auto imported = importer.commit(*plan, fileName, bytes, false);
        const qint64 commitNs = step.nsecsElapsed();
        if (!imported || *imported != households) {
            QTextStream(stderr) << (imported ? QStringLiteral("short") : imported.error().toString()) << Qt::endl;
            return 1;
        }
        const qint64 totalNs = total.nsecsElapsed();
        reportTiming(QStringLiteral("%1: read %2 rows").arg(label).arg(table->rows.size()), readNs,
                     QStringLiteral("—"));
        reportTiming(QStringLiteral("%1: plan (villages, IDs, duplicates)").arg(label), planNs, QStringLiteral("—"));
        reportTiming(
            QStringLiteral("%1: write %2 households, %3 members").arg(label).arg(*imported).arg(plan->memberCount()),
            commitNs, QStringLiteral("—"));
        reportTiming(QStringLiteral("%1: import-sheet of 5,000 households, total").arg(label), totalNs,
                     QStringLiteral("5 s"));
    }
    return 0;
}
