#pragma once

#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Doudi {

class Database;

// The city records a township's reserve-fund quota for a year, or money it advances (预拨) or
// replenishes (补充); it goes to the township in the next package.
class CityAllocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityAllocationDialog)

public:
    CityAllocationDialog(Database& database, Session session, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Database& m_database;
    Session m_session;
    QComboBox* m_township = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_document = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace Doudi
