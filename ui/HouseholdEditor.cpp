#include "HouseholdEditor.h"

#include "AssessmentPanel.h"
#include "CasesPanel.h"
#include "Clock.h"
#include "ComboBoxDelegate.h"
#include "DraftKeeper.h"
#include "FieldLabels.h"
#include "FormGrid.h"
#include "FormGuard.h"
#include "FormSnapshot.h"
#include "FormUndo.h"
#include "FuneralWaiverDialog.h"
#include "HouseholdFile.h"
#include "MemberProgramFields.h"
#include "PrintPreview.h"
#include "ReferralsDialog.h"
#include "domain/HouseholdValidator.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "reference/Divisions.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"
#include "sync/IdNumberHashes.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace Doudi {

namespace {

const QString kMaskedDate = QStringLiteral("****-**-**");

constexpr int kCodeRole = Qt::UserRole;
constexpr int kMemberKeyRole = Qt::UserRole + 1; // a member row's key, which income rows refer to
constexpr int kUuidRole = Qt::UserRole + 2;      // the stored row's uuid, on a row's first cell
// A stored member's ID number or birth date while the cell shows it masked: the birth date is the
// ID number's middle digits, so it hides with them (the age stays).
constexpr int kHiddenValueRole = Qt::UserRole + 3;
constexpr int kHouseholdLevel = -1; // income of the whole household, not of one member
const QColor kInvalidBackground(0xFF, 0xE4, 0xE4);

QTableWidgetItem* codeItem(const QVariant& code, const QString& label)
{
    auto* item = new QTableWidgetItem(label);
    item->setData(kCodeRole, code);
    return item;
}

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QTableWidgetItem* readOnlyItem(const QString& text = QString())
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setForeground(QColor(0x44, 0x44, 0x44));
    return item;
}

QString yuanText(qint64 fen)
{
    return fen == 0 ? QString() : Money::fromFen(fen).formatPlain();
}

// An amount cell: right-aligned, as 3,000.50.
QTableWidgetItem* moneyItem(qint64 fen)
{
    auto* item = new QTableWidgetItem(yuanText(fen));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QVariant cellCode(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->data(kCodeRole) : QVariant();
}

bool cellChecked(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

// Reads an amount in yuan typed in a cell or field; empty is zero.
qint64 readYuan(const QString& text, const QString& path, QList<Problem>& problems)
{
    if (text.trimmed().isEmpty())
        return 0;
    const auto money = Money::parse(text);
    if (!money) {
        problems.append({path, money.error().problems().first().message});
        return 0;
    }
    if (money->isNegative()) {
        problems.append({path, HouseholdValidator::tr("must not be negative")});
        return 0;
    }
    return money->fen();
}

QList<ComboBoxDelegate::Choice> choicesOf(const QStringList& codes, QString (*label)(const QString&))
{
    QList<ComboBoxDelegate::Choice> out;
    for (const QString& code : codes)
        out.append({code, label(code)});
    return out;
}

// A label as a name in a sentence: "&Village:" and "村(&V)：" say 村 and Village.
QString plainLabel(QString label)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));
    label.remove(mnemonic);
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QChar(0xFF1A)))
        label.chop(1);
    return label.trimmed();
}

} // namespace

HouseholdEditor::HouseholdEditor(Database& database, const Session& session, const QString& householdId,
                                 QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(session)
    , m_repository(std::make_unique<HouseholdRepository>(database, session))
{
    setWindowTitle(householdId.isEmpty() ? tr("New household") : tr("Household"));
    resize(1024, 640); // an old township screen

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildBasicTab(), tr("&Basic facts"));
    m_tabs->addTab(buildMembersTab(), tr("&Members"));
    m_tabs->addTab(buildIncomeTab(), tr("&Income"));
    m_tabs->addTab(buildExpenditureTab(), tr("E&xpenditure"));
    m_tabs->addTab(buildAssetsTab(), tr("&Assets"));
    m_assessment = new AssessmentPanel(
        database, session, [this] { return readForm(); }, [this] { return saveAndStay(); }, this);
    const int assessmentTab = m_tabs->addTab(m_assessment, tr("Assessmen&t"));
    m_cases = new CasesPanel(
        database, session, [this] { return m_original.uuid; }, this);
    const int casesTab = m_tabs->addTab(m_cases, tr("&Cases"));
    // The assessment follows the form: it is evaluated afresh whenever its tab is opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, assessmentTab, casesTab](int index) {
        if (index == assessmentTab)
            m_assessment->evaluate();
        if (index == casesTab)
            m_cases->reload();
    });

    // Amounts typed as 3000.5 read back as 3,000.50, right-aligned like every figure.
    for (const auto& [table, column] :
         {std::pair{m_income, 2}, std::pair{m_expenditure, 1}, std::pair{m_vehicles, 1}}) {
        connect(table, &QTableWidget::itemChanged, this, [this, column = column](QTableWidgetItem* item) {
            if (m_filling || item->column() != column)
                return;
            const auto money = Money::parse(item->text());
            const bool wasFilling = m_filling;
            m_filling = true;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (money && !money->isNegative())
                item->setText(money->fen() == 0 ? QString() : money->formatPlain());
            m_filling = wasFilling;
        });
    }
    for (QLineEdit* amount : {m_monthlyBenefit, m_financial}) {
        amount->setAlignment(Qt::AlignRight);
        connect(amount, &QLineEdit::editingFinished, this, [amount] {
            if (const auto money = Money::parse(amount->text()); money && !money->isNegative())
                amount->setText(money->fen() == 0 ? QString() : money->formatPlain());
        });
    }

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &HouseholdEditor::save);

    // Undo and redo beside the form's own buttons, for the clerk who does not know Ctrl+Z.
    auto* bottom = new QHBoxLayout;
    m_undoButton = new QToolButton(this);
    m_redoButton = new QToolButton(this);
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_redoButton);
    // 打印家庭档案: the file as saved, for the folder or for the city.
    m_printButton = new QPushButton(tr("Print household fi&le…"), this);
    m_printButton->setObjectName(QStringLiteral("printHouseholdFile"));
    m_printButton->setToolTip(tr("The household's whole file as saved: members, incomes, assets, determinations, "
                                 "cases and payments (Ctrl+P)"));
    connect(m_printButton, &QPushButton::clicked, this, &HouseholdEditor::printFile);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &HouseholdEditor::printFile);
    bottom->addWidget(m_printButton);
    // 转介: a member sent to a department, a charity or the social-work station.
    m_referButton = new QPushButton(tr("Refer else&where…"), this);
    m_referButton->setToolTip(tr("Refer a member to the resource library (charities, departments, social work) "
                                 "and follow the referral"));
    m_referButton->setVisible(m_session.may(Action::EditHousehold));
    connect(m_referButton, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new ReferralsDialog(m_database, m_session, {m_original.uuid, QStringLiteral("household"), QString()}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    bottom->addWidget(m_referButton);
    bottom->addWidget(buttons, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);
    // A read-only form has nothing to lose.
    m_guard = new FormGuard(
        this, [this] { return m_saveButton->isHidden() ? QString() : formState().join(QChar(0x1F)); },
        [this] { return save(); });

    if (householdId.isEmpty()) {
        Household fresh;
        fresh.assets.dwellings.append(Dwelling{});
        // A new household lives where its village is (a 社区 is in town) and has no capable legal
        // supporter until the clerk says so: nothing the family did not state is pre-filled.
        fresh.residence = residenceOf(0);
        fresh.flags.hasCapableSupporter = false;
        load(fresh);
        addMember();
        m_guard->markSaved(); // the empty form, its first member row included
        connect(m_village, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (!m_filling)
                m_residence->setCurrentIndex(m_residence->findData(Vocabulary::residenceCode(residenceOf(index))));
        });
    } else {
        auto loaded = m_repository->load(householdId);
        if (loaded) {
            load(*loaded);
            if (const Member* head = loaded->head())
                setWindowTitle(tr("Household of %1").arg(head->name));
        } else {
            m_problems->setText(loaded.error().toString());
            m_problems->show();
        }
    }
    if (!m_session.may(Action::EditHousehold)) {
        makeReadOnly();
        m_guard->markSaved(); // read only: nothing to lose
        m_undoButton->hide();
        m_redoButton->hide();
        return;
    }
    followEdits();
}

