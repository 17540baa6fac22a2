#include "MainWindow.h"

#include "AuditDialog.h"
#include "BackupDialog.h"
#include "BatchReevaluationDialog.h"
#include "CareRegisterDialog.h"
#include "CaseListDialog.h"
#include "CasesPanel.h"
#include "CityPanel.h"
#include "Clock.h"
#include "DashboardPanel.h"
#include "DueDialog.h"
#include "FreedMemory.h"
#include "FundDialog.h"
#include "FundPaymentDialog.h"
#include "FuneralWaiverDialog.h"
#include "HelpBrowser.h"
#include "HouseholdEditor.h"
#include "HouseholdListModel.h"
#include "IdleLock.h"
#include "ImportSheetDialog.h"
#include "LoginDialog.h"
#include "PaymentsDialog.h"
#include "PolicyDialog.h"
#include "PriceSubsidyDialog.h"
#include "RecoverDraftsDialog.h"
#include "ReferralsDialog.h"
#include "RestoreDialog.h"
#include "RostersDialog.h"
#include "SettingsDialog.h"
#include "SyncDialog.h"
#include "UsersDialog.h"
#include "VillagesDialog.h"
#include "backup/BackupSettings.h"
#include "backup/Backups.h"
#include "security/AuditVerifier.h"
#include "services/OfficeNotices.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "sync/SiteKeys.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Doudi {

MainWindow::MainWindow(std::unique_ptr<Database> database, Session session, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_session(std::move(session))
{
    m_repository = std::make_unique<HouseholdRepository>(*m_database, m_session);
    // Until the bureau's policy arrives, the bundled example is in force (and marked as such).
    if (const Status s = PolicyRepository(*m_database, m_session).ensureExample(); !s)
        QMessageBox::warning(this, tr("Doudi"), s.error().toString());
    SiteRepository sites(*m_database, m_session);
    const auto site = sites.site();
    setWindowTitle(site ? tr("Doudi — %1 social assistance").arg(site->name) : tr("Doudi"));
    resize(1024, 700); // an old township screen

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search by name, ID number or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_village = new QComboBox(central);
    fillVillageFilter();
    auto* searchLabel = new QLabel(tr("Fi&nd:"), central);
    searchLabel->setBuddy(m_search);
    auto* villageLabel = new QLabel(tr("&Village:"), central);
    villageLabel->setBuddy(m_village);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(12);
    filters->addWidget(villageLabel);
    filters->addWidget(m_village, 1);
    layout->addLayout(filters);
    // Esc in the search box clears it, and the list shows everybody again.
    auto* clearSearch = new QAction(tr("Clear the search"), m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        applyFilter();
    });
    // Down (or Enter) takes the keyboard from the search box to what it found (eventFilter).
    m_search->installEventFilter(this);
    m_noResults = new QLabel(central);
    m_noResults->hide();
    layout->addWidget(m_noResults);

    m_model = new HouseholdListModel(*m_repository, this);
    m_view = new QTableView(central);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HouseholdListModel::HeadName, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(HouseholdListModel::HeadName, 190); // room for 李强 — 王秀英（成员）
    m_view->setColumnWidth(HouseholdListModel::HeadIdNumber, 180);
    m_view->setColumnWidth(HouseholdListModel::Village, 110);
    m_view->setColumnWidth(HouseholdListModel::Members, 60);
    m_view->setColumnWidth(HouseholdListModel::ResidenceColumn, 60);
    m_view->setColumnWidth(HouseholdListModel::Status, 120);
    layout->addWidget(m_view, 1);
    // A city database opens in city mode: the bureau's desk over what the townships sent (it has no
    // households of its own). At a township, a supervisor starts on the dashboard; everybody else on
    // the household list.
    if (site && site->kind == QLatin1String("city")) {
        setWindowTitle(tr("Doudi — %1 civil affairs bureau").arg(site->name));
        central->hide();
        setCentralWidget(new CityPanel(*m_database, m_session, this));
    } else if (m_session.may(Action::PrintRoster)) {
        auto* tabs = new QTabWidget(this);
        auto* dashboard = new DashboardPanel(*m_database, m_session, tabs);
        connect(dashboard, &DashboardPanel::dueRequested, this, &MainWindow::showDue);
        tabs->addTab(dashboard, tr("&Dashboard"));
        tabs->addTab(central, tr("Hous&eholds"));
        setCentralWidget(tabs);
    } else {
        setCentralWidget(central);
    }

    // The office's notices sit above whatever the desk shows.
    m_notices = new QLabel(this);
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::RichText);
    m_notices->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #6b4500; border: 1px solid #e0c070; padding: 6px; }"));
    m_notices->hide();
    {
        QWidget* body = takeCentralWidget();
        auto* frame = new QWidget(this);
        auto* frameLayout = new QVBoxLayout(frame);
        frameLayout->setContentsMargins(0, 0, 0, 0);
        frameLayout->addWidget(m_notices);
        frameLayout->addWidget(body, 1);
        setCentralWidget(frame);
    }

    m_count = new QLabel(this);
    // Until the bureau's policy arrives, every amount on this desk comes from the example policy.
    const auto inForce = PolicyRepository(*m_database, m_session).inForce(Clock::currentDate());
    if (inForce && inForce->isExample) {
        auto* example = new QLabel(tr("Standards: example policy, not yet the bureau's"), this);
        example->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
        statusBar()->addPermanentWidget(example);
    }
    auto* who = new QLabel(tr("%1 (%2)").arg(m_session.displayName(), Permissions::roleLabel(m_session.role())), this);
    statusBar()->addPermanentWidget(who);
    statusBar()->addPermanentWidget(m_count);

    // The desk locks itself after a while without use (minutes in the site's settings).
    const int idleMinutes = sites.setting(SettingsDialog::idleMinutesKey(), QStringLiteral("10")).toInt();
    m_idleLock = new IdleLock(
        idleMinutes, [this] { lockDesk(); }, this);
    QTimer::singleShot(0, this, &MainWindow::checkDatabase);

    // Search as you type, once the typing pauses: a clerk's fast fingers do not queue queries.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::goToResults);
    connect(m_village, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_view, &QTableView::activated, this, &MainWindow::editCurrentHousehold);
    connect(m_model, &HouseholdListModel::totalCountChanged, this, &MainWindow::updateStatus);

    buildMenus();
    updateStatus();
    refreshNotices();
    QTimer::singleShot(0, this, &MainWindow::backUpForTheDay);
    // What was being typed when Doudi last stopped unsaved is offered back first thing.
    QTimer::singleShot(0, this, &MainWindow::offerDrafts);
    m_search->setFocus();
}

