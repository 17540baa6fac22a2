#pragma once

#include "report/Roster.h"
#include "security/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace Doudi {

class Database;

// Rosters and reports (名册报表): choose the roster, the month and the village, and see its pages
// as they will print; print them (after the system's print dialog) or export them to PDF, XLSX or
// CSV. Every print and export is recorded in the audit trail.
class RostersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RostersDialog)

public:
    RostersDialog(Database& database, Session session, QWidget* parent = nullptr);
    ~RostersDialog() override;

    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* monthEdit() const { return m_month; }
    QComboBox* villageBox() const { return m_village; }
    QLabel* summaryLabel() const { return m_summary; }
    const std::optional<Roster>& roster() const { return m_roster; }

    // A roster in a print preview of its own (the fund's statement from the ledger window).
    static void preview(const Roster& roster, QWidget* parent);

public slots:
    void rebuild();
    void print();
    // Exports to `path` (asked for when empty); the extension picks the format.
    bool exportTo(QString path = QString());

private:
    Database& m_database;
    Session m_session;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_month = nullptr;
    QComboBox* m_village = nullptr;
    QLabel* m_summary = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    std::optional<Roster> m_roster;
};

} // namespace Doudi