void HouseholdEditor::followEdits()
{
    m_undo = new FormUndo(this, [this] { return m_filling; });
    for (QLineEdit* field : {m_address, m_bankAccount, m_monthlyBenefit, m_exitStarted, m_financial})
        m_undo->watch(field, plainLabel(fieldLabel(field)));
    for (QComboBox* field : {m_village, m_residence, m_status})
        m_undo->watch(field, plainLabel(fieldLabel(field)));
    m_undo->watch(m_sustainedMedical, tr("Sustained heavy medical expenditure"));
    m_undo->watch(m_capableSupporter, tr("Capable legal supporter"));
    m_undo->watch(m_business, tr("Business registration"));
    for (const auto& [table, tab] : {std::pair{m_members, 1}, std::pair{m_income, 2}, std::pair{m_expenditure, 3}})
        m_undo->watch(table, plainLabel(m_tabs->tabText(tab)));
    m_undo->watch(m_vehicles, tr("Vehicles"));
    m_undo->watch(m_dwellings, tr("Residences"));
    m_undo->reset();
    // What is typed survives a crash: a new household's form has an id of its own until saved.
    m_draft = new DraftKeeper(
        this, m_database, m_session, DraftRepository::kHousehold,
        m_original.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_original.uuid,
        [this] {
            return QJsonObject{
                {QStringLiteral("household"), m_original.uuid},
                {QStringLiteral("fields"), FormSnapshot::capture(m_tabs, {m_assessment, m_cases, m_programFields})}};
        },
        [this] {
            const QTableWidgetItem* head = m_members->rowCount() > 0 ? m_members->item(0, NameColumn) : nullptr;
            return head && !head->text().trimmed().isEmpty() ? tr("Household of %1").arg(head->text().trimmed())
                                                             : tr("New household");
        });
    m_undoButton->setDefaultAction(m_undo->undoAction());
    m_redoButton->setDefaultAction(m_undo->redoAction());
    // What is undone is brought to view, on its tab, with the keyboard in it.
    connect(m_undo, &FormUndo::restored, this, [this](QWidget* field) {
        clearProblems();
        if (!field)
            return;
        for (int tab = 0; tab < m_tabs->count(); ++tab) {
            if (m_tabs->widget(tab)->isAncestorOf(field))
                m_tabs->setCurrentIndex(tab);
        }
        field->setFocus(Qt::OtherFocusReason);
    });
}

QString HouseholdEditor::fieldLabel(QWidget* field) const
{
    // The page's form, or one nested in its layout (the assets tab's).
    for (const QFormLayout* form : field->parentWidget()->findChildren<QFormLayout*>()) {
        if (const auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            return label->text();
    }
    return QString();
}

HouseholdEditor::~HouseholdEditor()
{
    // The children outlive this object's own part by a moment: a cell editor still open commits
    // its text as it goes, and nothing of this half-destroyed form may answer it.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

QString HouseholdEditor::fileHtml()
{
    if (m_original.uuid.isEmpty())
        return QString();
    const auto html = HouseholdFile::html(m_database, m_session, m_original.uuid, m_revealed);
    if (!html) {
        m_problems->setText(html.error().toString());
        m_problems->show();
        return QString();
    }
    return *html;
}

void HouseholdEditor::printFile()
{
    const QString html = fileHtml();
    if (!html.isEmpty())
        PrintPreview::show(tr("Household file"), html, QPageLayout::Portrait, this);
}

void HouseholdEditor::showCasesTab()
{
    m_tabs->setCurrentWidget(m_cases);
}

Residence HouseholdEditor::residenceOf(int villageIndex) const
{
    return m_village->itemData(villageIndex, kUrbanRole).toBool() ? Residence::Urban : Residence::Rural;
}

void HouseholdEditor::makeReadOnly()
{
    // What the role may not change shows, but takes no input.
    setWindowTitle(windowTitle() + tr(" (read only)"));
    m_saveButton->hide();
    for (QTableWidget* table : {m_members, m_income, m_expenditure, m_vehicles, m_dwellings}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (QTableWidgetItem* item = table->item(r, c))
                    item->setFlags(item->flags() & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
            }
        }
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_village, m_residence, m_address, m_bankAccount, m_status,
                                                      m_monthlyBenefit, m_exitStarted, m_sustainedMedical,
                                                      m_capableSupporter, m_financial, m_business})
        w->setEnabled(false);
    for (QPushButton* button : m_tabs->findChildren<QPushButton*>()) {
        if (button != m_revealButton && !m_assessment->isAncestorOf(button) && !m_cases->isAncestorOf(button))
            button->setEnabled(false);
    }
}

