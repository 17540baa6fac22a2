#include "FirstStartWizard.h"

#include "FileChooser.h"
#include "RequiredFieldsPage.h"
#include "backup/BackupKey.h"
#include "reference/Divisions.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {

enum VillageColumn
{
    Included,
    Code,
    Name,
    Urban
};

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A line edit with a 浏览… button beside it.
QWidget* withBrowse(QLineEdit* field, const QString& title, bool folder, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(FirstStartWizard::tr("Browse…"), row);
    // Tab goes from field to field; the button is for the mouse.
    browse->setFocusPolicy(Qt::ClickFocus);
    QObject::connect(browse, &QPushButton::clicked, field, [field, title, folder] {
        const QString chosen = folder ? FileChooser::folder(field, FileChooser::Kind::Backups, title, field->text())
                                      : FileChooser::open(field, FileChooser::Kind::Incoming, title,
                                                          FirstStartWizard::tr("Policy files (*.json);;All files (*)"));
        if (!chosen.isEmpty())
            field->setText(QDir::toNativeSeparators(chosen));
    });
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

FirstStartWizard::FirstStartWizard(QString databasePath, QWidget* parent)
    : QWizard(parent)
    , m_databasePath(std::move(databasePath))
{
    setWindowTitle(tr("Doudi — first start"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(StartPage, startPage());
    setPage(TownshipPage, townshipPage());
    setPage(VillagesPage, villagesPage());
    setPage(AdministratorPage, administratorPage());
    setPage(PolicyAndBackupPage, policyAndBackupPage());
    resize(720, 540);
}

FirstStartWizard::Choice FirstStartWizard::choice() const
{
    if (m_demo->isChecked())
        return Choice::Demo;
    if (m_open->isChecked())
        return Choice::OpenFile;
    return Choice::SetUpTownship;
}

QWizardPage* FirstStartWizard::startPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Welcome to Doudi"));
    page->setSubTitle(tr("There is no township database on this computer yet."));
    m_setUp = new QRadioButton(tr("&Set up our township (a real office's first day)"), page);
    m_demo = new QRadioButton(tr("Open the &demo township, to practise (invented people, not real data)"), page);
    m_open = new QRadioButton(tr("&Open a database file that already exists…"), page);
    m_setUp->setChecked(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_setUp);
    layout->addWidget(m_demo);
    layout->addWidget(m_open);
    layout->addStretch(1);
    layout->addWidget(wrapped(tr("Setting up takes five short steps: the township, its villages, the administrator, "
                                 "the bureau's policy and the backup folder."),
                              page));
    return page;
}

QWizardPage* FirstStartWizard::townshipPage()
{
    auto* page = new RequiredFieldsPage(this);
    page->setTitle(tr("Which township?"));
    page->setSubTitle(tr("Type the township's name or its code; the official list of 2023 is built in."));
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("e.g. 六道沟 or 220681101"));
    m_townships = new QListWidget(page);
    m_townshipCode = new QLineEdit(page);
    m_townshipCode->hide();
    page->require(m_townshipCode);
    connect(m_search, &QLineEdit::textChanged, this, &FirstStartWizard::search);
    // Down goes into the list to pick another match: the keyboard never has to leave the keys.
    m_search->installEventFilter(this);
    connect(m_townships, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_townshipCode->setText(item ? item->data(Qt::UserRole).toString() : QString());
    });
    auto* label = new QLabel(tr("&Township:"), page);
    label->setBuddy(m_search);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_townships, 1);
    return page;
}

void FirstStartWizard::search(const QString& text)
{
    m_townships->clear();
    if (text.trimmed().size() < 2)
        return;
    const Divisions& divisions = Divisions::builtIn();
    for (const Divisions::Township& t : divisions.searchTownships(text.trimmed())) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(t.code, divisions.fullName(t)), m_townships);
        item->setData(Qt::UserRole, t.code);
        item->setData(Qt::UserRole + 1, t.name);
    }
    // The best match is chosen at once: Enter goes on with it, Down picks another.
    if (m_townships->count() > 0)
        m_townships->setCurrentRow(0);
}

QWizardPage* FirstStartWizard::villagesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Its villages and communities"));
    page->setSubTitle(tr("From the official list: untick what no longer exists, correct a name; the administrator "
                         "adds, merges and renames later in Settings → Villages."));
    m_villages = new QTableWidget(0, 4, page);
    m_villages->setHorizontalHeaderLabels({tr("Keep"), tr("Code"), tr("Name"), tr("Urban")});
    m_villages->verticalHeader()->hide();
    m_villages->horizontalHeader()->setStretchLastSection(true);
    m_villages->setColumnWidth(Included, 50);
    m_villages->setColumnWidth(Code, 130);
    m_villages->setColumnWidth(Name, 220);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_villages, 1);
    return page;
}

QWizardPage* FirstStartWizard::administratorPage()
{
    auto* page = new RequiredFieldsPage(this);
    page->setTitle(tr("The administrator"));
    page->setSubTitle(tr("The administrator adds the clerks, the supervisor and the village cadres."));
    m_adminName = new QLineEdit(QStringLiteral("admin"), page);
    m_adminDisplay = new QLineEdit(page);
    m_adminDisplay->setPlaceholderText(tr("e.g. 张明"));
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(page);
    m_repeat->setEchoMode(QLineEdit::Password);
    page->require(m_adminName);
    page->require(m_password);
    page->require(m_repeat);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Login name:"), m_adminName);
    form->addRow(tr("&Full name:"), m_adminDisplay);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    return page;
}

