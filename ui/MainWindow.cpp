#include "MainWindow.h"

#include "BatchReevaluationDialog.h"
#include "Clock.h"
#include "HouseholdEditor.h"
#include "HouseholdListModel.h"
#include "PolicyDialog.h"
#include "SettingsDialog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Doudi {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    // Until users and login arrive, changes are recorded as the desk's.
    , m_user(QStringLiteral("desk"))
{
    m_repository = std::make_unique<HouseholdRepository>(*m_database, m_user);
    // Until the bureau's policy arrives, the bundled example is in force (and marked as such).
    if (const Status s = PolicyRepository(*m_database, m_user).ensureExample(); !s)
        QMessageBox::warning(this, tr("Doudi"), s.error().toString());
    SiteRepository sites(*m_database, m_user);
    const auto site = sites.site();
    setWindowTitle(site ? tr("Doudi — %1 social assistance").arg(site->name) : tr("Doudi"));
    resize(1200, 760);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search by name, ID number or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_village = new QComboBox(central);
    m_village->addItem(tr("All villages"), QString());
    if (const auto villages = sites.villages()) {
        for (const Village& v : *villages)
            m_village->addItem(v.name, v.code);
    }
    auto* searchLabel = new QLabel(tr("&Find:"), central);
    searchLabel->setBuddy(m_search);
    auto* villageLabel = new QLabel(tr("&Village:"), central);
    villageLabel->setBuddy(m_village);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(12);
    filters->addWidget(villageLabel);
    filters->addWidget(m_village, 1);
    layout->addLayout(filters);

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
    m_view->setColumnWidth(HouseholdListModel::HeadName, 110);
    m_view->setColumnWidth(HouseholdListModel::HeadIdNumber, 180);
    m_view->setColumnWidth(HouseholdListModel::Village, 110);
    m_view->setColumnWidth(HouseholdListModel::Members, 60);
    m_view->setColumnWidth(HouseholdListModel::ResidenceColumn, 60);
    m_view->setColumnWidth(HouseholdListModel::Status, 120);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    // Until the bureau's policy arrives, every amount on this desk comes from the example policy.
    const auto inForce = PolicyRepository(*m_database, m_user).inForce(Clock::currentDate());
    if (inForce && inForce->isExample) {
        auto* example = new QLabel(tr("Standards: example policy, not yet the bureau's"), this);
        example->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
        statusBar()->addPermanentWidget(example);
    }
    statusBar()->addPermanentWidget(m_count);

    // Search as you type, once the typing pauses: a clerk's fast fingers do not queue queries.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(m_village, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_view, &QTableView::activated, this, &MainWindow::editCurrentHousehold);
    connect(m_model, &HouseholdListModel::totalCountChanged, this, &MainWindow::updateStatus);

    buildMenus();
    updateStatus();
    m_search->setFocus();
}

MainWindow::~MainWindow()
{
    // The model and repository hold prepared queries on the connection: close them first.
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
    auto* removeAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete household…"), this);
    connect(removeAction, &QAction::triggered, this, &MainWindow::removeCurrentHousehold);
    auto* findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto* settingsAction = new QAction(tr("&Preferences…"), this);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    auto* aboutAction = new QAction(tr("&About Doudi"), this);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* policiesAction = new QAction(tr("&Policies and standards…"), this);
    connect(policiesAction, &QAction::triggered, this, [this] {
        auto* dialog = new PolicyDialog(*m_database, m_user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* batchAction = new QAction(tr("&Re-evaluate every household…"), this);
    connect(batchAction, &QAction::triggered, this, [this] {
        auto* dialog = new BatchReevaluationDialog(*m_database, m_user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BatchReevaluationDialog::committed, this,
                [this] { statusBar()->showMessage(tr("The new determinations are saved."), 6000); });
        dialog->open();
    });
    assessMenu->addAction(policiesAction);
    assessMenu->addAction(batchAction);

    fileMenu->addAction(quitAction);
    householdMenu->addAction(newAction);
    householdMenu->addAction(editAction);
    householdMenu->addAction(findAction);
    householdMenu->addSeparator();
    householdMenu->addAction(removeAction);
    settingsMenu->addAction(settingsAction);
    helpMenu->addAction(aboutAction);
    toolbar->addAction(newAction);
    toolbar->addAction(editAction);
    addAction(findAction);
}

void MainWindow::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(m_village->currentData().toString(), m_search->text());
}

void MainWindow::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        statusBar()->showMessage(m_model->lastError());
    }
    m_count->setText(tr("%n household(s)", nullptr, int(m_model->totalCount())));
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

void MainWindow::openEditor(const QString& householdId)
{
    auto* editor = new HouseholdEditor(*m_database, m_user, householdId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &HouseholdEditor::saved, this, [this](const QString& id) {
        m_model->reload();
        selectHousehold(id);
        statusBar()->showMessage(tr("Saved."), 4000);
    });
    editor->open();
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

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Doudi"),
                       tr("<h3>Doudi %1</h3><p>The desk of a township social-assistance office: minimum living "
                          "guarantee, extreme poverty support and temporary assistance, offline first.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_database->path().toHtmlEscaped()));
}

} // namespace Doudi
