#pragma once

#include "payments/FuneralWaivers.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Doudi {

class Database;

// 基本殡葬服务费用减免: for one household, the waivers its recorded deaths give, offered or issued;
// without one, every waiver the township has issued. The clerk issues an offered one (once a
// person) and prints its certificate (减免证明) through the print preview, or prints an issued one
// again.
class FuneralWaiverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FuneralWaiverDialog)

public:
    // `householdId` empty: the township's issued waivers.
    FuneralWaiverDialog(Database& database, Session session, const QString& householdId, QWidget* parent = nullptr);
    ~FuneralWaiverDialog() override = default;

    QTableWidget* table() const { return m_table; }
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* printButton() const { return m_print; }
    const QList<FuneralWaiver>& waivers() const { return m_waivers; }
    QString message() const;

    // Whether the household has a waiver offered and not issued yet, that this session could issue:
    // what makes the household form offer it after a death is saved.
    static bool hasWaiverToIssue(Database& database, const Session& session, const QString& householdId);

public slots:
    void reload();
    // Issues the selected offered waiver, then prints its certificate unless `preview` is false (a
    // test).
    void issueSelected(bool preview = true);
    void printSelected();

private:
    const FuneralWaiver* selected() const;
    void updateButtons();

    Database& m_database;
    Session m_session;
    QString m_householdId;
    QList<FuneralWaiver> m_waivers;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace Doudi