QWidget* HouseholdEditor::buildBasicTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_village = new QComboBox(page);
    SiteRepository sites(m_database, m_session);
    if (const auto villages = sites.activeVillages()) {
        for (const Village& v : *villages) {
            if (m_session.maySeeVillage(v.code)) {
                m_village->addItem(v.name, v.code);
                m_village->setItemData(m_village->count() - 1, v.urban, kUrbanRole);
            }
        }
    }
    m_residence = new QComboBox(page);
    for (Residence r : {Residence::Rural, Residence::Urban})
        m_residence->addItem(Vocabulary::residenceLabel(r), Vocabulary::residenceCode(r));
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("e.g. group 3, No. 12"));
    m_bankAccount = new QLineEdit(page);
    m_bankAccount->setObjectName(QStringLiteral("bankAccount"));
    m_bankAccount->setPlaceholderText(tr("the account the benefit is paid into, digits only"));
    m_status = new QComboBox(page);
    for (HouseholdStatus s :
         {HouseholdStatus::None, HouseholdStatus::Dibao, HouseholdStatus::Tekun, HouseholdStatus::GradualExit})
        m_status->addItem(Vocabulary::statusLabel(s), Vocabulary::statusCode(s));
    m_monthlyBenefit = new QLineEdit(page);
    m_monthlyBenefit->setObjectName(QStringLiteral("monthlyBenefit"));
    m_monthlyBenefit->setPlaceholderText(tr("yuan per month"));
    m_exitStarted = new QLineEdit(page);
    m_exitStarted->setPlaceholderText(tr("YYYY-MM"));
    m_exitStarted->setInputMask(QString());
    m_sustainedMedical = new QCheckBox(tr("Sustained heavy medical expenditure (deducted from income)"), page);
    m_capableSupporter = new QCheckBox(tr("Has a legal supporter able to provide support"), page);

    form->addRow(tr("&Village:"), m_village);
    form->addRow(tr("&Residence:"), m_residence);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("Ban&k account:"), m_bankAccount);
    form->addRow(tr("Assistance &now:"), m_status);
    form->addRow(tr("Monthly bene&fit (yuan):"), m_monthlyBenefit);
    form->addRow(tr("&Gradual exit since:"), m_exitStarted);
    form->addRow(QString(), m_sustainedMedical);
    form->addRow(QString(), m_capableSupporter);
    return page;
}

QTableWidget* HouseholdEditor::makeTable(const QStringList& headers)
{
    return new FormGrid(headers);
}

QWidget* HouseholdEditor::withRowButtons(QTableWidget* table, const std::function<void()>& add)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    auto* row = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("Add row"), page);
    auto* removeButton = new QPushButton(tr("Remove row"), page);
    // A new row starts in its first cell, with the keyboard there; Ctrl+Insert and Ctrl+Delete do
    // the same as the buttons while this tab's grid or buttons have the focus.
    const auto addRow = [this, table, add] {
        add();
        if (m_undo)
            m_undo->rowAdded(table);
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->setFocus(Qt::OtherFocusReason);
    };
    const auto removeRow = [this, table] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            if (m_undo)
                m_undo->rowRemoved(table);
        }
        table->setFocus(Qt::OtherFocusReason);
    };
    connect(addButton, &QPushButton::clicked, this, addRow);
    connect(removeButton, &QPushButton::clicked, this, removeRow);
    for (const auto& [button, keys] : {std::pair{addButton, QKeySequence(Qt::CTRL | Qt::Key_Insert)},
                                       std::pair{removeButton, QKeySequence(Qt::CTRL | Qt::Key_Delete)}}) {
        auto* action = new QAction(button->text(), page);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        button->setToolTip(keys.toString(QKeySequence::NativeText));
    }
    row->addWidget(addButton);
    row->addWidget(removeButton);
    row->addStretch(1);
    layout->addLayout(row);
    return page;
}

QWidget* HouseholdEditor::buildMembersTab()
{
    m_members = makeTable({tr("ID number"), tr("Name"), tr("Relation"), tr("Birth date"), tr("Sex"), tr("Age"),
                           tr("Disability"), tr("Grade"), tr("Serious illness"), tr("Chronic illness"), tr("Student"),
                           tr("ADL not managed"), tr("Father"), tr("Mother"), tr("Brought up"), tr("Date of death")});
    // The parents and where a child is brought up decide the orphans' programs: filled in for minors.
    for (const int column : {int(FatherColumn), int(MotherColumn), int(CareSettingColumn)}) {
        m_members->horizontalHeaderItem(column)->setToolTip(
            tr("For a member under 18: what became of the parents, and where the child is brought up."));
    }
    m_members->horizontalHeaderItem(DiedOnColumn)->setToolTip(tr("When a member has died, the date (YYYY-MM-DD)."));
    m_members->setColumnWidth(IdNumberColumn, 190);
    m_members->setColumnWidth(NameColumn, 90);
    m_members->setColumnWidth(BirthDateColumn, 100);
    m_members->setColumnWidth(SexColumn, 45);
    m_members->setColumnWidth(AgeColumn, 45);
    m_members->setColumnWidth(RelationColumn, 90);
    m_members->setColumnWidth(DisabilityTypeColumn, 90);
    for (int column : {DisabilityGradeColumn, SeriousIllnessColumn, ChronicIllnessColumn, StudentColumn})
        m_members->setColumnWidth(column, 64);
    m_members->setItemDelegateForColumn(
        RelationColumn,
        new ComboBoxDelegate([] { return choicesOf(Vocabulary::relationCodes(), &Vocabulary::relationLabel); }, false,
                             this));
    m_members->setItemDelegateForColumn(
        DisabilityTypeColumn,
        new ComboBoxDelegate(
            [] {
                QList<ComboBoxDelegate::Choice> out{{QString(), Vocabulary::disabilityLabel(DisabilityType::None)}};
                for (auto t : Vocabulary::disabilityTypes())
                    out.append({Vocabulary::disabilityCode(t), Vocabulary::disabilityLabel(t)});
                return out;
            },
            false, this));
    const auto parentChoices = [] {
        QList<ComboBoxDelegate::Choice> out;
        for (const ParentState state : Vocabulary::parentStates())
            out.append({Vocabulary::parentStateCode(state), Vocabulary::parentStateLabel(state)});
        return out;
    };
    m_members->setItemDelegateForColumn(FatherColumn, new ComboBoxDelegate(parentChoices, false, this));
    m_members->setItemDelegateForColumn(MotherColumn, new ComboBoxDelegate(parentChoices, false, this));
    const auto careChoices = [] {
        QList<ComboBoxDelegate::Choice> out;
        for (const CareSetting setting : Vocabulary::careSettings())
            out.append({Vocabulary::careSettingCode(setting), Vocabulary::careSettingLabel(setting)});
        return out;
    };
    m_members->setItemDelegateForColumn(CareSettingColumn, new ComboBoxDelegate(careChoices, false, this));
    m_members->setColumnWidth(FatherColumn, 90);
    m_members->setColumnWidth(MotherColumn, 90);
    m_members->setColumnWidth(CareSettingColumn, 80);
    m_members->setColumnWidth(DiedOnColumn, 100);
    connect(m_members, &QTableWidget::itemChanged, this, &HouseholdEditor::onMemberCellChanged);

    m_memberHint = new QLabel(tr("Type the ID number: birth date, sex and age fill in by themselves."));
    m_memberHint->setWordWrap(true);
    auto* page = withRowButtons(m_members, [this] { addMember(); });
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(m_memberHint, 1);
    if (m_session.may(Action::RevealIdNumber)) {
        m_revealButton = new QPushButton(tr("Show full ID numbers (recorded)"), page);
        m_revealButton->setObjectName(QStringLiteral("revealIdNumbers"));
        m_revealButton->setToolTip(tr("Stored ID numbers show masked. Showing them in full is written in the audit "
                                      "trail under your name."));
        connect(m_revealButton, &QPushButton::clicked, this, &HouseholdEditor::askToRevealIdNumbers);
        hintRow->addWidget(m_revealButton);
    }
    static_cast<QVBoxLayout*>(page->layout())->insertLayout(1, hintRow);
    m_programFields = new MemberProgramFields(
        m_members, {NameColumn, AgeColumn, FatherColumn, MotherColumn, CareSettingColumn, DiedOnColumn}, kCodeRole,
        page);
    static_cast<QVBoxLayout*>(page->layout())->insertWidget(2, m_programFields);
    return page;
}

