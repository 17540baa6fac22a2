#include "cases/CaseWorkflow.h"

#include <QSet>
#include <QTest>

using namespace Doudi;

// Every state × action of every case type: the allowed steps lead where the workflow says, and
// every other step is refused.
class TestCaseWorkflow final : public QObject
{
    Q_OBJECT

private:
    // type → "state action" → next state, written out independently of the implementation.
    static QHash<QString, QString> expected(const QString& type)
    {
        QHash<QString, QString> t;
        const auto add = [&t](const char* state, const char* action, const char* to) {
            t.insert(QLatin1String(state) + QLatin1Char(' ') + QLatin1String(action), QLatin1String(to));
        };
        // Visits while the case is looked into; withdrawal before the decision.
        for (const char* s : {"investigating", "noticed", "objection", "submitted"}) {
            add(s, "record_visit", s);
            add(s, "record_city_visit", s);
        }
        for (const char* s : {"accepted", "investigating", "noticed", "objection"})
            add(s, "withdraw", "closed");
        if (type == QLatin1String("dibao_application") || type == QLatin1String("tekun_application")) {
            add("accepted", "start_investigation", "investigating");
            add("investigating", "publish_notice", "noticed");
            add("noticed", "raise_objection", "objection");
            add("objection", "reinvestigate", "investigating");
            add("objection", "democratic_review", "noticed");
            add("noticed", "submit", "submitted");
            add("submitted", "approve", "approved");
            add("submitted", "refuse", "refused");
            add("approved", "start_payment", "active");
            add("active", "start_review", "under_review");
            add("under_review", "continue", "active");
            add("under_review", "begin_gradual_exit", "gradual_exit");
            add("under_review", "terminate", "closed");
            add("gradual_exit", "close", "closed");
            add("refused", "close", "closed");
        } else if (type == QLatin1String("temporary_assistance")) {
            add("accepted", "start_investigation", "investigating");
            add("accepted", "submit", "submitted");
            add("investigating", "submit", "submitted");
            add("submitted", "approve", "approved");
            add("submitted", "refuse", "refused");
            add("approved", "close", "closed");
            add("refused", "close", "closed");
        } else if (type == QLatin1String("periodic_review")) {
            add("accepted", "start_investigation", "investigating");
            add("investigating", "submit", "submitted");
            add("submitted", "approve", "closed");
            add("submitted", "begin_gradual_exit", "gradual_exit");
            add("submitted", "terminate", "closed");
            add("gradual_exit", "close", "closed");
        } else if (type == QLatin1String("change")) {
            add("accepted", "start_investigation", "investigating");
            add("investigating", "submit", "submitted");
            add("submitted", "approve", "closed");
            add("submitted", "refuse", "closed");
        } else {
            add("accepted", "start_investigation", "investigating");
            add("investigating", "publish_notice", "noticed");
            add("noticed", "raise_objection", "objection");
            add("objection", "reinvestigate", "investigating");
            add("objection", "democratic_review", "noticed");
            add("noticed", "submit", "submitted");
            add("submitted", "approve", "closed");
            add("submitted", "refuse", "closed");
        }
        return t;
    }

private slots:
    void everyStateAndAction_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("next"); // empty: refused
        for (const QString& type : CaseWorkflow::types()) {
            const auto table = expected(type);
            for (const QString& state : CaseWorkflow::states()) {
                for (const QString& action : CaseWorkflow::actions()) {
                    const QString key = state + QLatin1Char(' ') + action;
                    QTest::newRow(qPrintable(type + QLatin1Char(' ') + key))
                        << type << state << action << table.value(key);
                }
            }
        }
    }
    void everyStateAndAction()
    {
        QFETCH(QString, type);
        QFETCH(QString, state);
        QFETCH(QString, action);
        QFETCH(QString, next);
        const auto actual = CaseWorkflow::next(type, state, action);
        QCOMPARE(actual.value_or(QString()), next);
    }

    void unknownWordsAreRefused()
    {
        QVERIFY(!CaseWorkflow::next(QStringLiteral("loan"), QStringLiteral("accepted"), QStringLiteral("submit")));
        QVERIFY(!CaseWorkflow::next(QStringLiteral("change"), QStringLiteral("limbo"), QStringLiteral("submit")));
        QVERIFY(!CaseWorkflow::next(QStringLiteral("change"), QStringLiteral("accepted"), QStringLiteral("fly")));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "TestCaseWorkflow.moc"