QWizardPage* FirstStartWizard::policyAndBackupPage()
{
    auto* page = new RequiredFieldsPage(this);
    page->setTitle(tr("Policy and backups"));
    page->setSubTitle(tr("The bureau's policy file sets the standards; backups keep the records when the PC fails."));
    m_policy = new QLineEdit(page);
    m_policy->setPlaceholderText(tr("empty: the example policy, marked as such until the bureau's arrives"));
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setPlaceholderText(tr("e.g. E:\\兜底备份 on the USB stick, or D:\\兜底备份"));
    m_passphrase = new QLineEdit(page);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(BackupKey::kMinimumPassphraseLength));
    m_passphraseRepeat = new QLineEdit(page);
    m_passphraseRepeat->setEchoMode(QLineEdit::Password);
    page->require(m_backupFolder);
    page->require(m_passphrase);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Policy file:"), withBrowse(m_policy, tr("The bureau's policy file"), false, page));
    form->addRow(tr("&Backup folder:"), withBrowse(m_backupFolder, tr("Backup folder"), true, page));
    form->addRow(tr("Backup pass&phrase:"), m_passphrase);
    form->addRow(tr("Re&peat:"), m_passphraseRepeat);
    form->addRow(QString(),
                 wrapped(tr("Write the passphrase down and keep it locked away from the stick: without it no "
                            "backup can be restored."),
                         page));
    return page;
}

bool FirstStartWizard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_townships->count() > 1) {
        m_townships->setCurrentRow(1);
        m_townships->setFocus();
        return true;
    }
    return QWizard::eventFilter(watched, event);
}

int FirstStartWizard::nextId() const
{
    if (currentId() == StartPage && !m_setUp->isChecked())
        return -1;
    return QWizard::nextId();
}

void FirstStartWizard::initializePage(int id)
{
    if (id == VillagesPage && m_villagesOf != m_townshipCode->text()) {
        m_villagesOf = m_townshipCode->text();
        m_villages->setRowCount(0);
        for (const Divisions::Village& v : Divisions::builtIn().villagesOf(m_villagesOf)) {
            const int row = m_villages->rowCount();
            m_villages->insertRow(row);
            auto* keep = new QTableWidgetItem;
            keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            keep->setCheckState(Qt::Checked);
            auto* code = new QTableWidgetItem(v.code);
            code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto* urban = new QTableWidgetItem;
            urban->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            urban->setCheckState(v.urban ? Qt::Checked : Qt::Unchecked);
            m_villages->setItem(row, Included, keep);
            m_villages->setItem(row, Code, code);
            m_villages->setItem(row, Name, new QTableWidgetItem(v.name));
            m_villages->setItem(row, Urban, urban);
        }
    }
    QWizard::initializePage(id);
}

bool FirstStartWizard::refuse(const QString& message, QWidget* field)
{
    QMessageBox::warning(this, windowTitle(), message);
    if (field)
        field->setFocus();
    return false;
}

bool FirstStartWizard::validateCurrentPage()
{
    switch (currentId()) {
    case AdministratorPage:
        if (m_password->text() != m_repeat->text())
            return refuse(tr("The two passwords differ; type them again."), m_repeat);
        return true;
    case PolicyAndBackupPage: {
        const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
        if (!QFileInfo(folder).isDir())
            return refuse(
                tr("The backup folder %1 does not exist (is the USB stick plugged in?).").arg(m_backupFolder->text()),
                m_backupFolder);
        if (m_passphrase->text() != m_passphraseRepeat->text())
            return refuse(tr("The two backup passphrases differ; type them again."), m_passphraseRepeat);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status created = TownshipSetup::create(plan());
        QApplication::restoreOverrideCursor();
        if (!created)
            return refuse(created.error().toString(), nullptr);
        return true;
    }
    default:
        return true;
    }
}

TownshipPlan FirstStartWizard::plan() const
{
    TownshipPlan p;
    p.databasePath = m_databasePath;
    p.code = m_townshipCode->text();
    if (const auto township = Divisions::builtIn().township(p.code))
        p.name = township->name;
    for (int row = 0; row < m_villages->rowCount(); ++row) {
        if (m_villages->item(row, Included)->checkState() != Qt::Checked)
            continue;
        p.villages.append({m_villages->item(row, Code)->text(),
                           m_villages->item(row, Name)->text().trimmed(),
                           m_villages->item(row, Urban)->checkState() == Qt::Checked,
                           {},
                           {}});
    }
    p.adminName = m_adminName->text().trimmed();
    p.adminDisplayName = m_adminDisplay->text().trimmed();
    p.adminPassword = m_password->text();
    if (const QString path = QDir::fromNativeSeparators(m_policy->text().trimmed()); !path.isEmpty()) {
        QFile file(path);
        // An unreadable file is refused by the setup as an empty policy would not be: say so.
        p.policyJson = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArrayLiteral("{");
    }
    p.backupFolder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    p.backupPassphrase = m_passphrase->text();
    return p;
}

} // namespace Doudi
