#pragma once

#include "care/CareRegister.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Doudi {

class Database;

// 农村“三留守”人员关爱服务 at the desk: the register of one village or all, each person's next visit
// (overdue in red); a person registered from the form under it, every problem named by its label; a
// visit recorded or a person taken off the register for the selected line; the register roster
// printed. A village cadre sees and keeps their own village.
class CareRegisterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CareRegisterDialog)

public:
    CareRegisterDialog(Database& database, Session session, QWidget* parent = nullptr);
    ~CareRegisterDialog() override = default;

    QTableWidget* table() const { return m_table; }
    QComboBox* villageFilter() const { return m_filter; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* idNumberEdit() const { return m_idNumber; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* carerEdit() const { return m_carer; }
    QComboBox* riskBox() const { return m_risk; }
    QCheckBox* livingAloneBox() const { return m_livingAlone; }
    const QList<CarePerson>& people() const { return m_people; }
    QString message() const;

public slots:
    void reload();
    // Registers the person typed in the form; false with the problems shown.
    bool registerPerson();
    // For the selected line: a visit with what it found, or leaving the register with the reason.
    bool recordVisit(const QDate& on, const QString& findings, bool needsHelp);
    bool leaveSelected(const QString& reason);
    void printRegister();

private:
    const CarePerson* selected() const;
    void askForVisit();
    void askToLeave();
    void showProblems(const Error& error);
    void updateButtons();

    Database& m_database;
    Session m_session;
    QList<CarePerson> m_people;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_village = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_carer = nullptr;
    QLineEdit* m_carerPhone = nullptr;
    QCheckBox* m_livingAlone = nullptr;
    QComboBox* m_risk = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_visit = nullptr;
    QPushButton* m_leave = nullptr;
};

} // namespace Doudi