QWidget* HouseholdEditor::buildIncomeTab()
{
    m_income = makeTable({tr("Member"), tr("Type of income"), tr("Income per year (yuan)")});
    m_income->setColumnWidth(0, 160);
    m_income->setColumnWidth(1, 260);
    m_income->setItemDelegateForColumn(
        0, new ComboBoxDelegate(
               [this] {
                   QList<ComboBoxDelegate::Choice> out{{kHouseholdLevel, tr("Whole household")}};
                   for (int r = 0; r < m_members->rowCount(); ++r)
                       out.append({m_members->item(r, IdNumberColumn)->data(kMemberKeyRole),
                                   cellText(m_members, r, NameColumn)});
                   return out;
               },
               false, this));
    m_income->setItemDelegateForColumn(
        1, new ComboBoxDelegate([] { return choicesOf(Vocabulary::incomeTypeCodes(), &Vocabulary::incomeTypeLabel); },
                                true, this));
    return withRowButtons(m_income, [this] {
        appendIncomeRow({QString(), std::nullopt, QStringLiteral("wage"), 0}, kHouseholdLevel);
    });
}

QWidget* HouseholdEditor::buildExpenditureTab()
{
    m_expenditure = makeTable({tr("Type of expenditure"), tr("Expenditure per year (yuan)")});
    m_expenditure->setColumnWidth(0, 260);
    m_expenditure->setItemDelegateForColumn(
        0, new ComboBoxDelegate(
               [] { return choicesOf(Vocabulary::expenditureTypeCodes(), &Vocabulary::expenditureTypeLabel); }, false,
               this));
    return withRowButtons(m_expenditure, [this] {
        appendExpenditureRow({QString(), QStringLiteral("medical_self_paid"), 0});
    });
}

QWidget* HouseholdEditor::buildAssetsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_financial = new QLineEdit(page);
    m_financial->setPlaceholderText(tr("savings, deposits, securities, in yuan"));
    m_business = new QCheckBox(tr("A member has a business registration"), page);
    form->addRow(tr("&Financial assets (yuan):"), m_financial);
    form->addRow(QString(), m_business);
    layout->addLayout(form);

    m_vehicles = makeTable({tr("Vehicle"), tr("Value (yuan)")});
    m_vehicles->setColumnWidth(0, 200);
    m_vehicles->setItemDelegateForColumn(
        0, new ComboBoxDelegate([] { return choicesOf(Vocabulary::vehicleKindCodes(), &Vocabulary::vehicleKindLabel); },
                                true, this));
    layout->addWidget(new QLabel(tr("Vehicles:"), page));
    layout->addWidget(withRowButtons(m_vehicles, [this] { appendVehicleRow({QString(), QStringLiteral("car"), 0}); }));

    m_dwellings = makeTable({tr("Dangerous house (grade C/D)"), tr("Note")});
    m_dwellings->setColumnWidth(0, 200);
    layout->addWidget(new QLabel(tr("Residences:"), page));
    layout->addWidget(withRowButtons(m_dwellings, [this] { appendDwellingRow({}); }));
    return page;
}

void HouseholdEditor::load(const Household& h)
{
    m_original = h;
    m_filling = true;
    for (QTableWidget* table : {m_members, m_income, m_expenditure, m_vehicles, m_dwellings})
        table->setRowCount(0);
    const int village = m_village->findData(h.villageCode);
    m_village->setCurrentIndex(village >= 0 ? village : 0);
    m_residence->setCurrentIndex(m_residence->findData(Vocabulary::residenceCode(h.residence)));
    m_address->setText(h.address);
    m_bankAccount->setText(h.bankAccount);
    m_status->setCurrentIndex(m_status->findData(Vocabulary::statusCode(h.status)));
    m_monthlyBenefit->setText(yuanText(h.monthlyBenefitFen));
    m_exitStarted->setText(h.exitStarted);
    m_sustainedMedical->setChecked(h.flags.sustainedMedicalExpenditure);
    m_capableSupporter->setChecked(h.flags.hasCapableSupporter);
    m_financial->setText(yuanText(h.assets.financialFen));
    m_business->setChecked(h.assets.businessRegistration);

    QList<int> keys;
    for (const Member& m : h.members) {
        keys.append(m_nextMemberKey);
        appendMemberRow(m);
    }
    for (const IncomeItem& item : h.income)
        appendIncomeRow(item, item.member ? keys.value(*item.member) : kHouseholdLevel);
    for (const ExpenditureItem& item : h.expenditure)
        appendExpenditureRow(item);
    for (const Vehicle& v : h.assets.vehicles)
        appendVehicleRow(v);
    for (const Dwelling& d : h.assets.dwellings)
        appendDwellingRow(d);
    m_filling = false;
    for (int r = 0; r < m_members->rowCount(); ++r)
        refreshDerivedColumns(r);
    if (m_guard)
        m_guard->markSaved();
    if (m_draft)
        m_draft->markSaved();
    if (m_printButton)
        m_printButton->setEnabled(!h.uuid.isEmpty()); // a new household has no file until saved
    if (m_referButton)
        m_referButton->setEnabled(!h.uuid.isEmpty());
    // The form shows what is stored: undoing past it would bring back rows without their ids.
    if (m_undo)
        m_undo->reset();
}

