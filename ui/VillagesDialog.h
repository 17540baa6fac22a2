#pragma once

#include "security/Session.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Doudi {

class Database;

// 设置 → 村（社区）: the administrator keeps the township's villages as they change — a new
// community, a renamed village, a merger (合村并居: the households move, their history keeps the
// old village), a village that is no more. The same as `village add|rename|retire|merge|import`.
class VillagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VillagesDialog)

public:
    VillagesDialog(Database& database, Session session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The village of the current row, empty when none.
    QString currentCode() const;

public slots:
    void reload();
    void addVillage();
    void renameVillage();
    void retireVillage();
    void mergeVillage();
    void importVillages();

signals:
    // The villages changed: lists elsewhere read them again.
    void changed();

private:
    bool report(const Status& status);
    void updateButtons();

    Database& m_database;
    Session m_session;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace Doudi
