#pragma once

#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace Doudi {

class Database;

// Sync at the desk (issue: sync, "Desktop"): this site's fingerprint, the sites it exchanges
// packages with and where each exchange stands, the package history both ways, packages held
// until a missing one arrives, and the conflict queue. Export writes the next package to a folder
// or USB stick with progress; import verifies, previews what will change, then applies.
class SyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDialog)

public:
    SyncDialog(Database& database, Session session, QWidget* parent = nullptr);

    QTableWidget* peersTable() const { return m_peers; }
    QTableWidget* historyTable() const { return m_history; }
    QTableWidget* conflictsTable() const { return m_conflicts; }

public slots:
    void reload();
    void exportPackage();
    void importPackage();
    void keepLocal() { resolveSelected(QStringLiteral("local")); }
    void keepIncoming() { resolveSelected(QStringLiteral("incoming")); }

private:
    void resolveSelected(const QString& keep);

    Database& m_database;
    Session m_session;
    QString m_siteKind;
    QLabel* m_site = nullptr;
    QCheckBox* m_full = nullptr; // a township's full re-baseline: sent, or accepted at the city
    QTableWidget* m_peers = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_held = nullptr;
    QTableWidget* m_conflicts = nullptr;
};

} // namespace Doudi
