#include "FirstAdministratorDialog.h"

#include "security/PasswordHasher.h"
#include "store/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Doudi {

FirstAdministratorDialog::FirstAdministratorDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Create the administrator"));
    auto* intro = new QLabel(tr("This database has no users yet. Create its administrator, who then adds the "
                                "clerks, the supervisor and the village cadres."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(QStringLiteral("admin"), this);
    m_displayName = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordHasher::kMinimumLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_message->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Name shown:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString FirstAdministratorDialog::userName() const
{
    return m_name->text().trimmed();
}

void FirstAdministratorDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        return;
    }
    User admin;
    admin.name = userName();
    admin.displayName = m_displayName->text().trimmed();
    admin.role = Role::Admin;
    const Status s = UserRepository(m_database, Session::bootstrap(admin.name)).add(admin, m_password->text());
    if (!s) {
        m_message->setText(s.error().problems().first().message);
        m_message->show();
        return;
    }
    accept();
}

} // namespace Doudi
