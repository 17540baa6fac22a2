#include "Clock.h"
#include "domain/HouseholdJson.h"
#include "domain/HouseholdValidator.h"
#include "store/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Doudi;

namespace {
QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A valid household as JSON text, to be broken one field at a time.
QJsonObject validHousehold()
{
    return QJsonDocument::fromJson(R"({
      "format": "doudi-household/1", "residence": "rural",
      "members": [
        {"id_number": "220681195003150114", "name": "王福", "relation": "head", "birth_date": "1950-03-15",
         "disability": {"grade": 2, "type": "physical"}, "serious_illness": true, "chronic_illness": true,
         "student": false, "adl_failed": 2},
        {"id_number": "22068119810606022x", "name": "冯丽", "relation": "child"}
      ],
      "income": [{"member": 0, "type": "wage", "annual_fen": 1200000},
                 {"member": null, "type": "agriculture", "annual_fen": 300000}],
      "expenditure": [{"type": "medical_self_paid", "annual_fen": 800000}],
      "assets": {"financial_fen": 1000000, "vehicles": [{"kind": "car", "value_fen": 2500000}],
                 "residences": [{"dangerous": false}, {"dangerous": true}], "business_registration": false},
      "flags": {"sustained_medical_expenditure": true, "has_capable_supporter": false},
      "current": {"status": "gradual_exit", "monthly_benefit_fen": 60000, "exit_started": "2024-01"}
    })")
        .object();
}

QStringList problemLines(const QJsonObject& o)
{
    const auto h = HouseholdJson::fromJson(o);
    if (h.ok())
        return {};
    QStringList lines;
    for (const auto& p : h.error().problems())
        lines.append(p.toString());
    return lines;
}
} // namespace

