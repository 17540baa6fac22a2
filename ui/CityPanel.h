#pragma once

#include "security/Session.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace Doudi {

class Database;

// The city bureau's desk, the main window of a city database (city mode), over what the townships sent (issue: sync,
// "City mode"): cases awaiting the city's decision (approve, or refuse with the reason for the written notice; the
// decision goes back in the township's next package), city-wide statistics per township, persons who are members in two
// townships, and a read-only search over every township's households.
class CityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityPanel)

public:
    CityPanel(Database& database, Session session, QWidget* parent = nullptr);

    QTableWidget* awaitingTable() const { return m_awaiting; }
    QTableWidget* townshipsTable() const { return m_townships; }

public slots:
    void reload();
    void approveSelected() { decideSelected(true); }
    void refuseSelected() { decideSelected(false); }
    void search();
    // A file of data-matching results, routed to the townships where the persons are members.
    void routeSignals();

private:
    void decideSelected(bool approve);

    Database& m_database;
    Session m_session;
    QTableWidget* m_awaiting = nullptr;
    QTableWidget* m_townships = nullptr;
    QTableWidget* m_duplicates = nullptr;
    QLineEdit* m_searchText = nullptr;
    QTableWidget* m_found = nullptr;
    QHash<QString, QString> m_townshipNames; // code → name, as enrolled
};

} // namespace Doudi
