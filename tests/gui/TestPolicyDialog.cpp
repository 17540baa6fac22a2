#include "PolicyDialog.h"
#include "TestFixtures.h"
#include "rules/PolicyJson.h"
#include "store/PolicyRepository.h"

#include "security/Session.h"
#include <QJsonObject>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QTest>

using namespace Doudi;

class TestPolicyDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void listsAndComparesPolicies()
    {
        auto db = TestFixtures::townshipDatabase(m_dir.filePath(QStringLiteral("p.doudi")));
        QVERIFY(db);
        PolicyRepository policies(*db, Session::bootstrap(QStringLiteral("admin")));
        QVERIFY(policies.ensureExample());
        QJsonObject raised = PolicyRepository::bundledExample()->source;
        raised.insert(QStringLiteral("id"), QStringLiteral("220681-2026-01"));
        raised.insert(QStringLiteral("effective_from"), QStringLiteral("2026-01-01"));
        raised.insert(QStringLiteral("dibao_standard_fen"),
                      QJsonObject{{QStringLiteral("rural"), 51000}, {QStringLiteral("urban"), 73000}});
        QVERIFY(policies.add(PolicyJson::fromJson(raised).value()));

        PolicyDialog dialog(*db, Session::bootstrap(QStringLiteral("admin")));
        QTableWidget* list = dialog.policyTable();
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("220681-2026-01")); // latest first

        list->selectAll();
        QTableWidget* comparison = dialog.comparisonTable();
        QCOMPARE(comparison->columnCount(), 3);
        int differing = 0;
        for (int r = 0; r < comparison->rowCount(); ++r) {
            if (comparison->item(r, 1)->font().bold())
                ++differing;
        }
        // id, effective date and both standards differ; nothing else.
        QCOMPARE(differing, 4);
    }
};

QTEST_MAIN(TestPolicyDialog)
#include "TestPolicyDialog.moc"