class TestHouseholdJson final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2025, 3, 15), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void readsEveryField()
    {
        const auto h = HouseholdJson::fromJson(validHousehold());
        QVERIFY2(h.ok(), qPrintable(h.error().toString()));
        QCOMPARE(h->members.size(), 2);
        const Member& m = h->members[0];
        QCOMPARE(m.name, QStringLiteral("王福"));
        QCOMPARE(m.birthDate, QDate(1950, 3, 15));
        QCOMPARE(m.disability.type, DisabilityType::Physical);
        QCOMPARE(m.disability.grade, 2);
        QVERIFY(m.seriousIllness && m.chronicIllness && !m.student);
        QCOMPARE(m.adlFailed, 2);
        QCOMPARE(h->members[1].idNumber.toString(), QStringLiteral("22068119810606022X"));
        QVERIFY(!h->members[1].birthDate.has_value());
        QCOMPARE(h->members[1].effectiveBirthDate(), QDate(1981, 6, 6));
        QCOMPARE(h->income.size(), 2);
        QCOMPARE(h->income[0].member, std::optional<int>(0));
        QCOMPARE(h->income[1].member, std::optional<int>());
        QCOMPARE(h->income[0].annualFen, qint64(1200000));
        QCOMPARE(h->expenditure[0].type, QStringLiteral("medical_self_paid"));
        QCOMPARE(h->assets.financialFen, qint64(1000000));
        QCOMPARE(h->assets.vehicles[0].kind, QStringLiteral("car"));
        QVERIFY(h->assets.dwellings[1].dangerous);
        QVERIFY(h->flags.sustainedMedicalExpenditure);
        QVERIFY(!h->flags.hasCapableSupporter);
        QCOMPARE(h->status, HouseholdStatus::GradualExit);
        QCOMPARE(h->monthlyBenefitFen, qint64(60000));
        QCOMPARE(h->exitStarted, QStringLiteral("2024-01"));
    }

    void defaults()
    {
        const auto h = HouseholdJson::read(
            R"({"format": "doudi-household/1", "residence": "urban",
                "members": [{"id_number": "11010519491231002X", "name": "张三"}]})");
        QVERIFY2(h.ok(), qPrintable(h.error().toString()));
        QCOMPARE(h->residence, Residence::Urban);
        QVERIFY(h->flags.hasCapableSupporter);
        QVERIFY(!h->flags.sustainedMedicalExpenditure);
        QCOMPARE(h->status, HouseholdStatus::None);
        QVERIFY(h->members[0].disability.isNone());
        QCOMPARE(h->members[0].adlFailed, 0);
    }

    void roundTrip()
    {
        const auto first = HouseholdJson::fromJson(validHousehold());
        QVERIFY(first.ok());
        const QByteArray text = HouseholdJson::write(*first);
        const auto second = HouseholdJson::read(text);
        QVERIFY2(second.ok(), qPrintable(second.error().toString()));
        QCOMPARE(*second, *first);
        QCOMPARE(HouseholdJson::write(*second), text);
    }

    void compactReadsBackTheSame()
    {
        auto h = HouseholdJson::fromJson(validHousehold()).value();
        h.uuid = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
        h.address = QStringLiteral("六道沟村 \"三\" 组\\12号\t\u0001");
        h.members[0].name = QStringLiteral("王\"福");
        const QByteArray text = HouseholdJson::compact(h);
        const auto back = HouseholdJson::read(text);
        QVERIFY2(back.ok(), text.constData());
        QCOMPARE(*back, h);
        QVERIFY(QJsonDocument::fromJson(text).isObject());
    }

    // The bank account the benefit is paid into: kept, checked, and masked on the audit trail.
    void bankAccount()
    {
        auto h = HouseholdJson::fromJson(validHousehold()).value();
        QVERIFY(HouseholdJson::compact(h).indexOf("bank_account") < 0); // absent when empty
        h.bankAccount = QStringLiteral("6230123456789012345");
        const QByteArray text = HouseholdJson::compact(h);
        QCOMPARE(HouseholdJson::read(text)->bankAccount, h.bankAccount);
        QCOMPARE(HouseholdJson::read(HouseholdJson::write(h))->bankAccount, h.bankAccount);
        QVERIFY(AuditLog::maskedText(text).contains("\"bank_account\":\"***************2345\""));
        QCOMPARE(AuditLog::masked(HouseholdJson::toJson(h)).value(QStringLiteral("bank_account")).toString(),
                 QStringLiteral("***************2345"));
        QVERIFY(HouseholdValidator::validate(h).ok());
        h.bankAccount = QStringLiteral("6230-1234");
        const Status wrong = HouseholdValidator::validate(h);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().problems().first().field, QStringLiteral("bank_account"));
    }

    void goldenHouseholds_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir examples(QStringLiteral(DOUDI_SPEC_DIR "/examples"));
        for (const QString& name : examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << examples.filePath(name);
        QVERIFY2(examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 9, "golden cases not found");
    }
    void goldenHouseholds()
    {
        QFETCH(QString, folder);
        const auto h = HouseholdJson::read(readFile(folder + QStringLiteral("/household.json")));
        const QString expectedError =
            QString::fromUtf8(readFile(folder + QStringLiteral("/expected-error.txt"))).trimmed();
        if (expectedError.isEmpty()) {
            QVERIFY2(h.ok(), qPrintable(h.error().toString()));
            QCOMPARE(HouseholdJson::read(HouseholdJson::write(*h)).value(), *h);
        } else {
            QVERIFY(!h.ok());
            QCOMPARE(h.error().kind(), Error::Kind::InvalidInput);
            QCOMPARE(h.error().problems().first().field, expectedError);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("pointer");  // which field to change, as a path of keys and indexes
        QTest::addColumn<QJsonValue>("value"); // its new value; undefined removes it
        QTest::addColumn<QString>("expected");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("format") << "format" << QJsonValue(QStringLiteral("doudi-household/2"))
                                << "format: must be doudi-household/1";
        QTest::newRow("no format") << "format" << remove << "format: is missing";
        QTest::newRow("residence") << "residence" << QJsonValue(QStringLiteral("suburban"))
                                   << "residence: must be rural or urban";
        QTest::newRow("no members") << "members" << QJsonValue(QJsonArray())
                                    << "members: a household needs at least one member";
        QTest::newRow("members not list") << "members" << QJsonValue(3) << "members: must be a list";
        QTest::newRow("member not object")
            << "members/1" << QJsonValue(QStringLiteral("x")) << "members[1]: must be an object";
        QTest::newRow("bad check") << "members/1/id_number" << QJsonValue(QStringLiteral("220681197903030130"))
                                   << "members[1].id_number: check character should be 3";
        QTest::newRow("15 digits") << "members/1/id_number" << QJsonValue(QStringLiteral("110105491231002"))
                                   << "members[1].id_number: must have 18 characters, not 15";
        QTest::newRow("id not text") << "members/0/id_number" << QJsonValue(220681)
                                     << "members[0].id_number: must be text";
        QTest::newRow("same id twice") << "members/1/id_number" << QJsonValue(QStringLiteral("220681195003150114"))
                                       << "members[1].id_number: is the same ID number as member 1";
        QTest::newRow("no name") << "members/0/name" << remove << "members[0].name: is missing";
        QTest::newRow("empty name") << "members/0/name" << QJsonValue(QStringLiteral(" "))
                                    << "members[0].name: is empty";
        QTest::newRow("bad date") << "members/0/birth_date" << QJsonValue(QStringLiteral("1950-02-30"))
                                  << "members[0].birth_date: must be a real date written YYYY-MM-DD";
        QTest::newRow("future date") << "members/0/birth_date" << QJsonValue(QStringLiteral("2030-01-01"))
                                     << "members[0].birth_date: is in the future";
        QTest::newRow("grade") << "members/0/disability/grade" << QJsonValue(5)
                               << "members[0].disability.grade: must be 1 to 4, not 5";
        QTest::newRow("disability type") << "members/0/disability/type" << QJsonValue(QStringLiteral("other"))
                                         << "members[0].disability.type: must be physical, visual, hearing, speech, "
                                            "intellectual, mental or multiple";
        QTest::newRow("adl") << "members/0/adl_failed" << QJsonValue(7)
                             << "members[0].adl_failed: must be 0 to 6, not 7";
        QTest::newRow("adl fraction") << "members/0/adl_failed" << QJsonValue(1.5)
                                      << "members[0].adl_failed: must be a whole number";
        QTest::newRow("flag not bool") << "members/0/student" << QJsonValue(QStringLiteral("yes"))
                                       << "members[0].student: must be true or false";
        QTest::newRow("negative income") << "income/0/annual_fen" << QJsonValue(-1)
                                         << "income[0].annual_fen: must not be negative";
        QTest::newRow("fractional fen") << "income/0/annual_fen" << QJsonValue(10.5)
                                        << "income[0].annual_fen: must be a whole number";
        QTest::newRow("member out of range")
            << "income/0/member" << QJsonValue(2) << "income[0].member: there is no member 2";
        QTest::newRow("income type") << "income/1/type" << QJsonValue(QStringLiteral("Wage!"))
                                     << "income[1].type: must be a lowercase word such as wage";
        QTest::newRow("expenditure type") << "expenditure/0/type" << QJsonValue(QStringLiteral("food"))
                                          << "expenditure[0].type: must be medical_self_paid, education or care";
        QTest::newRow("negative assets") << "assets/financial_fen" << QJsonValue(-100)
                                         << "assets.financial_fen: must not be negative";
        QTest::newRow("vehicle value") << "assets/vehicles/0/value_fen" << remove
                                       << "assets.vehicles[0].value_fen: is missing";
        // Each text limit names its field's path, built only when the text is too long.
        QTest::newRow("long address") << "address" << QJsonValue(QString(201, QLatin1Char('x')))
                                      << "address: is 201 characters long; it may have at most 200";
        QTest::newRow("long name") << "members/1/name" << QJsonValue(QString(51, QChar(0x738B)))
                                   << "members[1].name: is 51 characters long; it may have at most 50";
        QTest::newRow("long income type") << "income/0/type" << QJsonValue(QString(101, QLatin1Char('w')))
                                          << "income[0].type: is 101 characters long; it may have at most 100";
        QTest::newRow("long vehicle kind")
            << "assets/vehicles/0/kind" << QJsonValue(QString(101, QLatin1Char('c')))
            << "assets.vehicles[0].kind: is 101 characters long; it may have at most 100";
        QTest::newRow("status") << "current/status" << QJsonValue(QStringLiteral("rich"))
                                << "current.status: must be none, dibao, tekun or gradual_exit";
        QTest::newRow("exit month") << "current/exit_started" << QJsonValue(QStringLiteral("2024-13"))
                                    << "current.exit_started: must be a month written YYYY-MM";
    }
    void errors()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject broken = replaced(validHousehold(), pointer.split(QLatin1Char('/')), value);
        const QStringList lines = problemLines(broken);
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(QLatin1Char('\n'))));
        // One problem, one line: nothing else is reported for a single broken field.
        QCOMPARE(lines.size(), 1);
    }

    void reportsEveryProblemAtOnce()
    {
        QJsonObject o = validHousehold();
        o = replaced(o, {QStringLiteral("residence")}, QJsonValue(QStringLiteral("x")));
        o = replaced(o, {QStringLiteral("members"), QStringLiteral("1"), QStringLiteral("name")},
                     QJsonValue::Undefined);
        o = replaced(o, {QStringLiteral("income"), QStringLiteral("0"), QStringLiteral("annual_fen")}, QJsonValue(-5));
        QCOMPARE(problemLines(o).size(), 3);
    }

    void notJson()
    {
        const auto h = HouseholdJson::read("{\"format\": ");
        QVERIFY(!h.ok());
        QVERIFY(h.error().toString().startsWith(QStringLiteral("not valid JSON at byte")));
        QVERIFY(!HouseholdJson::read("[1, 2]").ok());
    }

    void readManyPrefixesIndex()
    {
        QJsonObject bad =
            replaced(validHousehold(), {QStringLiteral("members"), QStringLiteral("0"), QStringLiteral("id_number")},
                     QJsonValue(QStringLiteral("220681197903030130")));
        const QJsonArray array{validHousehold(), bad};
        const auto many = HouseholdJson::readMany(QJsonDocument(array).toJson());
        QVERIFY(!many.ok());
        QCOMPARE(many.error().problems().first().field, QStringLiteral("[1].members[0].id_number"));
        const auto good =
            HouseholdJson::readMany(QJsonDocument(QJsonArray{validHousehold(), validHousehold()}).toJson());
        QVERIFY(good.ok());
        QCOMPARE(good->size(), 2);
    }

private:
    // A copy of `o` with the value at `path` replaced (or removed when `value` is undefined).
    static QJsonObject replaced(QJsonObject o, QStringList path, const QJsonValue& value)
    {
        return replacedValue(QJsonValue(o), path, value).toObject();
    }
    static QJsonValue replacedValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
    {
        const QString key = path.takeFirst();
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int i = key.toInt();
            a[i] = path.isEmpty() ? value : replacedValue(a.at(i), path, value);
            return a;
        }
        QJsonObject o = node.toObject();
        if (path.isEmpty()) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
        } else {
            o.insert(key, replacedValue(o.value(key), path, value));
        }
        return o;
    }
};

QTEST_GUILESS_MAIN(TestHouseholdJson)
#include "TestHouseholdJson.moc"
