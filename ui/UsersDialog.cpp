#include "UsersDialog.h"

#include "ReadOnlyTable.h"
#include "domain/Money.h"
#include "security/KeySlots.h"
#include "security/PasswordHasher.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

UsersDialog::UsersDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Users"));
    resize(760, 480);
    m_users = ReadOnlyTable::create({tr("User name"), tr("Name"), tr("Role"), tr("Village"), tr("State")},
                                    {100, 160, 110, 140}, this);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* add = buttons->addButton(tr("&Add a user…"), QDialogButtonBox::ActionRole);
    auto* toggle = buttons->addButton(tr("&Disable or enable"), QDialogButtonBox::ActionRole);
    auto* password = buttons->addButton(tr("Set a new &password…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(toggle, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_users, 1);
    layout->addWidget(buttons);
    reload();
}

void UsersDialog::reload()
{
    m_users->setRowCount(0);
    QHash<QString, QString> villages;
    if (const auto list = SiteRepository(m_database, m_session).villages()) {
        for (const Village& v : *list)
            villages.insert(v.code, v.name);
    }
    const auto users = UserRepository(m_database, m_session).all();
    if (!users)
        return;
    // An account older than the key slots logs in but cannot sign or open packages until its
    // password is set again by an administrator (who then gives it a slot of the site key).
    const auto slotCount = KeySlots::count(m_database);
    const auto slotsByUser = KeySlots::digests(m_database);
    for (const User& u : *users) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        const bool withoutKey = slotCount && *slotCount > 0 && slotsByUser && !slotsByUser->contains(u.id);
        const QString state = u.disabled   ? tr("disabled")
                              : withoutKey ? tr("active; no site key yet: set a new password")
                                           : tr("active");
        const QStringList cells = {u.name, u.displayName, Permissions::roleLabel(u.role),
                                   villages.value(u.villageCode, u.villageCode), state};
        for (int c = 0; c < cells.size(); ++c)
            m_users->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

QString UsersDialog::selectedName() const
{
    const int row = m_users->currentRow();
    return row >= 0 ? m_users->item(row, 0)->text() : QString();
}

QString UsersDialog::askPassword(const QString& title)
{
    bool ok = false;
    const QString first = QInputDialog::getText(
        this, title, tr("New password (at least %1 characters):").arg(PasswordHasher::kMinimumLength),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return QString();
    const QString second =
        QInputDialog::getText(this, title, tr("The same password again:"), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return QString();
    if (first != second) {
        QMessageBox::warning(this, title, tr("The two passwords differ."));
        return QString();
    }
    return first;
}

void UsersDialog::addUser()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a user"));
    auto* name = new QLineEdit(&form);
    auto* displayName = new QLineEdit(&form);
    auto* role = new QComboBox(&form);
    for (Role r : Permissions::roles())
        role->addItem(Permissions::roleLabel(r), Permissions::roleCode(r));
    role->setCurrentIndex(role->findData(Permissions::roleCode(Role::Clerk)));
    auto* village = new QComboBox(&form);
    if (const auto list = SiteRepository(m_database, m_session).villages()) {
        for (const Village& v : *list)
            village->addItem(v.name, v.code);
    }
    auto* paymentLimit = new QLineEdit(&form);
    paymentLimit->setPlaceholderText(tr("Empty: the township's limit"));
    const auto cadreOnly = [role, village, paymentLimit] {
        village->setEnabled(role->currentData().toString() == Permissions::roleCode(Role::Cadre));
        paymentLimit->setEnabled(role->currentData().toString() == Permissions::roleCode(Role::Clerk));
    };
    connect(role, &QComboBox::currentIndexChanged, &form, cadreOnly);
    cadreOnly();
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&User name:"), name);
    layout->addRow(tr("&Name shown:"), displayName);
    layout->addRow(tr("&Role:"), role);
    layout->addRow(tr("&Village (cadres):"), village);
    layout->addRow(tr("&Pays alone up to (元, clerks):"), paymentLimit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    layout->addRow(buttons);
    if (form.exec() != QDialog::Accepted)
        return;
    qint64 limitFen = 0;
    if (paymentLimit->isEnabled() && !paymentLimit->text().trimmed().isEmpty()) {
        const auto limit = Money::parse(paymentLimit->text());
        if (!limit || limit->isNegative()) {
            QMessageBox::warning(
                this, tr("Add a user"),
                tr("Pays alone up to: %1")
                    .arg(limit ? tr("must not be negative") : limit.error().problems().first().message));
            return;
        }
        limitFen = limit->fen();
    }
    const QString password = askPassword(tr("Add a user"));
    if (password.isEmpty())
        return;
    User user;
    user.name = name->text().trimmed();
    user.displayName = displayName->text().trimmed();
    user.role = Permissions::roleFromCode(role->currentData().toString()).value_or(Role::Clerk);
    user.villageCode = village->isEnabled() ? village->currentData().toString() : QString();
    user.paymentLimitFen = limitFen;
    if (const Status s = UserRepository(m_database, m_session).add(user, password); !s) {
        QMessageBox::warning(this, tr("Add a user"), s.error().problems().first().message);
        return;
    }
    reload();
}

void UsersDialog::toggleDisabled()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const bool disabled = m_users->item(m_users->currentRow(), 4)->text() == tr("disabled");
    QString reason;
    if (!disabled) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Disable %1").arg(name), tr("Why (kept in the audit trail):"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (const Status s = UserRepository(m_database, m_session).setDisabled(name, !disabled, reason); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().toString());
        return;
    }
    reload();
}

void UsersDialog::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const QString password = askPassword(tr("New password for %1").arg(name));
    if (password.isEmpty())
        return;
    if (const Status s = UserRepository(m_database, m_session).setPassword(name, password); !s)
        QMessageBox::warning(this, windowTitle(), s.error().problems().first().message);
}

} // namespace Doudi
