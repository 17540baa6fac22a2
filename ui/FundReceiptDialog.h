#pragma once

#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Doudi {

class Database;

// What the supervisor records from the city: the year's quota with its approval document, or money
// received (an advance against the quota, or a replenishment) with the city's voucher number.
class FundReceiptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundReceiptDialog)

public:
    enum class Kind
    {
        Quota,
        Allocation
    };

    FundReceiptDialog(Database& database, Session session, Kind kind, QWidget* parent = nullptr);

    QLineEdit* amountField() const { return m_amount; }
    QLineEdit* documentField() const { return m_document; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    bool save();

private:
    Database& m_database;
    Session m_session;
    Kind m_kind;
    QSpinBox* m_year = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_document = nullptr;
    QCheckBox* m_replenishment = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace Doudi