QStringList HouseholdEditor::formState() const
{
    const QList<const QWidget*> elsewhere = {m_assessment,  m_cases,    m_members,   m_income,
                                             m_expenditure, m_vehicles, m_dwellings, m_programFields};
    // The form's own fields: not the panels', not the member fields that show the table's cells, and
    // not a cell editor that happens to be open.
    const auto ownField = [&elsewhere](const QWidget* w) {
        return std::none_of(elsewhere.cbegin(), elsewhere.cend(),
                            [w](const QWidget* other) { return other->isAncestorOf(w); });
    };
    QStringList state;
    for (const QLineEdit* field : m_tabs->findChildren<QLineEdit*>()) {
        if (ownField(field))
            state.append(field->text());
    }
    for (const QComboBox* box : m_tabs->findChildren<QComboBox*>()) {
        if (ownField(box))
            state.append(box->currentData().toString() + QLatin1Char('|') + box->currentText());
    }
    for (const QCheckBox* box : m_tabs->findChildren<QCheckBox*>()) {
        if (ownField(box))
            state.append(box->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    for (const QTableWidget* table : {m_members, m_income, m_expenditure, m_vehicles, m_dwellings}) {
        state.append(QString::number(table->rowCount()));
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                const QTableWidgetItem* item = table->item(r, c);
                if (!item)
                    continue;
                // A stored ID number counts as itself, masked or revealed.
                const QVariant full = item->data(kHiddenValueRole);
                state.append(full.isValid() ? full.toString() : item->text());
                state.append(QString::number(item->data(Qt::CheckStateRole).toInt()));
            }
        }
    }
    return state;
}

void HouseholdEditor::resumeDraft(const Draft& draft)
{
    if (!m_draft)
        return;
    m_filling = true;
    FormSnapshot::apply(m_tabs, draft.content.value(QStringLiteral("fields")).toArray(),
                        {m_assessment, m_cases, m_programFields});
    m_filling = false;
    for (int r = 0; r < m_members->rowCount(); ++r)
        refreshDerivedColumns(r);
    // Undoing starts from what was put back; 放弃修改？ still compares with what is stored.
    m_undo->reset();
    m_draft->resume(draft);
}

bool HouseholdEditor::hasChanges() const
{
    return m_guard->hasChanges();
}

void HouseholdEditor::reject()
{
    m_guard->cancel();
}

void HouseholdEditor::addMember()
{
    Member m;
    m.relation = m_members->rowCount() == 0 ? QStringLiteral("head") : QStringLiteral("child");
    const bool wasFilling = m_filling;
    m_filling = true;
    appendMemberRow(m);
    m_filling = wasFilling;
    const int row = m_members->rowCount() - 1;
    m_tabs->setCurrentIndex(1);
    m_members->setCurrentCell(row, IdNumberColumn);
    // The ID number cell has the keyboard: the first digit typed goes into it.
    m_members->setFocus(Qt::OtherFocusReason);
}

void HouseholdEditor::appendMemberRow(const Member& m)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto* id = new QTableWidgetItem(m.idNumber.toString());
    if (!m.uuid.isEmpty() && !m_revealed) {
        // Stored people show masked until someone whose role allows it reveals them (audited).
        id->setText(m.idNumber.masked());
        id->setData(kHiddenValueRole, m.idNumber.toString());
        id->setFlags(id->flags() & ~Qt::ItemIsEditable);
    }
    id->setData(kMemberKeyRole, m_nextMemberKey++);
    id->setData(kUuidRole, m.uuid);
    m_members->setItem(row, IdNumberColumn, id);
    m_members->setItem(row, NameColumn, new QTableWidgetItem(m.name));
    m_members->setItem(row, RelationColumn, codeItem(m.relation, Vocabulary::relationLabel(m.relation)));
    auto* birth = new QTableWidgetItem(m.birthDate ? m.birthDate->toString(Qt::ISODate) : QString());
    if (!id->data(kHiddenValueRole).isNull()) {
        birth->setData(kHiddenValueRole, birth->text());
        birth->setText(kMaskedDate);
        birth->setFlags(birth->flags() & ~Qt::ItemIsEditable);
    }
    m_members->setItem(row, BirthDateColumn, birth);
    m_members->setItem(row, SexColumn, readOnlyItem());
    m_members->setItem(row, AgeColumn, readOnlyItem());
    m_members->setItem(
        row, DisabilityTypeColumn,
        codeItem(Vocabulary::disabilityCode(m.disability.type), Vocabulary::disabilityLabel(m.disability.type)));
    m_members->setItem(row, DisabilityGradeColumn,
                       new QTableWidgetItem(m.disability.isNone() ? QString() : QString::number(m.disability.grade)));
    m_members->setItem(row, SeriousIllnessColumn, checkItem(m.seriousIllness));
    m_members->setItem(row, ChronicIllnessColumn, checkItem(m.chronicIllness));
    m_members->setItem(row, StudentColumn, checkItem(m.student));
    m_members->setItem(row, AdlColumn, new QTableWidgetItem(QString::number(m.adlFailed)));
    m_members->setItem(
        row, FatherColumn,
        codeItem(Vocabulary::parentStateCode(m.parents.father), Vocabulary::parentStateLabel(m.parents.father)));
    m_members->setItem(
        row, MotherColumn,
        codeItem(Vocabulary::parentStateCode(m.parents.mother), Vocabulary::parentStateLabel(m.parents.mother)));
    m_members->setItem(
        row, CareSettingColumn,
        codeItem(Vocabulary::careSettingCode(m.careSetting), Vocabulary::careSettingLabel(m.careSetting)));
    m_members->setItem(row, DiedOnColumn, new QTableWidgetItem(m.diedOn ? m.diedOn->toString(Qt::ISODate) : QString()));
    if (!m_filling)
        refreshDerivedColumns(row);
}

void HouseholdEditor::appendIncomeRow(const IncomeItem& item, int memberKey)
{
    const int row = m_income->rowCount();
    m_income->insertRow(row);
    QString memberName = tr("Whole household");
    for (int r = 0; r < m_members->rowCount(); ++r) {
        if (m_members->item(r, IdNumberColumn)->data(kMemberKeyRole).toInt() == memberKey)
            memberName = cellText(m_members, r, NameColumn);
    }
    auto* member = codeItem(memberKey, memberName);
    member->setData(kUuidRole, item.uuid);
    m_income->setItem(row, 0, member);
    m_income->setItem(row, 1, codeItem(item.type, Vocabulary::incomeTypeLabel(item.type)));
    m_income->setItem(row, 2, moneyItem(item.annualFen));
    m_income->setCurrentCell(row, 0);
}

