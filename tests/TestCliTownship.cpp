#include "CliRunner.h"
#include "RosterWorkbook.h"
#include "sheet/XlsxReader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

// A real township's first day through doudi-cli: the official name and villages at init, the
// village commands, the built-in calendars.
class TestCliTownship final : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;
    CliRunner m_cli;

    Run run(const QStringList& args) { return m_cli.run(args); }
    QString path(const char* name) const { return m_cli.path(name); }
    QJsonArray villages(const QString& db)
    {
        const Run r = run(
            {QStringLiteral("village"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array();
    }
    Run village(const QString& db, const QStringList& args)
    {
        return run(QStringList{QStringLiteral("village")} + args.mid(0, 1) +
                   QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
                   args.mid(1));
    }

private slots:
    void initTakesTheOfficialNameAndVillages()
    {
        const QString db = path("liudaogou.doudi");
        const Run init = run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                              QStringLiteral("township"), QStringLiteral("--site"), QStringLiteral("220681101"),
                              QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(init.err.contains(QStringLiteral("六道沟镇")));
        const QJsonArray list = villages(db);
        QCOMPARE(list.size(), 19);
        QCOMPARE(list.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("220681101008"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("宝山社区"));
        QVERIFY(list.first().toObject().value(QStringLiteral("urban")).toBool());
        QCOMPARE(list.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("三道阳岔村"));
        for (const QJsonValue& v : list) {
            QCOMPARE(v.toObject().value(QStringLiteral("households")).toInt(), 0);
            QVERIFY(!v.toObject().value(QStringLiteral("retired")).toBool());
        }

        // A code not in the list: accepted with a warning when named, starting with no villages.
        const QString other = path("new.doudi");
        const Run unnamed = run({QStringLiteral("init"), QStringLiteral("--db"), other, QStringLiteral("--kind"),
                                 QStringLiteral("township"), QStringLiteral("--site"), QStringLiteral("220681199")});
        QCOMPARE(unnamed.code, 2);
        QVERIFY(!QFile::exists(other));
        const Run named = run({QStringLiteral("init"), QStringLiteral("--db"), other, QStringLiteral("--kind"),
                               QStringLiteral("township"), QStringLiteral("--site"), QStringLiteral("220681199"),
                               QStringLiteral("--name"), QStringLiteral("新设镇"), QStringLiteral("--user"),
                               QStringLiteral("admin")});
        QCOMPARE(named.code, 0);
        QVERIFY(named.err.contains(QStringLiteral("Warning")));
        QCOMPARE(villages(other).size(), 0);
    }

    void villageCommands()
    {
        const QString db = path("villages.doudi");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                      QStringLiteral("60")})
                     .code,
                 0);
        QCOMPARE(villages(db).size(), 19); // the demo is the real 六道沟镇

        const Run added =
            village(db, {QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("220681101009"),
                         QStringLiteral("--name"), QStringLiteral("新城社区"), QStringLiteral("--urban")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(village(db, {QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("220681101009"),
                              QStringLiteral("--name"), QStringLiteral("重复")})
                     .code,
                 3);
        QCOMPARE(village(db, {QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("220681101010")}).code,
                 2);
        QCOMPARE(village(db, {QStringLiteral("rename"), QStringLiteral("--code"), QStringLiteral("220681101009"),
                              QStringLiteral("--name"), QStringLiteral("新城街社区")})
                     .code,
                 0);
        // A clerk may not keep villages.
        QCOMPARE(run({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--code"),
                      QStringLiteral("220681101011"), QStringLiteral("--name"), QStringLiteral("某村")})
                     .code,
                 1);

        // 砬台村 has households: retiring it is refused; merging it into 桦皮村 moves them and its cadre.
        const auto find = [&](const QString& code) {
            for (const QJsonValue& v : villages(db)) {
                if (v.toObject().value(QStringLiteral("code")).toString() == code)
                    return v.toObject();
            }
            return QJsonObject();
        };
        const int before = find(QStringLiteral("220681101200")).value(QStringLiteral("households")).toInt();
        const int target = find(QStringLiteral("220681101201")).value(QStringLiteral("households")).toInt();
        QVERIFY(before > 0);
        const QByteArray unchanged = CliRunner::hash(db);
        const Run refused =
            village(db, {QStringLiteral("retire"), QStringLiteral("--code"), QStringLiteral("220681101200")});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QStringLiteral("merge")));
        QCOMPARE(CliRunner::hash(db), unchanged);

        const Run merged =
            village(db, {QStringLiteral("merge"), QStringLiteral("--from"), QStringLiteral("220681101200"),
                         QStringLiteral("--into"), QStringLiteral("220681101201")});
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        const QJsonObject gone = find(QStringLiteral("220681101200"));
        QVERIFY(gone.value(QStringLiteral("retired")).toBool());
        QCOMPARE(gone.value(QStringLiteral("merged_into")).toString(), QStringLiteral("220681101201"));
        QCOMPARE(gone.value(QStringLiteral("households")).toInt(), 0);
        QCOMPARE(find(QStringLiteral("220681101201")).value(QStringLiteral("households")).toInt(), before + target);
        const Run users = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db,
                               QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")});
        int cadresOfTarget = 0;
        for (const QJsonValue& u : QJsonDocument::fromJson(users.out).array()) {
            QVERIFY(u.toObject().value(QStringLiteral("village")).toString() != QLatin1String("220681101200"));
            cadresOfTarget += u.toObject().value(QStringLiteral("village")).toString() == QLatin1String("220681101201");
        }
        QCOMPARE(cadresOfTarget, 2);
        // The now-empty new community can retire; the audit trail stays whole.
        QCOMPARE(village(db, {QStringLiteral("retire"), QStringLiteral("--code"), QStringLiteral("220681101009")}).code,
                 0);
        const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verified.code == 0, qPrintable(verified.err + QString::fromUtf8(verified.out)));
    }

    void villageImport()
    {
        const QString db = path("import.doudi");
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                      QStringLiteral("township"), QStringLiteral("--site"), QStringLiteral("110101001"),
                      QStringLiteral("--user"), QStringLiteral("admin")})
                     .code,
                 0);
        QCOMPARE(villages(db).size(), 0); // the built-in list has villages of 吉林省 only
        QFile bad(path("bad.csv"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("code,name,urban\n110101001001,多福巷社区,1\n110101001002,银闸社区,maybe\n");
        bad.close();
        const QByteArray unchanged = CliRunner::hash(db);
        const Run refused = village(db, {QStringLiteral("import"), path("bad.csv")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("row 3")), qPrintable(refused.err));
        QCOMPARE(CliRunner::hash(db), unchanged);

        // GBK, as Excel saves "CSV" on a Chinese Windows; urban from the name when not given.
        QFile good(path("good.csv"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        good.write(gbk(QStringLiteral("编码,名称\r\n110101001001,多福巷社区\r\n\"110101001201\",\"东华村\"\r\n")));
        good.close();
        const Run imported = village(db, {QStringLiteral("import"), path("good.csv")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QJsonArray list = villages(db);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("多福巷社区"));
        QVERIFY(list[0].toObject().value(QStringLiteral("urban")).toBool());
        QVERIFY(!list[1].toObject().value(QStringLiteral("urban")).toBool());
    }

    void importSheetAllOrNothing()
    {
        const QString db = path("sheet.doudi");
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                      QStringLiteral("township"), QStringLiteral("--site"), QStringLiteral("220681101"),
                      QStringLiteral("--user"), QStringLiteral("admin")})
                     .code,
                 0);
        const QString roster = path("低保花名册.xlsx");
        {
            RosterWorkbook::Workbook book(roster);
            lxw_worksheet* s = book.sheet("六道沟镇");
            RosterWorkbook::Workbook::merge(s, 0, 0, 0, 5, QStringLiteral("六道沟镇2026年12月低保花名册"));
            const QStringList header = {QStringLiteral("序号"),         QStringLiteral("户主姓名"),
                                        QStringLiteral("公民身份号码"), QStringLiteral("村（社区）"),
                                        QStringLiteral("保障类别"),     QStringLiteral("月保障金（元）")};
            for (int c = 0; c < header.size(); ++c)
                RosterWorkbook::Workbook::text(s, 1, c, header[c]);
            const QStringList rows[] = {
                {QStringLiteral("1"), QStringLiteral("王德福"), RosterWorkbook::fullWidth("220681195603020014"),
                 QStringLiteral("砬台村"), QStringLiteral("农村低保"), QStringLiteral("560")},
                {QStringLiteral("2"), QStringLiteral("孙玉珍"), QStringLiteral("220681194708200041"),
                 QStringLiteral("宝山社区"), QStringLiteral("城市低保"), QStringLiteral("720")},
                {QStringLiteral("3"), QStringLiteral("李桂兰"), QString(), QStringLiteral("桦皮村"),
                 QStringLiteral("特困"), QStringLiteral("1,050")}};
            for (int r = 0; r < 3; ++r) {
                for (int c = 0; c < 6; ++c) {
                    if (!rows[r][c].isEmpty())
                        RosterWorkbook::Workbook::text(s, r + 2, c, rows[r][c]);
                }
            }
            RosterWorkbook::Workbook::number(s, 4, 2, 220681195807150021.0); // the ID typed as a number
            QVERIFY(book.close());
        }
        const QStringList importSheet = {
            QStringLiteral("household"), QStringLiteral("import-sheet"), QStringLiteral("--db"),   db,
            QStringLiteral("--user"),    QStringLiteral("admin"),        QStringLiteral("--json"), roster};
        const QByteArray unchanged = CliRunner::hash(db);
        const Run refused = run(importSheet);
        QCOMPARE(refused.code, 3);
        const QJsonObject report = QJsonDocument::fromJson(refused.out).object();
        QCOMPARE(report.value(QStringLiteral("imported")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("households")).toInt(), 3);
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("row")).toInt(), 5);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("C"));
        QVERIFY(errors[0].toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("as text")));
        QCOMPARE(CliRunner::hash(db), unchanged);

        const Run dry = run(importSheet + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});
        QCOMPARE(dry.code, 0);
        QCOMPARE(QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("imported")).toBool(true), false);
        QCOMPARE(CliRunner::hash(db), unchanged);

        const Run skipped = run(importSheet + QStringList{QStringLiteral("--skip-invalid")});
        QVERIFY2(skipped.code == 0, qPrintable(skipped.err));
        const QJsonObject done = QJsonDocument::fromJson(skipped.out).object();
        QVERIFY(done.value(QStringLiteral("imported")).toBool());
        QCOMPARE(done.value(QStringLiteral("households")).toInt(), 2);
        QCOMPARE(done.value(QStringLiteral("monthly_benefit_fen")).toInt(), 128000);
        QCOMPARE(done.value(QStringLiteral("skipped_rows")).toArray(), (QJsonArray{5}));
        const Run list = run({QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--db"), db,
                              QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")});
        const QJsonArray households = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(households.size(), 2);
        QCOMPARE(households[0].toObject().value(QStringLiteral("village_name")).toString(), QStringLiteral("宝山社区"));
        QCOMPARE(households[0].toObject().value(QStringLiteral("residence")).toString(), QStringLiteral("urban"));
        QCOMPARE(households[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("dibao"));
    }

    // backup create → list → verify → restore, the passphrase from DOUDI_BACKUP_PASSPHRASE; the
    // wrong one refused with exit 3 and nothing replaced.
    void backupCommands()
    {
        const QString db = path("backed-up.doudi");
        const QString stick = path("stick");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                      QStringLiteral("40")})
                     .code,
                 0);
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOUDI_BACKUP_PASSPHRASE"), QStringLiteral("六道沟镇备份口令"));
        const Run created =
            m_cli.runWith(env, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), db,
                                QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--to"), stick,
                                QStringLiteral("--json")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QJsonObject made = QJsonDocument::fromJson(created.out).object();
        QCOMPARE(made.value(QStringLiteral("households")).toInt(), 40);
        QCOMPARE(made.value(QStringLiteral("site")).toString(), QStringLiteral("220681101"));
        const QString file = made.value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(file));

        const Run listed = run({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--dir"), stick,
                                QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("site_name")).toString(), QStringLiteral("六道沟镇"));

        QCOMPARE(m_cli.runWith(env, {QStringLiteral("backup"), QStringLiteral("verify"), file}).code, 0);
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("DOUDI_BACKUP_PASSPHRASE"), QStringLiteral("别的口令别的口令"));
        QCOMPARE(m_cli.runWith(wrong, {QStringLiteral("backup"), QStringLiteral("verify"), file}).code, 3);

        // A household more after the backup; the restore takes it away and keeps the file it replaced.
        QCOMPARE(village(db, {QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("220681101009"),
                              QStringLiteral("--name"), QStringLiteral("新村")})
                     .code,
                 0);
        const QByteArray before = CliRunner::hash(db);
        const QStringList restore{QStringLiteral("backup"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--user"),
                                  QStringLiteral("admin"),
                                  file};
        QCOMPARE(m_cli.runWith(wrong, restore).code, 3);
        QCOMPARE(CliRunner::hash(db), before);
        // A clerk may not restore.
        QCOMPARE(m_cli
                     .runWith(env, {QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("--db"), db,
                                    QStringLiteral("--user"), QStringLiteral("clerk1"), file})
                     .code,
                 1);
        const Run restored = m_cli.runWith(env, restore);
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(restored.err.contains(QStringLiteral("re-baseline")));
        QCOMPARE(villages(db).size(), 19);
        QCOMPARE(QDir(path("")).entryList({QStringLiteral("backed-up.doudi.before-restore-*")}, QDir::Files).size(), 1);
    }

    // What is posted and signed is Chinese whatever the language of the run; the workbook's sheet
    // carries the roster's name.
    void documentsAreChinese()
    {
        const QString db = path("documents.doudi");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                      QStringLiteral("80")})
                     .code,
                 0);
        const auto roster = [&](const QString& kind, const QString& out) {
            return run({QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                        QStringLiteral("supervisor"), QStringLiteral("--kind"), kind, QStringLiteral("--month"),
                        QStringLiteral("2026-11"), QStringLiteral("--out"), out});
        };
        const Run csv = roster(QStringLiteral("payment"), path("payment.csv"));
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QString text = QString::fromUtf8(CliRunner::read(path("payment.csv")));
        QVERIFY2(text.contains(QStringLiteral("花名册")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("2026年11月")));
        QVERIFY(!text.contains(QStringLiteral("November")));
        QVERIFY(roster(QStringLiteral("stats"), path("stats.csv")).code == 0);
        QVERIFY(!QString::fromUtf8(CliRunner::read(path("stats.csv"))).contains(QStringLiteral("statistics")));

        QVERIFY(roster(QStringLiteral("payment"), path("payment.xlsx")).code == 0);
        const auto workbook = Doudi::XlsxReader::open(CliRunner::read(path("payment.xlsx")));
        QVERIFY(workbook.ok());
        QCOMPARE(workbook->sheetNames().size(), 1);
        QVERIFY2(workbook->sheetNames().first().contains(QStringLiteral("花名册")),
                 qPrintable(workbook->sheetNames().first()));
        // The messages of the run stay in its language.
        QVERIFY(roster(QStringLiteral("payment"), path("payment.doc")).err.contains(QStringLiteral("must end in")));
    }

    // The month's payment from the command line: a batch previewed, prepared, approved by another
    // person, the bank's file written, its returns read, a returned payment marked, the history.
    void paymentCommands()
    {
        const QString db = path("payments.doudi");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                      QStringLiteral("300")})
                     .code,
                 0);
        const auto payment = [&](const QStringList& args, const char* user = "clerk1") {
            return run(QStringList{QStringLiteral("payment")} + args +
                       QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QString::fromLatin1(user)});
        };
        const auto batches = [&] {
            return QJsonDocument::fromJson(
                       payment({QStringLiteral("batch"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array();
        };
        QCOMPARE(batches().size(), 13); // the demo's twelve months and a supplement
        const QString next = QDate::currentDate().addMonths(1).toString(QStringLiteral("yyyy-MM"));
        const QStringList month{QStringLiteral("--month"), next};

        Run r = payment(QStringList{QStringLiteral("batch"), QStringLiteral("create"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--json")} +
                        month);
        QCOMPARE(r.code, 0);
        const QJsonObject preview = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(preview.value(QStringLiteral("state")).toString(), QStringLiteral("preview"));
        QVERIFY(preview.value(QStringLiteral("lines")).toInt() > 0);
        QCOMPARE(batches().size(), 13);
        r = payment(QStringList{QStringLiteral("batch"), QStringLiteral("create"), QStringLiteral("--json")} + month);
        QCOMPARE(r.code, 0);
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(created.value(QStringLiteral("total_fen")), preview.value(QStringLiteral("total_fen")));
        QCOMPARE(payment(QStringList{QStringLiteral("batch"), QStringLiteral("create")} + month).code, 1);
        QCOMPARE(payment(QStringList{QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--out"),
                                     path("early.csv")} +
                         month)
                     .code,
                 1); // not approved yet
        QCOMPARE(payment(QStringList{QStringLiteral("batch"), QStringLiteral("approve")} + month).code, 1);
        QCOMPARE(payment(QStringList{QStringLiteral("batch"), QStringLiteral("approve")} + month, "supervisor").code,
                 0);

        // The bank's file: private, one row a line under the titles, its digest recorded.
        const QString bank = path("bank.csv");
        r = payment(QStringList{QStringLiteral("batch"), QStringLiteral("export"), QStringLiteral("--out"), bank,
                                QStringLiteral("--json")} +
                    month);
        QCOMPARE(r.code, 0);
        const int lines = created.value(QStringLiteral("lines")).toInt();
        const QList<QByteArray> rows = CliRunner::read(bank).trimmed().split('\n');
        QCOMPARE(rows.size(), lines + 1);
        QCOMPARE(QFile(bank).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("digest")).toString().size(), 64);

        // The returns: the first line failed, the rest paid.
        const QString reference = QString::fromLatin1(rows.at(1).split(',').first());
        QString returns = QStringLiteral("参考号,处理结果,失败原因\r\n");
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString ref = QString::fromLatin1(rows.at(i).split(',').first());
            returns += ref + (ref == reference ? QStringLiteral(",失败,账户已销户\r\n") : QStringLiteral(",成功,\r\n"));
        }
        QFile file(path("returns.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringEncoder("GB18030").encode(returns));
        file.close();
        QCOMPARE(
            payment(QStringList{QStringLiteral("returns"), QStringLiteral("import"), path("returns.csv")} + month).code,
            0);
        r = payment(QStringList{QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("--json"),
                                QStringLiteral("--lines")} +
                    month);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("paid")).toInt(), lines - 1);
        const QJsonArray shownLines = shown.value(QStringLiteral("payments")).toArray();
        QCOMPARE(shownLines.size(), lines);
        QVERIFY(shownLines.first()
                    .toObject()
                    .value(QStringLiteral("bank_account"))
                    .toString()
                    .startsWith(QStringLiteral("****")));
        const QString failedHousehold = shownLines.first().toObject().value(QStringLiteral("household_id")).toString();
        // A settled payment is never changed.
        QCOMPARE(payment(QStringList{QStringLiteral("returns"), QStringLiteral("mark"), QStringLiteral("--household"),
                                     failedHousehold, QStringLiteral("--reason"), QStringLiteral("户名不符")} +
                         month)
                     .code,
                 1);
        r = payment({QStringLiteral("history"), QStringLiteral("--household"), failedHousehold});
        QCOMPARE(r.code, 0);
        const QJsonObject history = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!history.value(QStringLiteral("approved")).toArray().isEmpty());
        QCOMPARE(history.value(QStringLiteral("payments")).toArray().first().toObject().value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("failed")));
        // This month's figures in the summary are the month's batches'.
        const QString thisMonth = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        qint64 regular = -1;
        for (const QJsonValue& b : batches()) {
            const QJsonObject o = b.toObject();
            if (o.value(QStringLiteral("month")).toString() == thisMonth &&
                o.value(QStringLiteral("kind")).toString() == QLatin1String("regular"))
                regular = o.value(QStringLiteral("total_fen")).toInteger();
        }
        const QJsonObject summary =
            QJsonDocument::fromJson(
                run({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")}).out)
                .object();
        QCOMPARE(summary.value(QStringLiteral("payment")).toObject().value(QStringLiteral("total_fen")).toInteger(),
                 regular);
    }

    // `household list --search` runs the desk's search: the same matches, ranking and scope, and
    // `matched_member` when the person found is not the head.
    void householdListSearchesAsTheDesk()
    {
        const QString db = path("search.doudi");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                      QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("4")})
                     .code,
                 0);
        const auto list = [&](const QString& search) {
            const auto r = run({QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--search"), search,
                                QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out).array();
        };
        // Find a member who is nobody's head, by name: that household, saying whom it matched.
        QString memberName;
        QString household;
        for (const QString& initials : {QStringLiteral("w"), QStringLiteral("l"), QStringLiteral("z")}) {
            for (const QJsonValue& v : list(initials)) {
                const QString matched = v.toObject().value(QStringLiteral("matched_member")).toString();
                if (!matched.isEmpty() && memberName.isEmpty()) {
                    memberName = matched;
                    household = v.toObject().value(QStringLiteral("id")).toString();
                }
            }
        }
        QVERIFY(!memberName.isEmpty());
        const QJsonArray byName = list(memberName);
        QVERIFY(!byName.isEmpty());
        bool found = false;
        for (const QJsonValue& v : byName) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == household) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("matched_member")).toString(), memberName);
            }
        }
        QVERIFY(found);
        QVERIFY(list(QStringLiteral("没有这个人")).isEmpty());
    }

    void builtInCalendarsAndEstimatedDeadlines()
    {
        const QString db = path("calendar.doudi");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                      QStringLiteral("3")})
                     .code,
                 0);
        const QJsonArray years = QJsonDocument::fromJson(run({QStringLiteral("calendar"), QStringLiteral("list"),
                                                              QStringLiteral("--db"), db, QStringLiteral("--json")})
                                                             .out)
                                     .array();
        QCOMPARE(years.size(), 7);
        QCOMPARE(years.first().toObject().value(QStringLiteral("year")).toInt(), 2020);
        QCOMPARE(years.last().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("built-in"));

        const QString household = QJsonDocument::fromJson(run({QStringLiteral("household"), QStringLiteral("list"),
                                                               QStringLiteral("--db"), db, QStringLiteral("--json")})
                                                              .out)
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        const auto overall = [&](const char* opened) {
            const Run o = run({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--db"), db,
                               QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--household"),
                               household, QStringLiteral("--type"), QStringLiteral("temporary_assistance"),
                               QStringLiteral("--date"), QString::fromLatin1(opened)});
            const Run shown =
                run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--db"), db,
                     QStringLiteral("--case"), QString::fromUtf8(o.out).trimmed(), QStringLiteral("--json")});
            return QJsonDocument::fromJson(shown.out)
                .object()
                .value(QStringLiteral("deadlines"))
                .toArray()
                .last()
                .toObject();
        };
        // Across 2025 → 2026 with nothing imported: the Spring Festival is counted.
        const QJsonObject known = overall("2025-12-19");
        QCOMPARE(known.value(QStringLiteral("due")).toString(), QStringLiteral("2026-02-02"));
        QCOMPARE(known.value(QStringLiteral("estimated")).toBool(), false);
        // Into 2027, which has no calendar yet: weekdays, marked estimated.
        const QJsonObject estimated = overall("2026-12-21");
        QCOMPARE(estimated.value(QStringLiteral("estimated")).toBool(), true);

        // An imported year says so, and replaces the built-in one.
        QFile calendar(path("2027.json"));
        QVERIFY(calendar.open(QIODevice::WriteOnly));
        calendar.write(R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": []})");
        calendar.close();
        QCOMPARE(run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--db"), db,
                      QStringLiteral("--user"), QStringLiteral("admin"), path("2027.json")})
                     .code,
                 0);
        const QJsonArray after = QJsonDocument::fromJson(run({QStringLiteral("calendar"), QStringLiteral("list"),
                                                              QStringLiteral("--db"), db, QStringLiteral("--json")})
                                                             .out)
                                     .array();
        QCOMPARE(after.size(), 8);
        QCOMPARE(after.last().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("import"));
        QCOMPARE(overall("2026-12-21").value(QStringLiteral("estimated")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestCliTownship)
#include "TestCliTownship.moc"
