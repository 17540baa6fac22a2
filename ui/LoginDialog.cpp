#include "LoginDialog.h"

#include "demo/DemoGenerator.h"
#include "security/Authenticator.h"
#include "store/Database.h"
#include "store/SiteRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Doudi {

LoginDialog::LoginDialog(Database& database, const QString& lockedBy, Locked locked, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    const bool unlock = !lockedBy.isEmpty();
    setWindowTitle(unlock ? tr("Doudi is locked") : tr("Log in to Doudi"));
    m_name = new QLineEdit(lockedBy, this);
    m_name->setReadOnly(unlock);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_message->hide();

    const Session reader = Session::unauthenticatedReader();
    SiteRepository sites(m_database, reader);
    const auto site = sites.site();
    auto* heading = new QLabel(site ? tr("Doudi — %1 social assistance").arg(site->name) : tr("Doudi"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    QString text = !unlock                    ? tr("Enter your user name and password.")
                   : locked == Locked::ByHand ? tr("The desk is locked. Your open work is kept; enter your password "
                                                   "to go on.")
                                              : tr("The desk was locked after a while without use. Your open work "
                                                   "is kept; enter your password to go on.");
    if (!unlock && sites.setting(DemoGenerator::kDemoAccountsKey) == QLatin1String("1"))
        text += QLatin1Char('\n') + tr("Demo database: log in as clerk1, supervisor, admin or cadre01 with the "
                                       "password %1 (for trying Doudi out only).")
                                        .arg(DemoGenerator::kDemoPassword);
    auto* intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_intro = intro;
    setMinimumWidth(420);
    auto* form = new QFormLayout;
    form->addRow(tr("User &name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(unlock ? tr("&Unlock") : tr("&Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(unlock ? tr("&Quit Doudi") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (unlock) {
        // The desk is shared: the next person in the office signs in without quitting Doudi.
        auto* someoneElse = buttons->addButton(tr("&Someone else signs in"), QDialogButtonBox::ActionRole);
        someoneElse->setObjectName(QStringLiteral("someoneElse"));
        connect(someoneElse, &QPushButton::clicked, this, [this] { done(kSomeoneElse); });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (unlock ? m_password : m_name)->setFocus();
}

QString LoginDialog::introText() const
{
    return m_intro->text();
}

void LoginDialog::tryLogin()
{
    auto session = Authenticator::login(m_database, m_name->text().trimmed(), m_password->text());
    m_password->clear();
    if (!session) {
        m_message->setText(session.error().toString());
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_session = *session;
    accept();
}

} // namespace Doudi