void HouseholdEditor::appendExpenditureRow(const ExpenditureItem& item)
{
    const int row = m_expenditure->rowCount();
    m_expenditure->insertRow(row);
    auto* type = codeItem(item.type, Vocabulary::expenditureTypeLabel(item.type));
    type->setData(kUuidRole, item.uuid);
    m_expenditure->setItem(row, 0, type);
    m_expenditure->setItem(row, 1, moneyItem(item.annualFen));
}

void HouseholdEditor::appendVehicleRow(const Vehicle& v)
{
    const int row = m_vehicles->rowCount();
    m_vehicles->insertRow(row);
    auto* kind = codeItem(v.kind, Vocabulary::vehicleKindLabel(v.kind));
    kind->setData(kUuidRole, v.uuid);
    m_vehicles->setItem(row, 0, kind);
    m_vehicles->setItem(row, 1, moneyItem(v.valueFen));
}

void HouseholdEditor::appendDwellingRow(const Dwelling& d)
{
    const int row = m_dwellings->rowCount();
    m_dwellings->insertRow(row);
    auto* dangerous = checkItem(d.dangerous);
    dangerous->setData(kUuidRole, d.uuid);
    m_dwellings->setItem(row, 0, dangerous);
    m_dwellings->setItem(row, 1, new QTableWidgetItem(d.note));
}

QString HouseholdEditor::hiddenOrShown(const QTableWidgetItem* item)
{
    if (!item)
        return QString();
    const QVariant full = item->data(kHiddenValueRole);
    return full.isNull() ? item->text().trimmed() : full.toString();
}

QString HouseholdEditor::memberIdNumber(int row) const
{
    return hiddenOrShown(m_members->item(row, IdNumberColumn));
}

void HouseholdEditor::askToRevealIdNumbers()
{
    // Once per household opened: the full numbers are on screen until the form closes.
    if (!m_revealed &&
        QMessageBox::question(this, tr("Show full ID numbers"),
                              tr("Show this household's full ID numbers and birth dates? It is "
                                 "recorded in the audit trail under your name, now.")) != QMessageBox::Yes)
        return;
    revealIdNumbers();
}

