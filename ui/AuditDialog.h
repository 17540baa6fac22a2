#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Doudi {

class Database;

// The audit trail for those whose role may read it: the newest entries, and a full check of the
// chain and of the data against it.
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    explicit AuditDialog(Database& database, QWidget* parent = nullptr);

    QTableWidget* entriesTable() const { return m_entries; }
    QString verdict() const;

public slots:
    void verify();

private:
    Database& m_database;
    QTableWidget* m_entries = nullptr;
    QLabel* m_verdict = nullptr;
};

} // namespace Doudi
