#include "domain/HouseholdJson.h"
#include "rules/DeterminationJson.h"
#include "rules/EntitlementsJson.h"
#include "rules/Evaluator.h"
#include "rules/PolicyJson.h"
#include "rules/PriceIndexJson.h"
#include "rules/ProgramRules.h"

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

// `reasons` and each member's `categories` compare as sets (spec/examples/README.md).
QJsonValue normalised(const QJsonValue& v, const QString& key = QString())
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = normalised(it.value(), it.key());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (key == QLatin1String("reasons") || key == QLatin1String("categories")) {
            QStringList words;
            for (const QJsonValue& w : a)
                words.append(w.toString());
            words.sort();
            return QJsonArray::fromStringList(words);
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = normalised(*it);
        return a;
    }
    return v;
}

// Every path at which two JSON values differ, for a readable failure.
void differences(const QJsonValue& expected, const QJsonValue& actual, const QString& path, QStringList* out)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        for (const QString& k : keys)
            differences(e.value(k), a.value(k), path.isEmpty() ? k : path + QLatin1Char('.') + k, out);
        return;
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        for (qsizetype i = 0; i < expected.toArray().size(); ++i)
            differences(expected.toArray().at(i), actual.toArray().at(i), QStringLiteral("%1[%2]").arg(path).arg(i),
                        out);
        return;
    }
    if (expected != actual)
        out->append(QStringLiteral("%1: expected %2, got %3")
                        .arg(path,
                             QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
}
} // namespace

// Every folder of spec/examples, field for field: the contract of spec/rules.md.
class TestGoldenCases final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir examples(QStringLiteral(DOUDI_SPEC_DIR "/examples"));
        const QStringList folders = examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(folders.size() >= 9, "golden cases not found");
        for (const QString& name : folders)
            QTest::newRow(qPrintable(name)) << examples.filePath(name);
    }
    void golden()
    {
        QFETCH(QString, folder);
        const QString policyPath = QFile::exists(folder + QStringLiteral("/policy.json"))
                                       ? folder + QStringLiteral("/policy.json")
                                       : QStringLiteral(DOUDI_SPEC_DIR "/policy-example.json");
        const auto policy = PolicyJson::read(readFile(policyPath));
        QVERIFY2(policy.ok(), qPrintable(policy.error().toString()));
        const QString month = QString::fromUtf8(readFile(folder + QStringLiteral("/month"))).trimmed();
        const auto household = HouseholdJson::read(readFile(folder + QStringLiteral("/household.json")));
        const QString expectedError =
            QString::fromUtf8(readFile(folder + QStringLiteral("/expected-error.txt"))).trimmed();
        if (!expectedError.isEmpty()) {
            QVERIFY(!household.ok());
            QCOMPARE(household.error().problems().first().field, expectedError);
            return;
        }
        QVERIFY2(household.ok(), qPrintable(household.error().toString()));
        const auto determination = Evaluator::evaluate(*policy, *household, month);
        QVERIFY2(determination.ok(), qPrintable(determination.error().toString()));

        const QJsonObject expected =
            QJsonDocument::fromJson(readFile(folder + QStringLiteral("/expected.json"))).object();
        QVERIFY(!expected.isEmpty());
        const QJsonObject actual = DeterminationJson::toJson(*determination, false);
        QStringList diff;
        differences(normalised(expected), normalised(actual), QString(), &diff);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        // Every rule that changed the outcome is explained.
        QVERIFY(!determination->trace.isEmpty());
        // What a saved determination stores, written directly, is the same document, trace and all,
        // and so is the household it was made from.
        QJsonParseError error;
        const QJsonDocument stored = QJsonDocument::fromJson(DeterminationJson::compact(*determination), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(stored.object(), DeterminationJson::toJson(*determination, true));
        const auto readBack = DeterminationJson::fromJson(stored.object());
        QVERIFY(readBack.ok());
        QCOMPARE(DeterminationJson::toJson(*readBack, true), DeterminationJson::toJson(*determination, true));
        const auto storedHousehold = HouseholdJson::read(HouseholdJson::compact(*household));
        QVERIFY(storedHousehold.ok());
        QCOMPARE(HouseholdJson::toJson(*storedHousehold), HouseholdJson::toJson(*household));
    }

    // Every folder of spec/examples-programs, field for field: the contract of spec/programs.md.
    void goldenPrograms_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir examples(QStringLiteral(DOUDI_SPEC_DIR "/examples-programs"));
        const QStringList folders = examples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(folders.size() >= 4, "golden cases of the programs not found");
        for (const QString& name : folders)
            QTest::newRow(qPrintable(name)) << examples.filePath(name);
    }
    void goldenPrograms()
    {
        QFETCH(QString, folder);
        const QString policyPath = QFile::exists(folder + QStringLiteral("/policy.json"))
                                       ? folder + QStringLiteral("/policy.json")
                                       : QStringLiteral(DOUDI_SPEC_DIR "/policy-programs-example.json");
        const auto policy = PolicyJson::read(readFile(policyPath));
        QVERIFY2(policy.ok(), qPrintable(policy.error().toString()));
        const QString month = QString::fromUtf8(readFile(folder + QStringLiteral("/month"))).trimmed();
        const auto household = HouseholdJson::read(readFile(folder + QStringLiteral("/household.json")));
        QVERIFY2(household.ok(), qPrintable(household.error().toString()));
        std::optional<PriceIndex> priceIndex;
        if (QFile::exists(folder + QStringLiteral("/price-index.json"))) {
            const auto index = PriceIndexJson::read(readFile(folder + QStringLiteral("/price-index.json")));
            QVERIFY2(index.ok(), qPrintable(index.error().toString()));
            priceIndex = *index;
        }
        const auto determination = Evaluator::evaluate(*policy, *household, month);
        QVERIFY2(determination.ok(), qPrintable(determination.error().toString()));
        const auto entitlements = ProgramRules::entitlements(*policy, *household, *determination, month, priceIndex);
        QVERIFY2(entitlements.ok(), qPrintable(entitlements.error().toString()));

        const QJsonObject expected =
            QJsonDocument::fromJson(readFile(folder + QStringLiteral("/expected.json"))).object();
        QVERIFY(!expected.isEmpty());
        const QJsonObject actual = EntitlementsJson::toJson(*entitlements, false);
        QStringList diff;
        differences(normalised(expected), normalised(actual), QString(), &diff);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        // Each entitlement and each exclusion is explained.
        QVERIFY(entitlements->trace.size() >= entitlements->items.size() + entitlements->reasons.size());
        // What is stored reads back the same.
        const auto readBack = EntitlementsJson::fromJson(EntitlementsJson::toJson(*entitlements));
        QVERIFY(readBack.ok());
        QCOMPARE(EntitlementsJson::toJson(*readBack), EntitlementsJson::toJson(*entitlements));
        // The household's new fields survive the stored form.
        const auto storedHousehold = HouseholdJson::read(HouseholdJson::compact(*household));
        QVERIFY(storedHousehold.ok());
        QCOMPARE(HouseholdJson::toJson(*storedHousehold), HouseholdJson::toJson(*household));
    }
};

QTEST_GUILESS_MAIN(TestGoldenCases)
#include "TestGoldenCases.moc"