bool HouseholdEditor::revealIdNumbers()
{
    if (m_revealed)
        return true;
    if (!m_original.uuid.isEmpty()) {
        if (const Status s = m_repository->reveal(m_original.uuid); !s) {
            m_problems->setText(s.error().toString());
            m_problems->show();
            return false;
        }
    }
    m_revealed = true;
    const bool editable = m_session.may(Action::EditHousehold);
    const bool wasFilling = m_filling;
    m_filling = true;
    for (int r = 0; r < m_members->rowCount(); ++r) {
        for (const int column : {int(IdNumberColumn), int(BirthDateColumn)}) {
            QTableWidgetItem* item = m_members->item(r, column);
            const QVariant full = item->data(kHiddenValueRole);
            if (full.isNull())
                continue;
            item->setText(full.toString());
            item->setData(kHiddenValueRole, QVariant());
            if (editable)
                item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_filling = wasFilling;
    if (m_undo)
        m_undo->takeFormChange();
    if (m_revealButton)
        m_revealButton->setEnabled(false);
    return true;
}

void HouseholdEditor::onMemberCellChanged(QTableWidgetItem* item)
{
    if (m_filling)
        return;
    if (item->column() == IdNumberColumn || item->column() == BirthDateColumn)
        refreshDerivedColumns(item->row());
    if (item->column() == NameColumn) {
        // Keep the member names shown in the income list current.
        const int key = m_members->item(item->row(), IdNumberColumn)->data(kMemberKeyRole).toInt();
        m_filling = true; // part of the member's edit, not one of its own
        for (int r = 0; r < m_income->rowCount(); ++r) {
            if (cellCode(m_income, r, 0).toInt() == key)
                m_income->item(r, 0)->setText(item->text());
        }
        m_filling = false;
    }
}

void HouseholdEditor::refreshDerivedColumns(int row)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    QTableWidgetItem* idItem = m_members->item(row, IdNumberColumn);
    const QString text = memberIdNumber(row);
    const auto id = IdNumber::parse(text);
    idItem->setBackground(QBrush());
    idItem->setToolTip(QString());
    if (text.isEmpty() || !id) {
        m_members->item(row, SexColumn)->setText(QString());
        m_members->item(row, AgeColumn)->setText(QString());
        if (!text.isEmpty()) {
            markCell(m_members, row, IdNumberColumn, id.error().problems().first().message);
            m_memberHint->setText(tr("Row %1, ID number: %2").arg(row + 1).arg(id.error().problems().first().message));
            m_memberHint->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        }
        m_filling = wasFilling;
        return;
    }
    // Normalised in place: an upgraded 15-digit number, an upper-case X.
    if (id->toString() != text && idItem->data(kHiddenValueRole).isNull())
        idItem->setText(id->toString());
    QTableWidgetItem* birthItem = m_members->item(row, BirthDateColumn);
    QDate birth = QDate::fromString(hiddenOrShown(birthItem), Qt::ISODate);
    if (!birth.isValid()) {
        birth = id->birthDate();
        if (birthItem->data(kHiddenValueRole).isNull())
            birthItem->setText(birth.toString(Qt::ISODate));
        else
            birthItem->setData(kHiddenValueRole, birth.toString(Qt::ISODate));
    }
    m_members->item(row, SexColumn)->setText(Vocabulary::sexLabel(id->sex()));
    m_members->item(row, AgeColumn)->setText(QString::number(ageOn(birth, Clock::currentDate())));
    // Where the number was issued (220681 临江市); an unknown region is worth a question, never an
    // error: people keep the code of where they were first registered.
    const QString regionCode = id->toString().left(6);
    const QString region = Divisions::builtIn().regionName(regionCode);
    if (region.isEmpty()) {
        m_memberHint->setText(tr("Row %1: the region %2 of this ID number is not in the 2023 list of divisions "
                                 "(an old code?); check the number with the person.")
                                  .arg(row + 1)
                                  .arg(regionCode));
        m_memberHint->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    } else {
        m_memberHint->setText(tr("Row %1: an ID number of %2 %3; birth date, sex and age are filled in.")
                                  .arg(row + 1)
                                  .arg(regionCode, region));
        m_memberHint->setStyleSheet(QString());
    }
    idItem->setToolTip(region.isEmpty() ? regionCode : regionCode + QLatin1Char(' ') + region);
    m_filling = wasFilling;
}

Household HouseholdEditor::collect(QList<Problem>& problems) const
{
    Household h = m_original;
    h.villageCode = m_village->currentData().toString();
    h.residence = Vocabulary::residenceFromCode(m_residence->currentData().toString()).value_or(Residence::Rural);
    h.address = m_address->text().trimmed();
    h.bankAccount = m_bankAccount->text().remove(QLatin1Char(' '));
    h.status = Vocabulary::statusFromCode(m_status->currentData().toString()).value_or(HouseholdStatus::None);
    h.monthlyBenefitFen = readYuan(m_monthlyBenefit->text(), QStringLiteral("current.monthly_benefit_fen"), problems);
    h.exitStarted = m_exitStarted->text().trimmed();
    h.flags.sustainedMedicalExpenditure = m_sustainedMedical->isChecked();
    h.flags.hasCapableSupporter = m_capableSupporter->isChecked();
    h.assets.financialFen = readYuan(m_financial->text(), QStringLiteral("assets.financial_fen"), problems);
    h.assets.businessRegistration = m_business->isChecked();

    h.members.clear();
    QHash<int, int> indexOfKey;
    for (int r = 0; r < m_members->rowCount(); ++r) {
        const QString path = QStringLiteral("members[%1].").arg(r);
        Member m;
        m.uuid = m_members->item(r, IdNumberColumn)->data(kUuidRole).toString();
        const QString idText = memberIdNumber(r);
        if (!idText.isEmpty()) {
            const auto id = IdNumber::parse(idText);
            if (id)
                m.idNumber = *id;
            else
                problems.append({path + QStringLiteral("id_number"), id.error().problems().first().message});
        }
        m.name = cellText(m_members, r, NameColumn);
        m.relation = cellCode(m_members, r, RelationColumn).toString();
        const QString birthText = hiddenOrShown(m_members->item(r, BirthDateColumn));
        if (!birthText.isEmpty()) {
            const QDate birth = QDate::fromString(birthText, Qt::ISODate);
            if (!birth.isValid())
                problems.append({path + QStringLiteral("birth_date"), tr("write the date as YYYY-MM-DD")});
            else if (m.idNumber.isNull() || birth != m.idNumber.birthDate())
                m.birthDate = birth; // only a date that differs from the ID number is kept
        }
        const auto disability = Vocabulary::disabilityFromCode(cellCode(m_members, r, DisabilityTypeColumn).toString());
        m.disability.type = disability.value_or(DisabilityType::None);
        if (!m.disability.isNone()) {
            bool ok = false;
            m.disability.grade = cellText(m_members, r, DisabilityGradeColumn).toInt(&ok);
            if (!ok)
                problems.append({path + QStringLiteral("disability.grade"), tr("enter the grade, 1 to 4")});
        }
        m.seriousIllness = cellChecked(m_members, r, SeriousIllnessColumn);
        m.chronicIllness = cellChecked(m_members, r, ChronicIllnessColumn);
        m.student = cellChecked(m_members, r, StudentColumn);
        bool adlOk = false;
        const QString adlText = cellText(m_members, r, AdlColumn);
        m.adlFailed = adlText.isEmpty() ? 0 : adlText.toInt(&adlOk);
        if (!adlText.isEmpty() && !adlOk)
            problems.append({path + QStringLiteral("adl_failed"), tr("enter a number from 0 to 6")});
        m.parents.father = Vocabulary::parentStateFromCode(cellCode(m_members, r, FatherColumn).toString())
                               .value_or(ParentState::Present);
        m.parents.mother = Vocabulary::parentStateFromCode(cellCode(m_members, r, MotherColumn).toString())
                               .value_or(ParentState::Present);
        m.careSetting = Vocabulary::careSettingFromCode(cellCode(m_members, r, CareSettingColumn).toString())
                            .value_or(CareSetting::Family);
        if (const QString diedText = cellText(m_members, r, DiedOnColumn); !diedText.isEmpty()) {
            const QDate died = QDate::fromString(diedText, Qt::ISODate);
            if (!died.isValid())
                problems.append({path + QStringLiteral("died_on"), tr("write the date as YYYY-MM-DD")});
            else if (died > Clock::currentDate())
                problems.append({path + QStringLiteral("died_on"), tr("must not be in the future")});
            else if (m.effectiveBirthDate().isValid() && died < m.effectiveBirthDate())
                problems.append({path + QStringLiteral("died_on"), tr("must not be before the birth date")});
            else
                m.diedOn = died;
        }
        indexOfKey.insert(m_members->item(r, IdNumberColumn)->data(kMemberKeyRole).toInt(), r);
        h.members.append(m);
    }

    h.income.clear();
    for (int r = 0; r < m_income->rowCount(); ++r) {
        IncomeItem item;
        item.uuid = m_income->item(r, 0)->data(kUuidRole).toString();
        const int key = cellCode(m_income, r, 0).toInt();
        if (key != kHouseholdLevel) {
            if (indexOfKey.contains(key))
                item.member = indexOfKey.value(key);
            else
                problems.append({QStringLiteral("income[%1].member").arg(r), tr("that member was removed")});
        }
        item.type = cellCode(m_income, r, 1).toString();
        item.annualFen = readYuan(cellText(m_income, r, 2), QStringLiteral("income[%1].annual_fen").arg(r), problems);
        h.income.append(item);
    }
    h.expenditure.clear();
    for (int r = 0; r < m_expenditure->rowCount(); ++r) {
        h.expenditure.append(
            {m_expenditure->item(r, 0)->data(kUuidRole).toString(), cellCode(m_expenditure, r, 0).toString(),
             readYuan(cellText(m_expenditure, r, 1), QStringLiteral("expenditure[%1].annual_fen").arg(r), problems)});
    }
    h.assets.vehicles.clear();
    for (int r = 0; r < m_vehicles->rowCount(); ++r) {
        h.assets.vehicles.append(
            {m_vehicles->item(r, 0)->data(kUuidRole).toString(), cellCode(m_vehicles, r, 0).toString(),
             readYuan(cellText(m_vehicles, r, 1), QStringLiteral("assets.vehicles[%1].value_fen").arg(r), problems)});
    }
    h.assets.dwellings.clear();
    for (int r = 0; r < m_dwellings->rowCount(); ++r) {
        h.assets.dwellings.append({m_dwellings->item(r, 0)->data(kUuidRole).toString(), cellChecked(m_dwellings, r, 0),
                                   cellText(m_dwellings, r, 1)});
    }
    return h;
}

Result<Household> HouseholdEditor::readForm() const
{
    QList<Problem> problems;
    Household h = collect(problems);
    // The shared rules, without repeating a cell that could not even be read.
    for (const Problem& p : HouseholdValidator::problems(h)) {
        const bool known =
            std::any_of(problems.cbegin(), problems.cend(), [&p](const Problem& q) { return q.field == p.field; });
        if (!known)
            problems.append(p);
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    return h;
}

Result<QString> HouseholdEditor::saveAndStay()
{
    clearProblems();
    auto h = readForm();
    if (!h) {
        showProblems(h.error().problems());
        return h.error();
    }
    if (const Status s = m_repository->save(*h); !s) {
        showProblems(s.error().problems());
        return s.error();
    }
    // Intake warns of a person helped in another township (the city's ID hashes, offline); the clerk
    // checks with the city before deciding. Never a refusal: people move.
    if (const auto warnings = IdNumberHashes::warningsFor(m_database, *h); warnings && !warnings->isEmpty())
        QMessageBox::warning(this, tr("Helped in another township"),
                             tr("Saved. Check with the city before accepting an application:\n\n%1")
                                 .arg(warnings->join(QLatin1Char('\n'))));
    // The form now shows the stored household, with the uuids of its rows.
    load(*h);
    emit saved(h->uuid);
    if (std::any_of(h->members.cbegin(), h->members.cend(), [](const Member& m) { return m.diedOn.has_value(); }))
        offerFuneralWaiver(h->uuid);
    return h->uuid;
}

void HouseholdEditor::offerFuneralWaiver(const QString& householdId)
{
    // A death just recorded of someone the township supported: the basic funeral services waiver is
    // offered at once. Not modal over the form, which may close on this very save.
    if (!FuneralWaiverDialog::hasWaiverToIssue(m_database, m_session, householdId))
        return;
    auto* dialog = new FuneralWaiverDialog(m_database, m_session, householdId, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool HouseholdEditor::save()
{
    if (!saveAndStay())
        return false;
    accept();
    return true;
}

void HouseholdEditor::clearProblems()
{
    m_problemLines.clear();
    m_problems->hide();
    for (QTableWidget* table : {m_members, m_income, m_expenditure, m_vehicles, m_dwellings}) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (QTableWidgetItem* item = table->item(r, c)) {
                    item->setBackground(QBrush());
                    item->setToolTip(QString());
                }
            }
        }
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_village, m_address, m_bankAccount, m_monthlyBenefit,
                                                      m_exitStarted, m_financial}) {
        w->setStyleSheet(QString());
        w->setToolTip(QString());
    }
}

