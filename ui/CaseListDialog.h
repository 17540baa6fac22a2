#pragma once

#include "cases/CaseRecord.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Doudi {

class Database;

// Every case of the township, filtered by type, state, village and whether it is overdue.
class CaseListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListDialog)

public:
    CaseListDialog(Database& database, Session session, QWidget* parent = nullptr);

    QTableWidget* casesTable() const { return m_table; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* stateFilter() const { return m_state; }
    QCheckBox* overdueFilter() const { return m_overdue; }

public slots:
    void reload();
    void applyFilters();

private:
    Database& m_database;
    Session m_session;
    QList<CaseRecord> m_all;
    QHash<QString, QPair<QString, QString>> m_households; // id → head name, village code
    QComboBox* m_type = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_village = nullptr;
    QCheckBox* m_overdue = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace Doudi
