#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Doudi {

class Database;

// The first start of a new database: its administrator is created before anybody can log in.
class FirstAdministratorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdministratorDialog)

public:
    explicit FirstAdministratorDialog(Database& database, QWidget* parent = nullptr);

    QString userName() const;

public slots:
    void create();

private:
    Database& m_database;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace Doudi
