#pragma once

#include "security/Session.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Doudi {

class Database;

// The policies on record: their effective dates, the one in force, whether it is only the
// bundled example; a side-by-side of two policies' parameters; importing a bureau's policy.
class PolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyDialog)

public:
    PolicyDialog(Database& database, Session session, QWidget* parent = nullptr);

    QTableWidget* policyTable() const { return m_policies; }
    QTableWidget* comparisonTable() const { return m_comparison; }

public slots:
    void reload();
    void importPolicy();

private:
    void compareSelected();

    Database& m_database;
    Session m_session;
    QTableWidget* m_policies = nullptr;
    QTableWidget* m_comparison = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace Doudi