MainWindow::~MainWindow()
{
    if (m_databaseCheck)
        m_databaseCheck->wait();
    if (m_dailyBackup)
        m_dailyBackup->wait();
    // Open forms, the model and the repository hold queries on the connection: they go first.
    qDeleteAll(findChildren<QDialog*>(Qt::FindDirectChildrenOnly));
    delete m_model;
    m_model = nullptr;
    m_repository.reset();
}

void MainWindow::buildMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* householdMenu = menuBar()->addMenu(tr("&Household"));
    auto* assessMenu = menuBar()->addMenu(tr("&Assessment"));
    auto* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto* helpMenu = menuBar()->addMenu(tr("He&lp"));
    auto* toolbar = addToolBar(tr("Households"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);

    auto* newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New household"), this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newHousehold);
    auto* editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Open household"), this);
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(editAction, &QAction::triggered, this, &MainWindow::editCurrentHousehold);
    auto* removeAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete household…"), this);
    removeAction->setObjectName(QStringLiteral("deleteHousehold"));
    connect(removeAction, &QAction::triggered, this, &MainWindow::removeCurrentHousehold);
    auto* findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto* usersAction = new QAction(tr("&Users…"), this);
    connect(usersAction, &QAction::triggered, this, [this] {
        auto* dialog = new UsersDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    usersAction->setVisible(m_session.may(Action::ManageUsers));
    auto* villagesAction = new QAction(tr("&Villages and communities…"), this);
    connect(villagesAction, &QAction::triggered, this, [this] {
        VillagesDialog dialog(*m_database, m_session, this);
        dialog.exec();
        // Names, merges and new villages show at once in the filter and the list.
        fillVillageFilter();
        applyFilter();
    });
    villagesAction->setVisible(m_session.may(Action::ChangeSettings));
    auto* settingsAction = new QAction(tr("&Preferences…"), this);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    auto* aboutAction = new QAction(tr("&About Doudi"), this);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* policiesAction = new QAction(tr("&Policies and standards…"), this);
    connect(policiesAction, &QAction::triggered, this, [this] {
        auto* dialog = new PolicyDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* batchAction = new QAction(tr("&Re-evaluate every household…"), this);
    connect(batchAction, &QAction::triggered, this, [this] {
        auto* dialog = new BatchReevaluationDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BatchReevaluationDialog::committed, this,
                [this] { statusBar()->showMessage(tr("The new determinations are saved."), 6000); });
        dialog->open();
    });
    assessMenu->addAction(policiesAction);
    assessMenu->addAction(batchAction);
    auto* auditAction = new QAction(tr("Audit &trail…"), this);
    connect(auditAction, &QAction::triggered, this, [this] {
        auto* dialog = new AuditDialog(*m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* dueAction = new QAction(tr("&Due and overdue…"), this);
    dueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(dueAction, &QAction::triggered, this, &MainWindow::showDue);
    householdMenu->addAction(dueAction);
    auto* casesAction = new QAction(tr("All &cases…"), this);
    connect(casesAction, &QAction::triggered, this, [this] {
        auto* dialog = new CaseListDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    householdMenu->addAction(casesAction);
    // 农村“三留守”人员关爱服务: the register and its visits.
    auto* careAction = new QAction(tr("Care &register (三留守)…"), this);
    connect(careAction, &QAction::triggered, this, [this] {
        auto* dialog = new CareRegisterDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    householdMenu->addAction(careAction);
    // 社会救助资源库 and 转介: who else can help, and the referrals the office follows.
    auto* referralsAction = new QAction(tr("Referr&als and resource library…"), this);
    connect(referralsAction, &QAction::triggered, this, [this] {
        auto* dialog = new ReferralsDialog(*m_database, m_session, {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    householdMenu->addAction(referralsAction);
    // The office's recipients from the Excel roster it kept before Doudi.
    auto* importSheetAction = new QAction(tr("Import from &Excel…"), this);
    connect(importSheetAction, &QAction::triggered, this, [this] {
        auto* dialog = new ImportSheetDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportSheetDialog::imported, this, [this](int households) {
            applyFilter();
            statusBar()->showMessage(tr("%1 households imported from the roster.").arg(households), 8000);
        });
        dialog->open();
    });
    importSheetAction->setVisible(m_session.may(Action::EditHousehold));
    // The reserve fund: its ledger, and a payment to the household chosen in the list.
    auto* fundMenu = menuBar()->insertMenu(settingsMenu->menuAction(), new QMenu(tr("Reserve f&und"), this))->menu();
    auto* ledgerAction = new QAction(tr("Reserve fund &ledger…"), this);
    ledgerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(ledgerAction, &QAction::triggered, this, [this] {
        auto* dialog = new FundDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* payAction = new QAction(tr("&Pay this household from the reserve fund…"), this);
    payAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(payAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        payFromReserveFund(current.isValid() ? current.data(HouseholdListModel::kIdRole).toString() : QString());
    });
    // Rosters and reports: what is posted in villages, signed at payment and sent to the city.
    auto* rostersAction = new QAction(tr("&Rosters and reports…"), this);
    rostersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(rostersAction, &QAction::triggered, this, [this] {
        auto* dialog = new RostersDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    rostersAction->setVisible(m_session.may(Action::PrintRoster));
    // The month's payment: the list generated, approved, sent to the bank and its returns read.
    auto* paymentsAction = new QAction(tr("&Monthly payments…"), this);
    paymentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(paymentsAction, &QAction::triggered, this, [this] {
        auto* dialog = new PaymentsDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* paymentsMenu = menuBar()->insertMenu(settingsMenu->menuAction(), new QMenu(tr("Pa&yments"), this))->menu();
    paymentsMenu->addAction(paymentsAction);
    // 物价联动: the month's price index, and the one-off subsidy it triggers.
    auto* priceMenu = paymentsMenu->addMenu(tr("Price &linkage"));
    auto* priceSubsidyAction = priceMenu->addAction(tr("Pay the temporary &price subsidy…"));
    connect(priceSubsidyAction, &QAction::triggered, this, [this] {
        auto* dialog = new PriceSubsidyDialog(*m_database, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // 基本殡葬服务费用减免: the certificates issued, to print again.
    auto* funeralAction = paymentsMenu->addAction(tr("&Funeral waivers issued…"));
    connect(funeralAction, &QAction::triggered, this, [this] {
        auto* dialog = new FuneralWaiverDialog(*m_database, m_session, QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    paymentsMenu->menuAction()->setVisible(m_session.may(Action::ViewFund));
    auto* reportsMenu = menuBar()->insertMenu(settingsMenu->menuAction(), new QMenu(tr("Re&ports"), this))->menu();
    reportsMenu->addAction(rostersAction);
    reportsMenu->menuAction()->setVisible(m_session.may(Action::PrintRoster));
    fundMenu->addAction(ledgerAction);
    fundMenu->addAction(payAction);
    fundMenu->menuAction()->setVisible(m_session.may(Action::ViewFund));
    payAction->setVisible(m_session.may(Action::PreparePayment));
    // Packages on a USB stick, both ways: enrolment, data, the history and the conflict queue.
    auto* importPackageAction = new QAction(tr("&Sync packages…"), this);
    importPackageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(importPackageAction, &QAction::triggered, this, [this] {
        SyncDialog dialog(*m_database, m_session, this);
        dialog.exec();
        // What a package brought shows at once.
        if (auto* city = findChild<CityPanel*>())
            city->reload();
        else
            applyFilter();
    });
    importPackageAction->setVisible(m_session.may(Action::ExchangePackages));
    auto* lockAction = new QAction(tr("&Lock the desk"), this);
    lockAction->setObjectName(QStringLiteral("lock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, [this] { lockDesk(LoginDialog::Locked::ByHand); });
    auto* signOutAction = new QAction(tr("Sign out / s&witch user"), this);
    signOutAction->setObjectName(QStringLiteral("signOut"));
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    fileMenu->addAction(importPackageAction);
    fileMenu->addAction(signOutAction);
    fileMenu->addAction(lockAction);
    fileMenu->addAction(auditAction);
    fileMenu->addSeparator();

    // The UI offers what the role may do; core refuses the rest anyway.
    newAction->setVisible(m_session.may(Action::EditHousehold));
    removeAction->setVisible(m_session.may(Action::DeleteHousehold));
    batchAction->setVisible(m_session.may(Action::BatchReevaluate));
    auditAction->setVisible(m_session.may(Action::ViewAudit));

    buildMaintenanceMenu();
    fileMenu->addAction(quitAction);
    householdMenu->addAction(newAction);
    householdMenu->addAction(editAction);
    householdMenu->addAction(findAction);
    householdMenu->addSeparator();
    householdMenu->addAction(importSheetAction);
    householdMenu->addSeparator();
    householdMenu->addAction(removeAction);
    auto* draftsAction = new QAction(tr("Recover &unsaved entries…"), this);
    connect(draftsAction, &QAction::triggered, this, [this] {
        if (!offerDrafts())
            statusBar()->showMessage(tr("Nothing typed is waiting to be recovered."), 4000);
    });
    householdMenu->addAction(draftsAction);
    settingsMenu->addAction(settingsAction);
    settingsMenu->addAction(usersAction);
    settingsMenu->addAction(villagesAction);
    auto* guideAction = new QAction(tr("&User guide"), this);
    guideAction->setShortcut(QKeySequence::HelpContents); // F1, caught in every window by HelpKey
    guideAction->setShortcutContext(Qt::WidgetShortcut);  // shown in the menu; HelpKey does the work
    connect(guideAction, &QAction::triggered, this,
            [this] { HelpBrowser::showSection(HelpBrowser::sectionFor(this), this); });
    helpMenu->addAction(guideAction);
    helpMenu->addAction(aboutAction);
    toolbar->addAction(newAction);
    toolbar->addAction(editAction);
    addAction(findAction);
    // City mode: the bureau keeps no households, cases or fund of its own; what it publishes (the
    // policies) and the sync packages stay.
    if (findChild<CityPanel*>()) {
        for (QMenu* menu : {householdMenu, fundMenu, paymentsMenu, reportsMenu})
            menu->menuAction()->setVisible(false);
        toolbar->hide();
        batchAction->setVisible(false);
        findAction->setEnabled(false);
        m_count->hide();
    }
}

void MainWindow::fillVillageFilter()
{
    const QString current = m_village->currentData().toString();
    const QSignalBlocker quiet(m_village);
    m_village->clear();
    // A village cadre sees their own village only; the list and core both hold to it.
    if (m_session.maySeeVillage(QStringLiteral("-")))
        m_village->addItem(tr("All villages"), QString());
    if (const auto villages = SiteRepository(*m_database, m_session).villages()) {
        for (const Village& v : *villages) {
            if (m_session.maySeeVillage(v.code))
                m_village->addItem(v.name, v.code);
        }
    }
    m_village->setCurrentIndex(std::max(0, m_village->findData(current)));
    m_village->setEnabled(m_village->count() > 1);
}

void MainWindow::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(m_village->currentData().toString(), m_search->text());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            !(key->modifiers() & ~Qt::KeypadModifier)) {
            goToResults();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::goToResults()
{
    applyFilter(); // what was typed, not what the list showed a moment ago (nothing when the same)
    if (m_model->rowCount() == 0)
        return;
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, HouseholdListModel::HeadName));
    m_view->selectRow(m_view->currentIndex().row());
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        statusBar()->showMessage(m_model->lastError());
    }
    m_count->setText(m_model->totalIsAtLeast() ? tr("more than %L1 households").arg(m_model->totalCount() - 1)
                                               : tr("%n household(s)", nullptr, int(m_model->totalCount())));
    // An empty list says so, and what was looked for, rather than looking like a blank screen.
    const QString search = m_search->text().trimmed();
    const bool filtered = !search.isEmpty() || !m_village->currentData().toString().isEmpty();
    m_noResults->setVisible(filtered && m_model->totalCount() == 0);
    m_noResults->setText(search.isEmpty() ? tr("No results in this village.")
                                          : tr("No results for “%1”.").arg(search.left(40)));
}

void MainWindow::payFromReserveFund(const QString& householdId, const Draft* resume)
{
    FundPaymentDialog dialog(*m_database, m_session, householdId, this);
    if (resume)
        dialog.resumeDraft(*resume);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Paid from the reserve fund."), 6000);
    if (dialog.printVoucherBox()->isChecked())
        FundDialog::showVoucher(*m_database, m_session, dialog.paymentId(), this);
}

RecoverDraftsDialog* MainWindow::offerDrafts()
{
    auto drafts = std::make_shared<DraftRepository>(*m_database, m_session);
    const auto mine = drafts->mine();
    if (!mine || mine->isEmpty())
        return nullptr;
    auto* dialog = new RecoverDraftsDialog(*drafts, *mine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, drafts] {
        if (const auto chosen = dialog->chosen())
            QTimer::singleShot(0, this, [this, draft = *chosen] { resumeDraft(draft); });
    });
    dialog->open();
    return dialog;
}

void MainWindow::resumeDraft(const Draft& draft)
{
    const QString householdId = draft.content.value(QStringLiteral("household")).toString();
    const bool known = !householdId.isEmpty() && m_repository->load(householdId).ok();
    if (draft.form == DraftRepository::kFundPayment) {
        payFromReserveFund(known ? householdId : QString(), &draft);
    } else if (draft.form == DraftRepository::kCaseStep) {
        if (!known)
            return;
        HouseholdEditor* editor = openEditor(householdId);
        editor->showCasesTab();
        editor->casesPanel()->resumeStep(draft);
    } else {
        // A new household's form comes back new; a stored one's on that household.
        HouseholdEditor* editor = openEditor(known ? householdId : QString());
        editor->resumeDraft(draft);
    }
}

void MainWindow::newHousehold()
{
    openEditor(QString());
}

void MainWindow::editCurrentHousehold()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        openEditor(index.data(HouseholdListModel::kIdRole).toString());
}

DueDialog* MainWindow::showDue()
{
    auto* dialog = new DueDialog(*m_database, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DueDialog::householdRequested, this,
            [this](const QString& householdId) { openEditor(householdId)->showCasesTab(); });
    dialog->open();
    return dialog;
}

HouseholdEditor* MainWindow::openEditor(const QString& householdId)
{
    auto* editor = new HouseholdEditor(*m_database, m_session, householdId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &HouseholdEditor::saved, this, [this](const QString& id) {
        m_model->reload();
        selectHousehold(id);
        statusBar()->showMessage(tr("Saved."), 4000);
    });
    editor->open();
    return editor;
}

void MainWindow::selectHousehold(const QString& householdId)
{
    const int row = m_model->rowOf(householdId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void MainWindow::removeCurrentHousehold()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(HouseholdListModel::kIdRole).toString();
    const QString name = m_model->index(index.row(), HouseholdListModel::HeadName).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Delete household"),
        tr("Delete the household of %1? The record is kept as deleted so that the city learns of it.").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status s = m_repository->remove(id); !s) {
        QMessageBox::warning(this, tr("Delete household"), s.error().toString());
        return;
    }
    m_model->reload();
}

void MainWindow::lockDesk(LoginDialog::Locked why)
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleLock->suspend();
    // The site key leaves memory until someone logs in again (the login unwraps it anew).
    m_database->forgetSiteKey();
    // Nothing stays on screen while the desk is locked; nothing open is closed either.
    QList<QPointer<QWidget>> hidden;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            hidden.append(w);
            w->hide();
        }
    }
    int answer = QDialog::Rejected;
    for (;;) {
        LoginDialog unlock(*m_database, m_session.userName(), why);
        answer = unlock.exec();
        if (answer != LoginDialog::kSomeoneElse || unsavedForms() == 0)
            break;
        // Another person cannot save the locked person's forms, only be told they are given up.
        if (QMessageBox::question(nullptr, tr("Someone else signs in"),
                                  tr("%1 left %2 form(s) with unsaved changes. Signing in as someone else gives "
                                     "them up. Go on?")
                                      .arg(m_session.displayName())
                                      .arg(unsavedForms())) == QMessageBox::Yes)
            break;
    }
    m_locked = false;
    if (answer == LoginDialog::kSomeoneElse) {
        m_signOut = true;
        m_discardOpenForms = true;
        show();
        close();
        return;
    }
    for (const QPointer<QWidget>& w : hidden) {
        if (w)
            w->show();
    }
    if (answer != QDialog::Accepted) {
        QApplication::quit();
        return;
    }
    m_idleLock->resume();
}

void MainWindow::signOut()
{
    m_signOut = true;
    if (!close())
        m_signOut = false;
}

int MainWindow::unsavedForms() const
{
    const auto editors = findChildren<HouseholdEditor*>();
    return int(
        std::count_if(editors.cbegin(), editors.cend(), [](const HouseholdEditor* e) { return e->hasChanges(); }));
}

bool MainWindow::closeOpenForms()
{
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        if (!dialog->isVisible())
            continue;
        dialog->close(); // a form with changes asks, and closes itself unless kept
        if (dialog->isVisible())
            return false;
    }
    return true;
}

void MainWindow::checkDatabase()
{
    // Both take a while on a big township (a second for the scan): on a thread and connection of
    // their own, so the desk opens at once and a warning comes when the answer does.
    const QString path = m_database->path();
    const bool scan = !m_database->wholeFileChecked();
    // A broken audit chain is for those who answer for it to see at once.
    const bool verifyAudit = m_session.may(Action::VerifyAudit);
    if (!scan && !verifyAudit) {
        emit databaseChecked();
        return;
    }
    auto damaged = std::make_shared<QString>();
    auto broken = std::make_shared<QString>();
    m_databaseCheck = QThread::create([path, scan, verifyAudit, damaged, broken] {
        if (scan) {
            if (Status whole = Database::checkWholeFile(path); !whole) {
                *damaged = whole.error().toString();
                return;
            }
        }
        if (!verifyAudit)
            return;
        auto db = Database::open(path, Database::OpenMode::Worker);
        if (!db) {
            *broken = db.error().toString();
            return;
        }
        const auto report = AuditVerifier::verify(**db, false);
        if (!report)
            *broken = report.error().toString();
        else if (!report->ok())
            *broken = report->findings.first().message;
    });
    m_databaseCheck->setParent(this);
    connect(m_databaseCheck, &QThread::finished, this, [this, damaged, broken] {
        m_databaseCheck->wait(); // (it says finished a moment before its last memory is freed)
        FreedMemory::giveBack();
        emit databaseChecked();
        if (!damaged->isEmpty()) {
            QMessageBox::critical(this, tr("Damaged database"),
                                  tr("%1\nSave nothing more in it: close Doudi, copy the file aside for the city "
                                     "bureau, and have the last backup restored (Maintenance → Restore from a backup).")
                                      .arg(*damaged));
            return;
        }
        if (broken->isEmpty())
            return;
        QMessageBox::warning(this, tr("Audit trail"),
                             tr("The audit trail of this database is broken: %1\nOpen File → Audit trail and press "
                                "Verify for the details, and tell the city bureau.")
                                 .arg(*broken));
    });
    m_databaseCheck->start(QThread::LowPriority);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(*m_database, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::idleMinutesChanged, this, [this](int minutes) {
        m_idleLock->setMinutes(minutes);
        m_idleLock->resume();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    // The fingerprint a person compares with the city's before packages are trusted either way.
    const auto fingerprint = SiteKeys::siteFingerprint(*m_database);
    QMessageBox::about(this, tr("About Doudi"),
                       tr("<h3>Doudi %1</h3><p>The desk of a township social-assistance office: minimum living "
                          "guarantee, extreme poverty support and temporary assistance, offline first.</p>"
                          "<p>Database: %2</p><p>This site's key fingerprint: <b>%3</b></p>")
                           .arg(QApplication::applicationVersion(), m_database->path().toHtmlEscaped(),
                                fingerprint ? *fingerprint : fingerprint.error().toString().toHtmlEscaped()));
}

void MainWindow::buildMaintenanceMenu()
{
    auto* menu = menuBar()->insertMenu(menuBar()->actions().last(), new QMenu(tr("&Maintenance"), this))->menu();
    auto* now = menu->addAction(tr("Back up &now"));
    now->setObjectName(QStringLiteral("backUpNow"));
    connect(now, &QAction::triggered, this, [this] {
        const auto setup = BackupSettings::load(*m_database);
        if (!setup || !*setup) {
            QMessageBox::information(this, tr("Back up now"),
                                     setup ? tr("Backups are not set up yet: the administrator chooses the folder and "
                                                "the passphrase in Maintenance → Backup settings.")
                                           : setup.error().toString());
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto made = Backups::create(*m_database, m_session, (*setup)->folder, (*setup)->key);
        QApplication::restoreOverrideCursor();
        if (!made) {
            QMessageBox::warning(this, tr("Back up now"), made.error().toString());
            return;
        }
        statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made->fileName)), 8000);
        refreshNotices();
    });
    now->setVisible(m_session.may(Action::ExportData));
    auto* settings = menu->addAction(tr("Backup &settings…"));
    connect(settings, &QAction::triggered, this, [this] {
        BackupDialog dialog(*m_database, m_session, this);
        dialog.exec();
        refreshNotices();
    });
    settings->setVisible(m_session.may(Action::ChangeSettings));
    auto* restore = menu->addAction(tr("&Restore from a backup…"));
    connect(restore, &QAction::triggered, this, &MainWindow::requestRestore);
    restore->setVisible(m_session.may(Action::ChangeSettings));
    menu->menuAction()->setVisible(m_session.may(Action::ExportData) || m_session.may(Action::ChangeSettings));
}

void MainWindow::requestRestore()
{
    const auto site = SiteRepository(*m_database, m_session).site();
    const auto setup = BackupSettings::load(*m_database);
    RestoreDialog dialog(site ? site->code : QString(), setup && *setup ? (*setup)->folder : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_restoreRequest = RestoreRequest{dialog.file(), dialog.passphrase()};
    close();
}

void MainWindow::refreshNotices()
{
    const QStringList notices = OfficeNotices::compute(*m_database, m_session, Clock::currentDate());
    QStringList lines;
    for (const QString& n : notices)
        lines.append(QStringLiteral("⚠ ") + n.toHtmlEscaped());
    m_notices->setText(lines.join(QStringLiteral("<br>")));
    m_notices->setVisible(!notices.isEmpty());
}

void MainWindow::backUpForTheDay()
{
    const auto setup = BackupSettings::load(*m_database);
    if (!setup || !*setup || !QFileInfo((*setup)->folder).isDir() || m_dailyBackup)
        return;
    const auto listing = Backups::list((*setup)->folder);
    const QDate today = Clock::currentDate();
    if (listing) {
        for (const BackupInfo& b : listing->backups) {
            if (b.created.toLocalTime().date() == today)
                return;
        }
    }
    statusBar()->showMessage(tr("Backing up for the day…"));
    auto outcome = std::make_shared<QString>();
    m_dailyBackup = QThread::create([path = m_database->path(), session = m_session, setup = **setup, outcome] {
        // Qt's rule: one connection per thread.
        auto db = Database::open(path, Database::OpenMode::Worker);
        if (!db) {
            *outcome = db.error().toString();
            return;
        }
        const auto made = Backups::create(**db, session, setup.folder, setup.key, Backups::kDaily);
        if (!made) {
            *outcome = made.error().toString();
            return;
        }
        // An old backup that could not be deleted stays; the next backup tries again.
        const auto pruned = Backups::prune(setup.folder);
        Q_UNUSED(pruned);
    });
    connect(m_dailyBackup, &QThread::finished, this, [this, outcome] {
        m_dailyBackup->wait();
        m_dailyBackup->deleteLater();
        m_dailyBackup = nullptr;
        FreedMemory::giveBack();
        statusBar()->showMessage(outcome->isEmpty() ? tr("Backed up for the day.") : *outcome, 8000);
        refreshNotices();
    });
    m_dailyBackup->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Nothing typed is lost: each open form asks about its changes (放弃修改？) first.
    if (!m_discardOpenForms && !closeOpenForms()) {
        event->ignore();
        return;
    }
    if (m_dailyBackup)
        m_dailyBackup->wait();
    // A backup at close, unless the database is about to be replaced by one, or the desk was
    // locked and left (the backup key is sealed; the next start backs up for the day).
    const auto setup = BackupSettings::load(*m_database);
    if (!m_restoreRequest && m_database->siteKey() && setup && *setup) {
        statusBar()->showMessage(tr("Backing up before closing…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto made = Backups::create(*m_database, m_session, (*setup)->folder, (*setup)->key, Backups::kAtClose);
        if (made) {
            const auto pruned = Backups::prune((*setup)->folder);
            Q_UNUSED(pruned);
        }
        QApplication::restoreOverrideCursor();
        if (!made &&
            QMessageBox::question(
                this, tr("Doudi"),
                tr("The backup at close did not succeed: %1\n\nClose Doudi anyway?").arg(made.error().toString())) !=
                QMessageBox::Yes) {
            m_restoreRequest.reset();
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace Doudi