void HouseholdEditor::markCell(QTableWidget* table, int row, int column, const QString& message)
{
    if (QTableWidgetItem* item = table->item(row, column)) {
        item->setBackground(kInvalidBackground);
        item->setToolTip(message);
    }
}

void HouseholdEditor::markWidget(QWidget* widget, const QString& message)
{
    widget->setStyleSheet(QStringLiteral("border: 2px solid #d32f2f; background: #fff4f4;"));
    widget->setToolTip(message);
}

void HouseholdEditor::showProblems(const QList<Problem>& problems)
{
    static const QRegularExpression item(
        QStringLiteral("^(members|income|expenditure|assets\\.vehicles|assets\\.residences)\\[(\\d+)\\](?:\\.(.+))?$"));
    static const QHash<QString, int> memberColumns = {
        {QStringLiteral("id_number"), IdNumberColumn},
        {QStringLiteral("name"), NameColumn},
        {QStringLiteral("relation"), RelationColumn},
        {QStringLiteral("birth_date"), BirthDateColumn},
        {QStringLiteral("disability.type"), DisabilityTypeColumn},
        {QStringLiteral("disability.grade"), DisabilityGradeColumn},
        {QStringLiteral("adl_failed"), AdlColumn},
        {QStringLiteral("parents.father"), FatherColumn},
        {QStringLiteral("parents.mother"), MotherColumn},
        {QStringLiteral("care_setting"), CareSettingColumn},
        {QStringLiteral("died_on"), DiedOnColumn},
    };
    int firstTab = -1;
    std::function<void()> focusFirst; // puts the cursor on the first wrong field
    for (const Problem& p : problems) {
        m_problemLines.append(p.field.isEmpty() ? p.message : FieldLabels::describe(p.field) + tr(": ") + p.message);
        int tab = -1;
        const auto match = item.match(p.field);
        if (match.hasMatch()) {
            const QString list = match.captured(1);
            const int row = match.captured(2).toInt();
            const QString field = match.captured(3);
            QTableWidget* table = nullptr;
            int column = 0;
            if (list == QLatin1String("members")) {
                table = m_members;
                column = memberColumns.value(field, NameColumn);
                tab = 1;
            } else if (list == QLatin1String("income")) {
                table = m_income;
                column = field == QLatin1String("member") ? 0 : field == QLatin1String("type") ? 1 : 2;
                tab = 2;
            } else if (list == QLatin1String("expenditure")) {
                table = m_expenditure;
                column = field == QLatin1String("type") ? 0 : 1;
                tab = 3;
            } else {
                table = list.endsWith(QLatin1String("vehicles")) ? m_vehicles : m_dwellings;
                column = field == QLatin1String("value_fen") ? 1 : 0;
                tab = 4;
            }
            markCell(table, row, column, p.message);
            if (!focusFirst)
                focusFirst = [table, row, column] {
                    table->setCurrentCell(row, column);
                    table->setFocus();
                };
        } else {
            // The form's single fields, and the tab each is on.
            const QHash<QString, QPair<QWidget*, int>> fields = {
                {QStringLiteral("village"), {m_village, 0}},
                {QStringLiteral("address"), {m_address, 0}},
                {QStringLiteral("bank_account"), {m_bankAccount, 0}},
                {QStringLiteral("current.monthly_benefit_fen"), {m_monthlyBenefit, 0}},
                {QStringLiteral("current.exit_started"), {m_exitStarted, 0}},
                {QStringLiteral("assets.financial_fen"), {m_financial, 4}},
                {QStringLiteral("members"), {m_members, 1}},
            };
            const auto field = fields.value(p.field, {nullptr, -1});
            QWidget* widget = field.first;
            tab = field.second;
            if (widget) {
                markWidget(widget, p.message);
                if (!focusFirst)
                    focusFirst = [widget] {
                        widget->setFocus();
                    };
            }
        }
        if (firstTab < 0)
            firstTab = tab;
    }
    m_problems->setText(tr("Not saved. Please correct:") + QLatin1Char('\n') + QStringLiteral("• ") +
                        m_problemLines.join(QStringLiteral("\n• ")));
    m_problems->show();
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
    if (focusFirst)
        focusFirst();
}

} // namespace Doudi
