#include "TestFixtures.h"
#include "backup/BackupKey.h"
#include "backup/Backups.h"
#include "cases/CaseRepository.h"
#include "cases/SignalRepository.h"
#include "fund/FundLedger.h"
#include "payments/ApprovedAmounts.h"
#include "payments/PaymentBatches.h"
#include "payments/PriceIndices.h"
#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "rules/PolicyJson.h"
#include "security/AuditVerifier.h"
#include "security/SiteKey.h"
#include "store/AuditLog.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/Transaction.h"
#include "sync/CityAllocations.h"
#include "sync/CityDecisions.h"
#include "sync/CityReports.h"
#include "sync/CitySignals.h"
#include "sync/ConflictQueue.h"
#include "sync/Enrolment.h"
#include "sync/IdNumberHashes.h"
#include "sync/PackageBody.h"
#include "sync/Peers.h"
#include "sync/SiteKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncPackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Doudi;

// Sync between a township and its city (issue: sync): a full round trip, then every attack and
// accident. A refused package changes nothing: the database's dump hashes the same before and after.
class TestSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_city;
    std::unique_ptr<Database> m_township;
    QString m_caseId;
    int m_files = 0;
    const Session m_setup = Session::bootstrap(QStringLiteral("setup"));
    const Session m_clerk = Session::forUser(QStringLiteral("clerk1"), QStringLiteral("刘丽"), Role::Clerk, {});
    const Session m_director =
        Session::forUser(QStringLiteral("director"), QStringLiteral("王科长"), Role::Supervisor, {});
    const QDate m_today{2026, 11, 20};

    static QByteArray dumpHash(Database& db) { return TestFixtures::dumpHash(db); }
    static qint64 count(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<Database> township(const QString& name, const QString& code)
    {
        auto db = Database::open(m_dir->filePath(name), Database::OpenMode::MustNotExist);
        if (!db)
            return nullptr;
        SiteRepository sites(**db, m_setup);
        if (!sites.createSite(code, QStringLiteral("镇%1").arg(code), QStringLiteral("township")) ||
            !sites.addVillage(code + QStringLiteral("201"), QStringLiteral("村")))
            return nullptr;
        return std::move(db).value();
    }
    // The city enrols the township, which trusts the city's fingerprint.
    void enrol(Database& city, Database& town, const QString& code)
    {
        const auto file = Enrolment::write(city, m_setup, code, QStringLiteral("镇%1").arg(code));
        QVERIFY(file.ok());
        QVERIFY(Enrolment::import(town, m_setup, *file, SiteKeys::ensure(city)->fingerprint()).ok());
    }
    QByteArray exportFrom(Database& db, const QString& to = QString(), bool full = false)
    {
        const QString path = m_dir->filePath(QStringLiteral("p%1.doudi").arg(++m_files));
        const auto written = SyncExporter::write(db, m_setup, to, full, path);
        if (!written) {
            qWarning() << written.error().toString();
            return {};
        }
        QFile f(path);
        // A package is the township's records: readable by the account that wrote it only.
        if (f.permissions() &
            ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
            qWarning() << "the package can be read by other accounts:" << f.permissions();
            return {};
        }
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    Result<ImportOutcome> importInto(Database& db, const QByteArray& file, ImportOptions options = {})
    {
        return SyncImporter::import(db, m_setup, file, options);
    }
    QString townshipFingerprint(Database& db) { return SiteKeys::ensure(db)->fingerprint(); }
    // A township package the city has not seen yet, imported (the first one trusting the keys).
    void cityImports(const QByteArray& file, const QString& expected = QStringLiteral("applied"))
    {
        ImportOptions options;
        options.trust = townshipFingerprint(*m_township);
        const auto outcome = importInto(*m_city, file, options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->status, expected);
    }
    void changeHousehold(Database& db, const QString& address)
    {
        HouseholdRepository households(db, m_setup);
        const auto list = households.loadAll();
        QVERIFY(list.ok() && !list->isEmpty());
        Household h = list->first();
        h.address = address;
        QVERIFY(households.save(h).ok());
    }
    QString cityAddress()
    {
        QSqlQuery q(m_city->connection());
        q.exec(QStringLiteral("SELECT json_extract(data, '$.address') FROM city_records WHERE tbl = 'households'"));
        return q.next() ? q.value(0).toString() : QString();
    }
    // The household paid `baseFen` a month from October 2026, as the old roster recorded it.
    bool approveFromOctober(const QString& householdId, int persons, qint64 baseFen)
    {
        ApprovedAmounts::Decision decision;
        decision.householdId = householdId;
        decision.source = QStringLiteral("record");
        decision.effectiveFrom = QStringLiteral("2026-10");
        decision.decidedOn = QDate(2026, 9, 20);
        ApprovedAmount step;
        step.fromMonth = decision.effectiveFrom;
        step.classification = QStringLiteral("dibao");
        step.persons = persons;
        step.baseFen = baseFen;
        decision.steps = {step};
        Transaction t(m_township->connection());
        return t.begin().ok() && ApprovedAmounts(*m_township, m_setup).recordWithin(decision).ok() && t.commit().ok();
    }
    void refusedWithoutChange(Database& db, const QByteArray& file, const QString& expected, ImportOptions options = {})
    {
        const QByteArray before = dumpHash(db);
        const auto outcome = importInto(db, file, options);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().toString().contains(expected), qPrintable(outcome.error().toString()));
        QCOMPARE(dumpHash(db), before);
    }

    // The township's package rewritten as an insider holding the township's keys would: opened with
    // the city's keys, `edit` applied to its body and header, sealed and signed again.
    QByteArray forged(const QByteArray& genuine, const std::function<void(PackageBody&, PackageHeader&)>& edit)
    {
        const SiteKeys township = SiteKeys::ensure(*m_township).value();
        const SiteKeys city = SiteKeys::ensure(*m_city).value();
        PackageHeader header;
        const auto plain = SyncPackage::open(genuine, township.signPublic, QStringLiteral("220681"), city, &header);
        if (!plain)
            return {};
        PackageBody body = PackageBody::parse(*plain).value();
        edit(body, header);
        return SyncPackage::seal(header, body.serialize(), township, city.boxPublic);
    }
    // Edits the first record of `table` in a package body.
    static void editFirst(PackageBody& body, const QString& table, const std::function<void(PackageRecord&)>& edit)
    {
        for (PackageRecord& r : body.records) {
            if (r.table == table) {
                edit(r);
                return;
            }
        }
    }
    static QByteArray withField(const QByteArray& json, const QString& field, const QJsonValue& value)
    {
        QJsonObject o = QJsonDocument::fromJson(json).object();
        o.insert(field, value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto city = Database::open(m_dir->filePath(QStringLiteral("city.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(city);
        m_city = std::move(city).value();
        QVERIFY(SiteRepository(*m_city, m_setup)
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        m_township = TestFixtures::townshipDatabase(m_dir->filePath(QStringLiteral("township.doudi")));
        QVERIFY(m_township);
        enrol(*m_city, *m_township, QStringLiteral("220681103"));
        Household h = TestFixtures::household();
        QVERIFY(HouseholdRepository(*m_township, m_setup).save(h).ok());
        CaseRepository cases(*m_township, m_clerk);
        const auto opened = cases.open({h.uuid, QStringLiteral("temporary_assistance"), m_today});
        QVERIFY(opened.ok());
        m_caseId = *opened;
        QVERIFY(cases.advance(m_caseId, QStringLiteral("submit"), m_today, QString()).ok());
    }

    void roundTrip()
    {
        // The township's first package: the city learns its keys once a person confirmed them.
        const QByteArray first = exportFrom(*m_township);
        QVERIFY(!first.isEmpty());
        refusedWithoutChange(*m_city, first, townshipFingerprint(*m_township));
        cityImports(first);
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_records WHERE tbl = 'members'")), 3);
        QCOMPARE(Peers::find(*m_city, QStringLiteral("220681103"))->value().fingerprint,
                 townshipFingerprint(*m_township));

        // The city decides the submitted case; the decision goes back in its package.
        const auto awaiting = CityDecisions::awaiting(*m_city);
        QCOMPARE(awaiting->size(), 1);
        QCOMPARE(awaiting->first().caseId, m_caseId);
        QVERIFY(!CityDecisions::decide(*m_city, m_clerk, m_caseId, false, QStringLiteral("收入超标"), m_today).ok());
        QVERIFY(!CityDecisions::decide(*m_city, m_director, m_caseId, false, QString(), m_today).ok());
        QVERIFY(CityDecisions::decide(*m_city, m_director, m_caseId, false, QStringLiteral("收入超标"), m_today).ok());
        // And publishes next year's standard, which goes out with the decision.
        QFile example(QStringLiteral(DOUDI_SPEC_DIR "/policy-example.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject source = QJsonDocument::fromJson(example.readAll()).object();
        source.insert(QStringLiteral("id"), QStringLiteral("220681-2027-01"));
        source.insert(QStringLiteral("effective_from"), QStringLiteral("2027-01-01"));
        QVERIFY(PolicyRepository(*m_city, m_setup).add(PolicyJson::fromJson(source).value()).ok());
        const QByteArray fromCity = exportFrom(*m_city, QStringLiteral("220681103"));
        QCOMPARE(SyncPackage::peek(fromCity)->acknowledged, 1);
        const auto applied = importInto(*m_township, fromCity);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        QCOMPARE(applied->counts.value(QStringLiteral("decisions")), 1);
        QCOMPARE(applied->counts.value(QStringLiteral("policies")), 1);
        QCOMPARE(PolicyRepository(*m_township, m_setup).find(QStringLiteral("220681-2027-01"))->importedBy,
                 QStringLiteral("city@220681"));
        QCOMPARE(applied->conflicts, 0);
        const auto decided = CaseRepository(*m_township, m_setup).find(m_caseId);
        QCOMPARE(decided->state, QStringLiteral("refused"));
        QCOMPARE(decided->decisionReason, QStringLiteral("收入超标"));
        QCOMPARE(decided->steps.last().userName, QStringLiteral("director@220681"));
        QCOMPARE(Peers::find(*m_township, QStringLiteral("220681"))->value().lastAcknowledged, 1);

        // Second round: only what changed since the acknowledged package travels.
        changeHousehold(*m_township, QStringLiteral("六道沟村5组1号"));
        const QByteArray second = exportFrom(*m_township);
        const auto header = SyncPackage::peek(second);
        QCOMPARE(header->sequence, 2);
        QCOMPARE(header->acknowledged, 1);
        const auto outcome = importInto(*m_city, second);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->status, QStringLiteral("applied"));
        QCOMPARE(outcome->counts.value(QStringLiteral("households")), 1);
        QCOMPARE(outcome->counts.value(QStringLiteral("members")), 0);
        QCOMPARE(outcome->counts.value(QStringLiteral("cases")), 1); // decided since
        QCOMPARE(cityAddress(), QStringLiteral("六道沟村5组1号"));
        QCOMPARE(CityDecisions::awaiting(*m_city)->size(), 0);
        // The township acknowledged the decision: the city's next package leaves it out.
        const QByteArray again = exportFrom(*m_city, QStringLiteral("220681103"));
        const auto next = importInto(*m_township, again);
        QVERIFY(next.ok());
        QCOMPARE(next->counts.value(QStringLiteral("decisions")), 0);
        const auto report = CityReports::report(*m_city);
        QVERIFY(report.ok());
        QCOMPARE(report->value(QStringLiteral("totals")).toObject().value(QStringLiteral("members")).toInteger(), 3);
    }

    // The month's payment travels as the record it is: the city sees what each township paid.
    void theCitySeesWhatWasPaid()
    {
        HouseholdRepository households(*m_township, m_setup);
        Household h = households.loadAll()->first();
        h.bankAccount = QStringLiteral("6230000000000000011");
        QVERIFY(households.save(h).ok());
        QVERIFY(approveFromOctober(h.uuid, 3, 93000));
        PaymentBatches clerk(*m_township, m_clerk);
        for (const char* month : {"2026-10", "2026-11"}) {
            const auto plan = clerk.prepare(QString::fromLatin1(month), QStringLiteral("regular"));
            QVERIFY(plan.ok());
            QVERIFY(PaymentBatches(*m_township, m_director).approve(plan->batch.id).ok());
            if (QLatin1String(month) == QLatin1String("2026-10"))
                QVERIFY(clerk.markPaidInFull(plan->batch.id).ok());
        }
        cityImports(exportFrom(*m_township));
        const auto report = CityReports::report(*m_city);
        QVERIFY(report.ok());
        const QJsonObject township = report->value(QStringLiteral("townships")).toArray().first().toObject();
        const QJsonObject payments = township.value(QStringLiteral("payments")).toObject();
        QCOMPARE(payments.value(QStringLiteral("paid_fen")).toInteger(), 93000);
        QCOMPARE(payments.value(QStringLiteral("at_bank_fen")).toInteger(), 93000);
        QCOMPARE(payments.value(QStringLiteral("by_month")).toObject().value(QStringLiteral("2026-11")).toInteger(),
                 93000);
        QCOMPARE(
            report->value(QStringLiteral("totals")).toObject().value(QStringLiteral("benefits_paid_fen")).toInteger(),
            93000);
    }

    // The city's narrow tables of live members, households and payment lines (migration 25) hold
    // what city_records' JSON says, through new rows, changed and removed ones, a re-baseline and
    // the migration of a city made before them; its report, duplicates and search read them.
    void theCitysNarrowTablesFollowItsRecords()
    {
        // Each narrow table against the JSON it is drawn from: no row in one and not the other.
        const auto agree = [this] {
            static const QList<std::pair<QString, QString>> pairs = {
                {QStringLiteral("SELECT township, row_key, household_id, id_number, name FROM city_members"),
                 QStringLiteral("SELECT township, row_key, json_extract(data, '$.household_id'), "
                                "json_extract(data, '$.id_number'), json_extract(data, '$.name') FROM city_records "
                                "WHERE tbl = 'members' AND deleted = 0 AND json_extract(data, '$.deleted') = 0")},
                {QStringLiteral("SELECT township, row_key, head_name, village_code, status, monthly_benefit_fen FROM "
                                "city_households"),
                 QStringLiteral("SELECT township, row_key, json_extract(data, '$.head_name'), "
                                "json_extract(data, '$.village_code'), json_extract(data, '$.status'), "
                                "json_extract(data, '$.monthly_benefit_fen') FROM city_records WHERE tbl = "
                                "'households' AND deleted = 0 AND json_extract(data, '$.deleted') = 0")},
                {QStringLiteral("SELECT township, row_key, batch_id, for_month, state, amount_fen FROM city_payments"),
                 QStringLiteral("SELECT township, row_key, json_extract(data, '$.batch_id'), "
                                "json_extract(data, '$.for_month'), json_extract(data, '$.state'), "
                                "json_extract(data, '$.amount_fen') FROM city_records WHERE tbl = 'payments' AND "
                                "deleted = 0")}};
            for (const auto& [narrow, whole] : pairs) {
                const qint64 differing = count(
                    *m_city, QStringLiteral(
                                 "SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))")
                                 .arg(narrow, whole));
                if (differing != 0) {
                    qWarning() << differing << "rows differ:" << narrow;
                    return false;
                }
            }
            return true;
        };
        const auto names = [this](const QString& text) {
            QStringList out;
            // Kept while the loop reads it: a loop over `*search(…)` reads a Result already destroyed.
            const auto found = CityReports::search(*m_city, text);
            for (const QJsonValue& v : *found)
                out.append(v.toObject().value(QStringLiteral("head_name")).toString());
            return out;
        };

        // A second township, where the first household's head is helped too.
        auto other = township(QStringLiteral("other.doudi"), QStringLiteral("220681104"));
        enrol(*m_city, *other, QStringLiteral("220681104"));
        Household elsewhere = TestFixtures::household(QStringLiteral("220681104201"));
        elsewhere.members.removeLast();
        QVERIFY(HouseholdRepository(*other, m_setup).save(elsewhere).ok());
        ImportOptions trustOther;
        trustOther.trust = townshipFingerprint(*other);
        QVERIFY(importInto(*m_city, exportFrom(*other), trustOther).ok());
        cityImports(exportFrom(*m_township));
        QVERIFY(agree());
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_members")), 5);
        QCOMPARE(CityReports::duplicates(*m_city)->size(), 2);
        // A signal about the person helped in both goes to both townships; one about nobody held
        // is kept unmatched.
        const QString both = elsewhere.members.first().idNumber.toString();
        const auto routed =
            CitySignals::import(*m_city, m_setup,
                                "id_number,kind,source,date,detail\n" + both.toUtf8() +
                                    ",vehicle,公安局车管所,2026-11-10,\n11010519491231002X,death,卫健委,"
                                    "2026-11-11,\n");
        QVERIFY2(routed.ok(), qPrintable(routed.ok() ? QString() : routed.error().toString()));
        QCOMPARE(routed->routed, 1);
        QCOMPARE(routed->unmatched, 1);
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_signals WHERE id_number = '%1' AND "
                                               "township IN ('220681103', '220681104')")
                                    .arg(both)),
                 2);

        // A member renamed and one removed, the household paid, a month's batch approved.
        HouseholdRepository households(*m_township, m_setup);
        Household h = households.loadAll()->first();
        const QString head = h.members.first().name;
        h.members.first().name = QStringLiteral("改名甲");
        h.members.removeLast();
        h.status = HouseholdStatus::Dibao;
        h.monthlyBenefitFen = 62000;
        h.bankAccount = QStringLiteral("6230000000000000011");
        QVERIFY(households.save(h).ok());
        QVERIFY(approveFromOctober(h.uuid, 2, 62000));
        PaymentBatches clerk(*m_township, m_clerk);
        const auto plan = clerk.prepare(QStringLiteral("2026-10"), QStringLiteral("regular"));
        QVERIFY(plan.ok());
        QVERIFY(PaymentBatches(*m_township, m_director).approve(plan->batch.id).ok());
        QVERIFY(importInto(*m_city, exportFrom(*m_township))->status == QLatin1String("applied"));
        QVERIFY(agree());
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_members WHERE township = '220681103'")), 2);
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_payments WHERE state = 'pending'")), 1);
        QCOMPARE(names(QStringLiteral("改名")), QStringList{QStringLiteral("改名甲")});
        QCOMPARE(names(head), QStringList{head}); // still the head in the other township
        const auto report = CityReports::report(*m_city);
        QCOMPARE(report->value(QStringLiteral("totals")).toObject().value(QStringLiteral("members")).toInteger(), 4);
        QCOMPARE(report->value(QStringLiteral("totals")).toObject().value(QStringLiteral("monthly_fen")).toInteger(),
                 62000);

        // The bank paid it: the line's new state replaces the old.
        QVERIFY(clerk.markPaidInFull(plan->batch.id).ok());
        QVERIFY(importInto(*m_city, exportFrom(*m_township))->status == QLatin1String("applied"));
        QVERIFY(agree());
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_payments WHERE state = 'paid'")), 1);

        // A re-baseline deletes the township's rows and stores them again.
        ImportOptions accept;
        accept.acceptFull = true;
        QCOMPARE(importInto(*m_city, exportFrom(*m_township, QString(), true), accept)->status,
                 QStringLiteral("applied"));
        QVERIFY(agree());
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_members")), 4);

        // A city made before version 25: the migration fills the tables from its records.
        const QString olderPath = m_dir->filePath(QStringLiteral("older-city.doudi"));
        {
            QSqlQuery copy(m_city->connection());
            QVERIFY(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(olderPath)));
            auto older = Database::open(olderPath, Database::OpenMode::MustExist);
            QVERIFY(older);
            QSqlQuery q((*older)->connection());
            for (const char* sql :
                 {"DROP TABLE city_members", "DROP TABLE city_households", "DROP TABLE city_payments",
                  "ALTER TABLE members DROP COLUMN father", "ALTER TABLE members DROP COLUMN mother",
                  "ALTER TABLE members DROP COLUMN care_setting", "ALTER TABLE members DROP COLUMN died_on",
                  "ALTER TABLE determinations DROP COLUMN entitlements_json", "DROP TABLE price_subsidy_payments",
                  "DROP TABLE city_determinations", "DROP TABLE price_indices", "DROP TABLE funeral_waivers",
                  "DROP TABLE care_visits", "DROP TABLE care_people", "DROP TABLE referrals",
                  "DROP TABLE help_resources", "PRAGMA user_version = 24"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        auto migrated = Database::open(olderPath, Database::OpenMode::MustExist);
        QVERIFY(migrated);
        m_city = std::move(migrated).value();
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_members")), 4);
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_payments")), 1);
        QVERIFY(agree());
    }

    // Rows are written as JSON by hand (SyncTables::rowJson): what needs escaping arrives intact.
    void awkwardTextArrivesIntact()
    {
        const QString awkward = QStringLiteral("引号\"反斜杠\\换行\n制表\t响铃\x07 end");
        changeHousehold(*m_township, awkward);
        cityImports(exportFrom(*m_township));
        QCOMPARE(cityAddress(), awkward);
        QSqlQuery q(m_city->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM city_records WHERE json_valid(data) = 0")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void damagedOrForeignPackagesAreRefused()
    {
        const QByteArray good = exportFrom(*m_township);
        cityImports(good);
        changeHousehold(*m_township, QStringLiteral("新地址"));
        const QByteArray second = exportFrom(*m_township);
        const qsizetype headerAt = second.indexOf("\"sequence\"");
        const auto flipped = [&second](qsizetype at) {
            QByteArray f = second;
            f[at] = char(f[at] ^ 0x01);
            return f;
        };
        refusedWithoutChange(*m_city, flipped(headerAt + 11), QStringLiteral("signature"));
        refusedWithoutChange(*m_city, flipped(second.size() / 2), QStringLiteral("signature"));
        refusedWithoutChange(*m_city, flipped(second.size() - 3), QStringLiteral("signature"));
        refusedWithoutChange(*m_city, second.left(second.size() - 100), QStringLiteral("cut short"));
        refusedWithoutChange(*m_city, QByteArray("not a package"), QStringLiteral("not a Doudi package"));

        // A package for another township.
        auto other = township(QStringLiteral("other.doudi"), QStringLiteral("220681104"));
        QVERIFY(other);
        enrol(*m_city, *other, QStringLiteral("220681104"));
        ImportOptions trustOther;
        trustOther.trust = townshipFingerprint(*other);
        QVERIFY(importInto(*m_city, exportFrom(*other), trustOther).ok());
        refusedWithoutChange(*m_township, exportFrom(*m_city, QStringLiteral("220681104")),
                             QStringLiteral("not for this site"));

        // An unknown sender: a township the city never enrolled, sealed for an impostor with our code.
        auto impostor =
            Database::open(m_dir->filePath(QStringLiteral("impostor.doudi")), Database::OpenMode::MustNotExist);
        QVERIFY(impostor);
        QVERIFY(SiteRepository(**impostor, m_setup)
                    .createSite(QStringLiteral("220681"), QStringLiteral("临江市"), QStringLiteral("city")));
        auto stranger = township(QStringLiteral("stranger.doudi"), QStringLiteral("220681109"));
        enrol(**impostor, *stranger, QStringLiteral("220681109"));
        refusedWithoutChange(*m_city, exportFrom(*stranger), QStringLiteral("not enrolled"));
        // The city's own township re-keyed (a new database under the same code).
        auto rekeyed = township(QStringLiteral("rekeyed.doudi"), QStringLiteral("220681103"));
        enrol(*m_city, *rekeyed, QStringLiteral("220681103"));
        refusedWithoutChange(*m_city, exportFrom(*rekeyed), QStringLiteral("other keys"));
        // Still importable after all that.
        QCOMPARE(importInto(*m_city, second)->status, QStringLiteral("applied"));
    }

    void replayChangesNothing()
    {
        const QByteArray first = exportFrom(*m_township);
        cityImports(first);
        const QByteArray before = dumpHash(*m_city);
        const auto again = importInto(*m_city, first);
        QVERIFY(again.ok());
        QCOMPARE(again->status, QStringLiteral("already_imported"));
        QCOMPARE(dumpHash(*m_city), before);
    }

    void outOfOrderIsHeldUntilTheGapIsFilled()
    {
        cityImports(exportFrom(*m_township));
        changeHousehold(*m_township, QStringLiteral("甲"));
        const QByteArray second = exportFrom(*m_township);
        changeHousehold(*m_township, QStringLiteral("乙"));
        const QByteArray third = exportFrom(*m_township);
        const auto held = importInto(*m_city, third);
        QVERIFY(held.ok());
        QCOMPARE(held->status, QStringLiteral("held"));
        QCOMPARE(held->missing, 2);
        QCOMPARE(SyncImporter::held(*m_city)->size(), 1);
        QCOMPARE(cityAddress(), TestFixtures::household().address);
        const auto filled = importInto(*m_city, second);
        QVERIFY(filled.ok());
        QCOMPARE(filled->status, QStringLiteral("applied"));
        QCOMPARE(filled->released, QList<qint64>{3});
        QCOMPARE(cityAddress(), QStringLiteral("乙"));
        QCOMPARE(SyncImporter::held(*m_city)->size(), 0);
        QCOMPARE(Peers::find(*m_city, QStringLiteral("220681103"))->value().lastReceived, 3);
    }

    void aLostPackageIsRecoveredByTheNext()
    {
        cityImports(exportFrom(*m_township));
        changeHousehold(*m_township, QStringLiteral("丢失的包里的地址"));
        const QByteArray lost = exportFrom(*m_township);
        const QByteArray next = exportFrom(*m_township); // repeats everything since package 1
        QCOMPARE(importInto(*m_city, next)->status, QStringLiteral("held"));
        ImportOptions skip;
        skip.skipMissing = true;
        const auto recovered = importInto(*m_city, next, skip);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->status, QStringLiteral("applied"));
        QCOMPARE(cityAddress(), QStringLiteral("丢失的包里的地址"));
        // The lost package turning up late is named for what it is, and changes nothing.
        const QByteArray before = dumpHash(*m_city);
        const auto late = importInto(*m_city, lost);
        QVERIFY(!late.ok());
        QVERIFY2(late.error().toString().contains(QStringLiteral("was skipped on")) &&
                     late.error().toString().contains(QStringLiteral("came with package 3")),
                 qPrintable(late.error().toString()));
        QCOMPARE(dumpHash(*m_city), before);
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM sync_skipped")), 1);
    }

    void aClonedDatabaseIsRefusedUntilARebaseline()
    {
        cityImports(exportFrom(*m_township));
        const QString clonePath = m_dir->filePath(QStringLiteral("clone.doudi"));
        QSqlQuery copy(m_township->connection());
        QVERIFY(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(clonePath)));
        auto clone = Database::open(clonePath, Database::OpenMode::MustExist);
        QVERIFY(clone);
        // The clone holds the same key slots: whoever logs in on it unwraps the same site key.
        (*clone)->setSiteKey(m_township->siteKey()->copy());
        changeHousehold(*m_township, QStringLiteral("原件"));
        QCOMPARE(importInto(*m_city, exportFrom(*m_township))->status, QStringLiteral("applied"));
        changeHousehold(**clone, QStringLiteral("副本"));
        const QByteArray fromClone = exportFrom(**clone);
        const QByteArray before = dumpHash(*m_city);
        const auto refused = importInto(*m_city, fromClone);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QStringLiteral("copied")), qPrintable(refused.error().toString()));
        QVERIFY(!Peers::find(*m_city, QStringLiteral("220681103"))->value().flagged.isEmpty());
        QCOMPARE(cityAddress(), QStringLiteral("原件"));
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_records WHERE sequence > 2")), 0);
        Q_UNUSED(before);
        // Flagged: even the original's next package waits for the re-baseline.
        changeHousehold(*m_township, QStringLiteral("原件二"));
        refusedWithoutChange(*m_city, exportFrom(*m_township), QStringLiteral("re-baseline"));
        const QByteArray full = exportFrom(*m_township, QString(), true);
        refusedWithoutChange(*m_city, full, QStringLiteral("--full"));
        ImportOptions accept;
        accept.acceptFull = true;
        const auto rebased = importInto(*m_city, full, accept);
        QVERIFY2(rebased.ok(), qPrintable(rebased.ok() ? QString() : rebased.error().toString()));
        QCOMPARE(cityAddress(), QStringLiteral("原件二"));
        QVERIFY(Peers::find(*m_city, QStringLiteral("220681103"))->value().flagged.isEmpty());
        changeHousehold(*m_township, QStringLiteral("之后"));
        QCOMPARE(importInto(*m_city, exportFrom(*m_township))->status, QStringLiteral("applied"));
        QCOMPARE(cityAddress(), QStringLiteral("之后"));
    }

    // The city checks every row it did not write: the line's key is the row's primary key, the row's
    // origin is the sender, its village is in the sender's township, a case is of the sender's
    // household. Each forged package is refused whole, the city's database byte-identical.
    void forgedRowsAreRefused()
    {
        cityImports(exportFrom(*m_township));
        changeHousehold(*m_township, QStringLiteral("第二个包的地址"));
        const QByteArray genuine = exportFrom(*m_township);
        const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
        refusedWithoutChange(*m_city,
                             forged(genuine,
                                    [&](PackageBody& b, PackageHeader&) {
                                        editFirst(b, QStringLiteral("households"),
                                                  [&](PackageRecord& r) { r.key = other; });
                                    }),
                             QStringLiteral("does not match its contents"));
        refusedWithoutChange(*m_city,
                             forged(genuine,
                                    [&](PackageBody& b, PackageHeader&) {
                                        editFirst(b, QStringLiteral("households"), [&](PackageRecord& r) {
                                            r.json = withField(r.json, QStringLiteral("origin_site"),
                                                               QStringLiteral("220681104"));
                                        });
                                    }),
                             QStringLiteral("not its own"));
        refusedWithoutChange(*m_city,
                             forged(genuine,
                                    [&](PackageBody& b, PackageHeader&) {
                                        editFirst(b, QStringLiteral("households"), [&](PackageRecord& r) {
                                            r.json = withField(r.json, QStringLiteral("village_code"),
                                                               QStringLiteral("220681104201"));
                                        });
                                    }),
                             QStringLiteral("not its own"));
        refusedWithoutChange(*m_city,
                             forged(genuine,
                                    [&](PackageBody& b, PackageHeader&) {
                                        QJsonObject village{
                                            {QStringLiteral("code"), QStringLiteral("220681104201")},
                                            {QStringLiteral("name"), QStringLiteral("别镇的村")},
                                            {QStringLiteral("origin_site"), QStringLiteral("220681103")},
                                            {QStringLiteral("version"), 1}};
                                        b.records.append({QStringLiteral("villages"), QStringLiteral("220681104201"),
                                                          QJsonDocument(village).toJson(QJsonDocument::Compact)});
                                    }),
                             QStringLiteral("not its own"));
        refusedWithoutChange(*m_city,
                             forged(genuine,
                                    [&](PackageBody& b, PackageHeader&) {
                                        editFirst(b, QStringLiteral("households"),
                                                  [&](PackageRecord& r) { r.json = "{\"id\""; });
                                    }),
                             QStringLiteral("does not match its contents"));
        // A case of a household the township does not have.
        refusedWithoutChange(*m_city,
                             forged(exportFrom(*m_township, QString(), true),
                                    [&](PackageBody& b, PackageHeader&) {
                                        editFirst(b, QStringLiteral("cases"), [&](PackageRecord& r) {
                                            r.json = withField(r.json, QStringLiteral("household_id"), other);
                                        });
                                    }),
                             QStringLiteral("--full"));
        ImportOptions full;
        full.acceptFull = true;
        refusedWithoutChange(*m_city,
                             forged(exportFrom(*m_township, QString(), true),
                                    [&](PackageBody& b, PackageHeader&) {
                                        editFirst(b, QStringLiteral("cases"), [&](PackageRecord& r) {
                                            r.json = withField(r.json, QStringLiteral("household_id"), other);
                                        });
                                    }),
                             QStringLiteral("a household that is not its own"), full);
        // Package numbers out of range are refused before anything else.
        for (const qint64 bad : {qint64(-1), qint64(0), qint64(2147483648)}) {
            refusedWithoutChange(*m_city, forged(genuine, [&](PackageBody&, PackageHeader& h) { h.sequence = bad; }),
                                 bad == 0 ? QStringLiteral("no package number") : QStringLiteral("header"));
        }
    }

    // An older version of a record than the city holds is a conflict for a person, never an update
    // (a benefit rolled back).
    void anOlderVersionIsAConflictNotAnUpdate()
    {
        cityImports(exportFrom(*m_township));
        const QByteArray firstVersion = [&] {
            QSqlQuery q(m_city->connection());
            q.exec(QStringLiteral("SELECT data FROM city_records WHERE tbl = 'households'"));
            return q.next() ? q.value(0).toString().toUtf8() : QByteArray();
        }();
        changeHousehold(*m_township, QStringLiteral("版本二"));
        QCOMPARE(importInto(*m_city, exportFrom(*m_township))->status, QStringLiteral("applied"));
        changeHousehold(*m_township, QStringLiteral("版本三"));
        const QByteArray rolledBack = forged(exportFrom(*m_township), [&](PackageBody& b, PackageHeader&) {
            editFirst(b, QStringLiteral("households"), [&](PackageRecord& r) { r.json = firstVersion; });
        });
        const auto outcome = importInto(*m_city, rolledBack);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->conflicts, 1);
        QCOMPARE(cityAddress(), QStringLiteral("版本二"));
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE tbl = 'households'")), 1);
    }

    // The audit trail is anchored at the city: a township that rewrote its trail (and rehashed the
    // chain) or cut its tail is refused and flagged, whatever the rest of the package says.
    void aRewrittenOrCutAuditTrailIsCaught()
    {
        cityImports(exportFrom(*m_township));
        const QByteArray before = TestFixtures::dumpHash(*m_city, {QStringLiteral("peers")});
        {
            // Rewritten: entry 2 changed, and every hash after it made again.
            QSqlQuery q(m_township->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_never_changed")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET reason = 'rewritten' WHERE seq = 2")));
            QString previous = AuditLog::kGenesisHash;
            for (AuditEntry e : AuditLog(*m_township).entries().value()) {
                e.prevHash = previous;
                e.hash = AuditLog::chainHash(e);
                QSqlQuery u(m_township->connection());
                u.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
                u.addBindValue(e.prevHash);
                u.addBindValue(e.hash);
                u.addBindValue(e.seq);
                QVERIFY(u.exec());
                previous = e.hash;
            }
            QVERIFY(AuditVerifier::verify(*m_township, false)->ok()); // the file alone cannot tell
        }
        changeHousehold(*m_township, QStringLiteral("改写之后"));
        const auto refused = importInto(*m_city, exportFrom(*m_township));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QStringLiteral("rewritten or cut")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(TestFixtures::dumpHash(*m_city, {QStringLiteral("peers")}), before);
        QVERIFY(!Peers::find(*m_city, QStringLiteral("220681103"))->value().flagged.isEmpty());
    }

    void aCutAuditTailIsCaught()
    {
        cityImports(exportFrom(*m_township));
        const QByteArray before = TestFixtures::dumpHash(*m_city, {QStringLiteral("peers")});
        QSqlQuery q(m_township->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_never_deleted")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)")));
        changeHousehold(*m_township, QStringLiteral("截断之后"));
        const auto refused = importInto(*m_city, exportFrom(*m_township));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QStringLiteral("rewritten or cut")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(TestFixtures::dumpHash(*m_city, {QStringLiteral("peers")}), before);
        QVERIFY(!Peers::find(*m_city, QStringLiteral("220681103"))->value().flagged.isEmpty());
    }

    // A package that names another package before it than the one imported has its own message.
    void aPackageAfterAnotherIsNamedAsSuch()
    {
        cityImports(exportFrom(*m_township));
        changeHousehold(*m_township, QStringLiteral("第二"));
        const QByteArray diverged = forged(exportFrom(*m_township), [&](PackageBody& b, PackageHeader&) {
            b.meta.insert(QStringLiteral("previous"), QString(64, QLatin1Char('a')));
        });
        const auto refused = importInto(*m_city, diverged);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QStringLiteral("does not follow package 1")),
                 qPrintable(refused.error().toString()));
    }

    // A copy of the township's file, opened without anyone logging in: it can neither write a
    // package nor open the city's, and it is left as it was.
    void aCopiedFileWithoutAPasswordExchangesNothing()
    {
        cityImports(exportFrom(*m_township));
        const QByteArray fromCity = exportFrom(*m_city, QStringLiteral("220681103"));
        QVERIFY(!fromCity.isEmpty());
        const QString copyPath = m_dir->filePath(QStringLiteral("copied.doudi"));
        QSqlQuery copy(m_township->connection());
        QVERIFY(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(copyPath)));
        auto copied = Database::open(copyPath, Database::OpenMode::MustExist);
        QVERIFY(copied);
        const QByteArray before = dumpHash(**copied);
        const auto opened = importInto(**copied, fromCity);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().toString().contains(QStringLiteral("locked")), qPrintable(opened.error().toString()));
        const auto written =
            SyncExporter::write(**copied, m_setup, QString(), false, m_dir->filePath(QStringLiteral("forged.doudi")));
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("forged.doudi"))));
        QCOMPARE(dumpHash(**copied), before);
        // The township itself, logged in, opens it.
        QCOMPARE(importInto(*m_township, fromCity)->status, QStringLiteral("applied"));
    }

    // A township restored from last week's backup holds less than the city already has from it:
    // its next package replaces the city's view whole, once, and then packages run as before.
    void aRestoredTownshipSendsARebaseline()
    {
        cityImports(exportFrom(*m_township));
        const QString folder = m_dir->filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const auto key = BackupKey::derive(QStringLiteral("备份口令-2026"));
        QVERIFY(key.ok());
        const auto backup = Backups::create(*m_township, m_setup, folder, *key);
        QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().toString()));
        changeHousehold(*m_township, QStringLiteral("备份之后"));
        QCOMPARE(importInto(*m_city, exportFrom(*m_township))->status, QStringLiteral("applied"));
        QCOMPARE(cityAddress(), QStringLiteral("备份之后"));

        const QString path = m_township->path();
        auto siteKey = m_township->siteKey()->copy(); // what a login on the restored file unwraps
        m_township.reset();
        const auto restored =
            Backups::restore(path, backup->fileName, QStringLiteral("备份口令-2026"),
                             [](Database&, const BackupInfo&) -> Result<QString> { return QStringLiteral("admin"); });
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().toString()));
        m_township = std::move(Database::open(path, Database::OpenMode::MustExist)).value();
        m_township->setSiteKey(std::move(siteKey));
        QVERIFY(*Backups::rebaselinePending(*m_township));

        const QByteArray rebaseline = exportFrom(*m_township);
        QVERIFY(!rebaseline.isEmpty());
        QVERIFY(!*Backups::rebaselinePending(*m_township));
        refusedWithoutChange(*m_city, rebaseline, QStringLiteral("--full"));
        ImportOptions accept;
        accept.acceptFull = true;
        const auto rebased = importInto(*m_city, rebaseline, accept);
        QVERIFY2(rebased.ok(), qPrintable(rebased.ok() ? QString() : rebased.error().toString()));
        QCOMPARE(cityAddress(), TestFixtures::household().address);

        changeHousehold(*m_township, QStringLiteral("恢复之后"));
        QCOMPARE(importInto(*m_city, exportFrom(*m_township))->status, QStringLiteral("applied"));
        QCOMPARE(cityAddress(), QStringLiteral("恢复之后"));
    }

    void aCaseChangedOnBothSidesGoesToTheQueue()
    {
        cityImports(exportFrom(*m_township));
        QVERIFY(CityDecisions::decide(*m_city, m_director, m_caseId, false, QStringLiteral("收入超标"), m_today).ok());
        const QByteArray decision = exportFrom(*m_city, QStringLiteral("220681103"));
        // Meanwhile the township adds a document to the submitted case.
        QVERIFY(CaseRepository(*m_township, m_clerk).setDocuments(m_caseId, {QStringLiteral("id_cards")}).ok());
        const auto arrived = importInto(*m_township, decision);
        QVERIFY(arrived.ok());
        QCOMPARE(arrived->conflicts, 1);
        QCOMPARE(CaseRepository(*m_township, m_setup).find(m_caseId)->state, QStringLiteral("submitted"));
        // Repeated by the city until acknowledged, the decision is queued once.
        const auto again = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QCOMPARE(again->conflicts, 0);
        const auto queue = ConflictQueue(*m_township).list(true);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().author, QStringLiteral("director"));
        QVERIFY(queue->first().local.contains("clerk1"));
        QVERIFY(queue->first().incoming.contains("refuse"));
        // A clerk cannot decide it; a supervisor keeps the city's decision, which is applied then.
        QVERIFY(!ConflictQueue(*m_township).resolve(m_clerk, queue->first().id, QStringLiteral("incoming")).ok());
        QVERIFY(ConflictQueue(*m_township).resolve(m_director, queue->first().id, QStringLiteral("incoming")).ok());
        QCOMPARE(CaseRepository(*m_township, m_setup).find(m_caseId)->state, QStringLiteral("refused"));
        QCOMPARE(*ConflictQueue(*m_township).openCount(), 0);
        // Applied once: the same decision repeated in the next package changes nothing.
        const auto repeated = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QVERIFY(repeated.ok());
        QCOMPARE(repeated->conflicts, 0);
    }

    void theCityQueuesACaseChangedBeforeItsDecisionArrived()
    {
        cityImports(exportFrom(*m_township));
        const Status decided = CityDecisions::decide(*m_city, m_director, m_caseId, true, QString(), m_today);
        QVERIFY2(decided.ok(), qPrintable(decided.ok() ? QString() : decided.error().toString()));
        QVERIFY(CaseRepository(*m_township, m_clerk).setDocuments(m_caseId, {QStringLiteral("id_cards")}).ok());
        const auto arrived = importInto(*m_city, exportFrom(*m_township));
        QVERIFY(arrived.ok());
        QCOMPARE(arrived->conflicts, 1);
        const auto queue = ConflictQueue(*m_city).list(true);
        QCOMPARE(queue->first().table, QStringLiteral("cases"));
        // Keeping the township's version withdraws the decision: the case awaits a new one.
        QVERIFY(ConflictQueue(*m_city).resolve(m_director, queue->first().id, QStringLiteral("incoming")).ok());
        QCOMPARE(CityDecisions::awaiting(*m_city)->first().decision, QString());
    }

    void signalsAndTheFundReachTheTownshipOnce()
    {
        cityImports(exportFrom(*m_township));
        const QByteArray signalFile = "id_number,kind,source,date,detail\n"
                                      "220681198204110139,vehicle,公安局车管所,2026-11-10,登记小型汽车一辆\n"
                                      "11010519491231002X,death,卫健委,2026-11-11,\n";
        QVERIFY(!CitySignals::import(*m_city, m_clerk, signalFile).ok());
        const auto routed = CitySignals::import(*m_city, m_setup, signalFile);
        QVERIFY2(routed.ok(), qPrintable(routed.ok() ? QString() : routed.error().toString()));
        QCOMPARE(routed->routed, 1);
        QCOMPARE(routed->unmatched, 1);
        QVERIFY(!CityAllocations::record(*m_city, m_clerk,
                                         {QStringLiteral("220681103"), QStringLiteral("quota"), 2026, 5000000,
                                          QStringLiteral("临民发〔2026〕1号"), m_today})
                     .ok());
        QVERIFY(CityAllocations::record(*m_city, m_director,
                                        {QStringLiteral("220681103"), QStringLiteral("quota"), 2026, 5000000,
                                         QStringLiteral("临民发〔2026〕1号"), m_today})
                    .ok());
        QVERIFY(CityAllocations::record(*m_city, m_director,
                                        {QStringLiteral("220681103"), QStringLiteral("allocation"), 2026, 2000000,
                                         QStringLiteral("预拨凭证 2026-07"), m_today})
                    .ok());
        const auto first = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first->counts.value(QStringLiteral("signals")), 1);
        QCOMPARE(first->counts.value(QStringLiteral("allocations")), 2);
        const auto tasks = SignalRepository(*m_township, m_setup).list(true);
        QCOMPARE(tasks->size(), 1);
        QCOMPARE(tasks->first().kind, QStringLiteral("vehicle"));
        QVERIFY(!tasks->first().householdId.isEmpty());
        const FundBalance balance = FundLedger(*m_township, m_setup).balance(2026).value();
        QCOMPARE(balance.quotaFen, 5000000);
        QCOMPARE(balance.allocatedFen, 2000000);
        // The township has not acknowledged yet: the city repeats them, and they are applied once.
        const auto repeated = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QCOMPARE(repeated->counts.value(QStringLiteral("signals")), 1);
        QCOMPARE(SignalRepository(*m_township, m_setup).list(false)->size(), 1);
        QCOMPARE(FundLedger(*m_township, m_setup).balance(2026)->allocatedFen, 2000000);
        // Acknowledged: no longer sent.
        QVERIFY(importInto(*m_city, exportFrom(*m_township)).ok());
        const auto after = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QCOMPARE(after->counts.value(QStringLiteral("signals")), 0);
        QCOMPARE(after->counts.value(QStringLiteral("allocations")), 0);
    }

    // What the township's other programs pay reaches the city with the determinations: each live
    // household's newest one counts, one-off payments apart.
    void theCityCountsTheOtherPrograms()
    {
        const Household h = HouseholdRepository(*m_township, m_setup).loadAll()->first();
        const Policy policy = PolicyRepository::bundledExample().value();
        QVERIFY(PolicyRepository(*m_township, m_director).add(policy));
        const QString policyId = policy.id;
        const auto save = [&](std::optional<Entitlements> entitlements) {
            Determination d;
            d.policyId = policyId;
            d.month = QStringLiteral("2026-11");
            d.classification = Classification::Dibao;
            d.totalFen = 93000;
            return DeterminationRepository(*m_township, m_director).save({h.uuid, h, d, std::move(entitlements)});
        };
        const auto townshipPrograms = [this] {
            return CityReports::report(*m_city)
                ->value(QStringLiteral("townships"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("programs"))
                .toObject();
        };
        const auto figure = [](const QJsonObject& programs, const char* program, const char* field) {
            return programs.value(QLatin1String(program)).toObject().value(QLatin1String(field)).toInteger();
        };
        Entitlements e;
        e.policyId = policyId;
        e.month = QStringLiteral("2026-11");
        e.items = {{QStringLiteral("disability_living"), 1, 10000, false},
                   {QStringLiteral("disability_care"), 1, 8000, false},
                   {QStringLiteral("funeral_waiver"), 0, 120000, true}};
        e.monthlyTotalFen = 18000;
        e.oneOffTotalFen = 120000;
        const Status saved = save(e);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        cityImports(exportFrom(*m_township));
        const auto report = CityReports::report(*m_city);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QJsonObject programs = townshipPrograms();
        QCOMPARE(figure(programs, "disability_living", "persons"), 1);
        QCOMPARE(figure(programs, "disability_living", "monthly_fen"), 10000);
        QCOMPARE(figure(programs, "disability_care", "monthly_fen"), 8000);
        QCOMPARE(figure(programs, "orphan_allowance", "persons"), 0);
        QCOMPARE(figure(CityReports::report(*m_city)
                            ->value(QStringLiteral("totals"))
                            .toObject()
                            .value(QStringLiteral("programs"))
                            .toObject(),
                        "disability_care", "monthly_fen"),
                 8000);

        // A newer determination under a policy without programs: the household receives none.
        QTest::qWait(5); // a later created_at
        QVERIFY(save(std::nullopt));
        QVERIFY(importInto(*m_city, exportFrom(*m_township)).ok());
        QCOMPARE(figure(townshipPrograms(), "disability_living", "monthly_fen"), 0);
    }

    // The bureau's published index reaches the township with the city's package: taken in where
    // the township has none or other figures not paid on; figures already paid on stay, queued.
    void theBureausPriceIndexReachesTheTownship()
    {
        cityImports(exportFrom(*m_township));
        PriceIndices city(*m_city, m_director);
        QVERIFY(city.record({QStringLiteral("2026-11"), 41, 52}, QStringLiteral("吉林省统计局 2026年11月")));
        QVERIFY(city.record({QStringLiteral("2026-12"), 35, 40}, QStringLiteral("吉林省统计局 2026年12月")));
        PriceIndices township(*m_township, m_director);
        QVERIFY(township.record({QStringLiteral("2026-12"), 30, 40}, QStringLiteral("typed from the newspaper")));
        const auto first = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first->counts.value(QStringLiteral("price_indices")), 2);
        const auto november = township.find(QStringLiteral("2026-11")).value();
        QVERIFY(november.has_value());
        QCOMPARE(november->index.cpiYoyPermille, 41);
        QCOMPARE(november->recordedBy, QStringLiteral("city@220681"));
        QCOMPARE(township.find(QStringLiteral("2026-12")).value()->index.cpiYoyPermille, 35);

        // Paid on the bureau's figures; the bureau corrects them afterwards: they stay, a person decides.
        QSqlQuery pay(m_township->connection());
        QVERIFY(pay.exec(QStringLiteral(
            "INSERT INTO price_subsidy_payments (id, month, run_id, household_id, member_id, category, amount_fen, "
            "policy_id, paid_at, paid_by) VALUES ('p1', '2026-12', 'r1', 'h1', 'm1', 'dibao', 2000, 'x', "
            "'2026-12-20T09:00:00.000Z', 'wang')")));
        // The payment reaches the city with the township's next package.
        cityImports(exportFrom(*m_township));
        QCOMPARE(
            count(*m_city, QStringLiteral("SELECT count(*) FROM city_records WHERE tbl = 'price_subsidy_payments'")),
            1);
        const QJsonObject price = CityReports::report(*m_city)
                                      ->value(QStringLiteral("totals"))
                                      .toObject()
                                      .value(QStringLiteral("programs"))
                                      .toObject()
                                      .value(QStringLiteral("price_subsidy"))
                                      .toObject();
        QCOMPARE(price.value(QStringLiteral("fen")).toInteger(), 2000);
        QCOMPARE(price.value(QStringLiteral("persons")).toInteger(), 1);
        QVERIFY(city.record({QStringLiteral("2026-12"), 36, 40}, QStringLiteral("吉林省统计局 2026年12月（更正）")));
        const auto second = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
        QCOMPARE(township.find(QStringLiteral("2026-12")).value()->index.cpiYoyPermille, 35);
        ConflictQueue queue(*m_township);
        const auto open = queue.list(true).value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().table, QStringLiteral("price_indices"));
        QVERIFY(!queue.resolve(m_director, open.first().id, QStringLiteral("incoming")).ok());
        QVERIFY(queue.resolve(m_director, open.first().id, QStringLiteral("local")).ok());
    }

    // The bureau's entries of the resource library reach every township, whole; a referral made at
    // the township reaches the city with the township's next package.
    void theBureausLibraryReachesTheTownship()
    {
        cityImports(exportFrom(*m_township));
        HelpResource entry;
        entry.kind = QStringLiteral("charity");
        entry.name = QStringLiteral("慈善助医");
        entry.provider = QStringLiteral("市慈善总会");
        entry.offers = QStringLiteral("大病自付部分救助，最高2万元");
        entry.validFrom = QDate(2026, 1, 1);
        const auto published = HelpResources(*m_city, m_director).add(entry);
        QVERIFY2(published.ok(), qPrintable(published.ok() ? QString() : published.error().toString()));
        QCOMPARE(published->origin, QStringLiteral("city"));
        const auto first = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first->counts.value(QStringLiteral("help_resources")), 1);
        const auto here = HelpResources(*m_township, m_clerk).find(published->id).value();
        QVERIFY(here.has_value());
        QCOMPARE(here->origin, QStringLiteral("city"));
        QCOMPARE(here->offers, entry.offers);

        Referral referral;
        referral.resourceId = published->id;
        QSqlQuery q(m_township->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM households LIMIT 1")) && q.next());
        referral.householdId = q.value(0).toString();
        referral.need = QStringLiteral("胃癌术后自付3万元");
        referral.sentOn = m_today;
        QVERIFY(Referrals(*m_township, m_clerk).open(referral).ok());
        cityImports(exportFrom(*m_township));
        QCOMPARE(count(*m_city, QStringLiteral("SELECT count(*) FROM city_records WHERE tbl = 'referrals'")), 1);
        // The same entry again changes nothing at the township.
        const auto second = importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103")));
        QVERIFY(second.ok());
        QCOMPARE(count(*m_township, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                                   "'help_resources'")),
                 1);
    }

    void enrolmentCarriesTheCalendarAndTheQuota()
    {
        QVERIFY(CaseRepository(*m_city, m_setup)
                    .importCalendar({2027, {QDate(2027, 1, 1), QDate(2027, 2, 11)}, {QDate(2027, 2, 7)}})
                    .ok());
        QVERIFY(Enrolment::write(*m_city, m_setup, QStringLiteral("220681104"), QStringLiteral("镇220681104")).ok());
        QVERIFY(CityAllocations::record(*m_city, m_director,
                                        {QStringLiteral("220681104"), QStringLiteral("quota"), 2027, 3000000,
                                         QStringLiteral("临民发〔2027〕2号"), QDate(2027, 1, 5)})
                    .ok());
        auto other = township(QStringLiteral("other.doudi"), QStringLiteral("220681104"));
        enrol(*m_city, *other, QStringLiteral("220681104"));
        QCOMPARE(count(*other, QStringLiteral("SELECT count(*) FROM calendar_days WHERE year = 2027")), 3);
        QCOMPARE(FundLedger(*other, m_setup).balance(2027)->quotaFen, 3000000);
        // The first data package repeats the quota (not yet acknowledged): it is entered once.
        ImportOptions trustOther;
        trustOther.trust = townshipFingerprint(*other);
        QVERIFY(importInto(*m_city, exportFrom(*other), trustOther).ok());
        const auto first = importInto(*other, exportFrom(*m_city, QStringLiteral("220681104")));
        QVERIFY(first.ok());
        QCOMPARE(first->counts.value(QStringLiteral("allocations")), 1);
        QCOMPARE(count(*other, QStringLiteral("SELECT count(*) FROM fund_entries WHERE kind = 'quota'")), 1);
    }

    void warnsOfAPersonHelpedInAnotherTownship()
    {
        auto other = township(QStringLiteral("other.doudi"), QStringLiteral("220681104"));
        enrol(*m_city, *other, QStringLiteral("220681104"));
        Household h = TestFixtures::household(QStringLiteral("220681104201"));
        h.status = HouseholdStatus::Dibao;
        h.members.removeLast();
        QVERIFY(HouseholdRepository(*other, m_setup).save(h).ok());
        ImportOptions trustOther;
        trustOther.trust = townshipFingerprint(*other);
        QVERIFY(importInto(*m_city, exportFrom(*other), trustOther).ok());
        cityImports(exportFrom(*m_township));
        QCOMPARE(CityReports::duplicates(*m_city)->size(), 2);
        QVERIFY(!CityReports::duplicates(*m_city)
                     ->first()
                     .toObject()
                     .value(QStringLiteral("id_number"))
                     .toString()
                     .contains(QStringLiteral("19820411")));
        QVERIFY(importInto(*m_township, exportFrom(*m_city, QStringLiteral("220681103"))).ok());
        QCOMPARE(*IdNumberHashes::townshipsOf(*m_township, QStringLiteral("220681198204110139")),
                 QStringList{QStringLiteral("220681104")});
        QVERIFY(IdNumberHashes::townshipsOf(*m_township, QStringLiteral("220681201206200319"))->isEmpty());
        const QStringList warnings = IdNumberHashes::warningsFor(*m_township, TestFixtures::household()).value();
        QCOMPARE(warnings.size(), 2); // the head and the spouse; the child stayed
        QVERIFY(warnings.first().contains(QStringLiteral("220681104")));
        QVERIFY(!warnings.join(QString()).contains(QStringLiteral("198204110139")));
        // The hashes are not the ID numbers: nothing of them is stored at the township.
        QCOMPARE(count(*m_township, QStringLiteral("SELECT count(*) FROM member_id_hashes WHERE hash LIKE '%2206%'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"
