#include "ImportSheetDialog.h"

#include "FileChooser.h"
#include "ReadOnlyTable.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "sheet/RosterImporter.h"
#include "store/Database.h"
#include "store/PrivateFile.h"
#include "store/SiteRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {

// The wait cursor for the length of a read or an import (a 5,000-household roster: a second or two).
class WaitCursor final
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

QString problemRow(int row)
{
    return row > 0 ? QString::number(row) : QString();
}

} // namespace

ImportSheetDialog::ImportSheetDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Import households from Excel"));
    resize(960, 640);

    m_file = new QLabel(tr("No file chosen"), this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportSheetDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_sheet = new QComboBox(this);
    connect(m_sheet, &QComboBox::activated, this, [this] { readSheet(); });
    m_defaultCategory = new QComboBox(this);
    m_defaultCategory->addItem(tr("none (the roster says)"), QString());
    m_defaultCategory->addItem(QStringLiteral("低保"), QStringLiteral("低保"));
    m_defaultCategory->addItem(QStringLiteral("特困"), QStringLiteral("特困"));
    m_defaultCategory->addItem(QStringLiteral("低保渐退"), QStringLiteral("低保渐退"));
    m_defaultCategory->setToolTip(
        tr("For a roster without a category column: a 低保花名册 lists dibao households only."));
    connect(m_defaultCategory, &QComboBox::activated, this, [this] {
        m_mapping.defaultCategory = m_defaultCategory->currentData().toString();
        replan();
    });
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("Category when the roster has none:"), m_defaultCategory);

    m_columns = ReadOnlyTable::create({tr("Column"), tr("Header in the roster"), tr("Imported as"), tr("First value")},
                                      {60, 220, 200}, this);
    m_households = ReadOnlyTable::create({tr("Rows"), tr("Village"), tr("Head of household"), tr("ID number"),
                                          tr("Members"), tr("Category"), tr("Monthly benefit"), tr("Check")},
                                         {80, 110, 100, 160, 50, 90, 100}, this);
    m_problems = ReadOnlyTable::create({tr("Row"), tr("Column"), tr("Problem")}, {60, 60}, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_households, tr("&Households"));
    m_tabs->addTab(m_problems, tr("&Problems"));
    m_tabs->addTab(m_columns, tr("C&olumns"));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importValid = buttons->addButton(tr("Import the &valid households"), QDialogButtonBox::ActionRole);
    m_importValid->setToolTip(tr("Leaves out every household with a problem; the rows left out are listed."));
    m_saveMapping = buttons->addButton(tr("Save &mapping…"), QDialogButtonBox::ActionRole);
    m_saveMapping->setToolTip(tr("Keeps what the columns are, to read next month's roster the same way."));
    auto* loadMappingButton = buttons->addButton(tr("&Load mapping…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, [this] { importRoster(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { importRoster(true); });
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportSheetDialog::saveMapping);
    connect(loadMappingButton, &QPushButton::clicked, this, &ImportSheetDialog::loadMapping);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    showPlan();
}

void ImportSheetDialog::chooseFile()
{
    const QString path = FileChooser::open(this, FileChooser::Kind::Incoming, tr("The office's roster"),
                                           tr("Rosters (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportSheetDialog::openFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto names = RosterImporter::sheetNames(bytes, path);
    if (!names) {
        QMessageBox::warning(this, windowTitle(), names.error().toString());
        return false;
    }
    m_path = path;
    m_bytes = bytes;
    m_file->setText(QFileInfo(path).fileName());
    m_sheet->clear();
    for (const QString& name : *names)
        m_sheet->addItem(name.isEmpty() ? tr("(the whole file)") : name, name);
    m_sheet->setEnabled(names->size() > 1);
    if (const int chosen = m_sheet->findData(m_mapping.sheet); chosen >= 0)
        m_sheet->setCurrentIndex(chosen);
    readSheet();
    return true;
}

void ImportSheetDialog::setMapping(const RosterMapping& mapping)
{
    m_mapping = mapping;
    m_defaultCategory->setCurrentIndex(std::max(0, m_defaultCategory->findData(mapping.defaultCategory)));
    if (const int chosen = m_sheet->findData(mapping.sheet); chosen >= 0 && chosen != m_sheet->currentIndex()) {
        m_sheet->setCurrentIndex(chosen);
        readSheet();
        return;
    }
    replan();
}

void ImportSheetDialog::readSheet()
{
    if (m_bytes.isEmpty())
        return;
    const WaitCursor wait;
    auto table = RosterImporter::readSheet(m_bytes, m_path, m_sheet->currentData().toString());
    if (!table) {
        m_table = SheetTable();
        m_plan.reset();
        showPlan();
        m_summary->setText(table.error().toString());
        return;
    }
    m_table = std::move(table).value();
    m_mapping.sheet = m_sheet->currentData().toString();
    replan();
}

void ImportSheetDialog::replan()
{
    if (m_bytes.isEmpty())
        return;
    const WaitCursor wait;
    auto plan = RosterImporter(m_database, m_session).plan(m_table, m_mapping);
    if (!plan) {
        m_plan.reset();
        showPlan();
        // The sheet is no roster as it stands: say so, and let the clerk say what the columns are.
        m_summary->setText(tr("<b>%1</b><br>Choose what each column is on the Columns page.")
                               .arg(plan.error().toString().toHtmlEscaped()));
        m_tabs->setCurrentWidget(m_columns);
        return;
    }
    m_plan = std::move(plan).value();
    showPlan();
}

void ImportSheetDialog::showPlan()
{
    showColumns();
    m_households->setRowCount(0);
    m_problems->setRowCount(0);
    const bool hasPlan = m_plan.has_value();
    m_import->setEnabled(hasPlan && m_plan->problems.isEmpty() && !m_plan->households.isEmpty());
    m_importValid->setEnabled(hasPlan && !m_plan->problems.isEmpty() && m_plan->validCount() > 0);
    m_saveMapping->setEnabled(!m_bytes.isEmpty());
    if (!hasPlan) {
        m_summary->setText(m_bytes.isEmpty() ? tr("Choose the roster the office kept in Excel or WPS (.xlsx or .csv).")
                                             : QString());
        m_tabs->setTabText(1, tr("&Problems"));
        return;
    }

    QHash<QString, QString> villageNames;
    if (auto villages = SiteRepository(m_database, m_session).villages()) {
        for (const Village& v : *villages)
            villageNames.insert(v.code, v.name);
    }
    QHash<HouseholdStatus, int> byStatus;
    qint64 monthlyFen = 0;
    m_households->setUpdatesEnabled(false);
    for (const ImportedHousehold& imported : m_plan->households) {
        const Household& h = imported.household;
        const Member* head = h.head();
        const QString rows = imported.rows.size() == 1
                                 ? QString::number(imported.rows.first())
                                 : QStringLiteral("%1–%2")
                                       .arg(*std::min_element(imported.rows.begin(), imported.rows.end()))
                                       .arg(*std::max_element(imported.rows.begin(), imported.rows.end()));
        ReadOnlyTable::appendRow(m_households,
                                 {rows, villageNames.value(h.villageCode), head ? head->name : QString(),
                                  head ? head->idNumber.masked() : QString(), QString::number(h.members.size()),
                                  Vocabulary::statusLabel(h.status), Money::fromFen(h.monthlyBenefitFen).formatPlain(),
                                  imported.valid ? tr("ready") : tr("has a problem")},
                                 !imported.valid);
        if (imported.valid) {
            byStatus[h.status] += 1;
            monthlyFen += h.monthlyBenefitFen;
        }
    }
    m_households->setUpdatesEnabled(true);
    for (const RosterProblem& p : m_plan->problems)
        ReadOnlyTable::appendRow(m_problems, {problemRow(p.row), p.column, p.message}, true);
    for (const RosterProblem& p : m_plan->notes)
        ReadOnlyTable::appendRow(m_problems, {problemRow(p.row), p.column, tr("Note: %1").arg(p.message)});
    m_tabs->setTabText(1, m_plan->problems.isEmpty() ? tr("&Problems")
                                                     : tr("&Problems (%1)").arg(m_plan->problems.size()));

    QStringList categories;
    for (HouseholdStatus s :
         {HouseholdStatus::Dibao, HouseholdStatus::Tekun, HouseholdStatus::GradualExit, HouseholdStatus::None}) {
        if (byStatus.value(s) > 0)
            categories.append(tr("%1 %2").arg(Vocabulary::statusLabel(s)).arg(byStatus.value(s)));
    }
    const QString counts = tr("%1 households, %2 members in rows below row %3. Ready: %4; monthly benefits %5.")
                               .arg(m_plan->households.size())
                               .arg(m_plan->memberCount())
                               .arg(m_plan->headerRow)
                               .arg(categories.isEmpty() ? tr("none") : categories.join(QStringLiteral("、")),
                                    Money::fromFen(monthlyFen).format());
    if (m_plan->problems.isEmpty()) {
        m_summary->setText(counts + QLatin1Char(' ') + tr("No problems: import brings in every household."));
    } else {
        m_summary->setText(counts + QStringLiteral(" <b>") +
                           tr("%1 problem(s) in %2 row(s): correct the roster and choose it again, or import the "
                              "valid households only.")
                               .arg(m_plan->problems.size())
                               .arg(m_plan->skippedRows.size()) +
                           QStringLiteral("</b>"));
        m_tabs->setCurrentWidget(m_problems);
    }
}

void ImportSheetDialog::showColumns()
{
    m_columns->setRowCount(0);
    if (m_table.rows.isEmpty())
        return;
    const QList<RosterField> fields = RosterColumns::fields();
    // The header row as planned, or the first non-empty row when no header was recognised.
    QList<SheetColumn> columns;
    int sampleRow = 0;
    if (m_plan) {
        columns = m_plan->columns;
        sampleRow = m_plan->headerRow;
    } else {
        // The likeliest header: the row among the first 20 naming most fields, else the first with
        // two different texts (a merged title has one text everywhere).
        int first = -1;
        int bestCount = 0;
        for (int r = 0; r < std::min<qsizetype>(20, m_table.rows.size()); ++r) {
            QSet<QString> texts;
            int recognised = 0;
            for (const SheetCell& c : m_table.rows[r]) {
                if (c.isBlank())
                    continue;
                texts.insert(c.text);
                recognised += m_mapping.fieldFor(c.text).has_value() ? 1 : 0;
            }
            if (recognised > bestCount || (first < 0 && texts.size() >= 2)) {
                first = r;
                bestCount = std::max(bestCount, recognised);
            }
        }
        first = std::max(first, 0);
        for (qsizetype c = 0; c < m_table.columnCount(); ++c) {
            const QString header = m_table.cell(first, c).text.simplified();
            columns.append({int(c), header, m_mapping.fieldFor(header).value_or(RosterField::Ignore)});
        }
        sampleRow = first + 1;
    }
    for (const SheetColumn& column : columns) {
        QString sample = m_table.cell(sampleRow, column.index).text.simplified().left(40);
        if (column.field == RosterField::IdNumber || column.field == RosterField::HeadIdNumber)
            sample = IdNumber::mask(sample);
        const int row = ReadOnlyTable::appendRow(
            m_columns, {SheetTable::columnName(column.index), column.header, QString(), sample});
        auto* combo = new QComboBox(m_columns);
        for (RosterField f : fields)
            combo->addItem(RosterColumns::label(f), int(f));
        combo->setCurrentIndex(std::max(0, combo->findData(int(column.field))));
        combo->setEnabled(!column.header.isEmpty());
        connect(combo, &QComboBox::activated, this, [this, row](int index) { columnFieldChanged(row, index); });
        m_columns->setCellWidget(row, 2, combo);
    }
}

void ImportSheetDialog::columnFieldChanged(int row, int comboIndex)
{
    const QString header = m_columns->item(row, 1)->text();
    auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 2));
    if (!combo || header.isEmpty())
        return;
    m_mapping.columns.insert(RosterColumns::normaliseHeader(header), RosterField(combo->itemData(comboIndex).toInt()));
    replan();
}

void ImportSheetDialog::importRoster(bool skipInvalid)
{
    if (!m_plan)
        return;
    const int households = int(skipInvalid ? m_plan->validCount() : m_plan->households.size());
    const QString question =
        skipInvalid ? tr("Import %1 households and leave out %2 rows with problems?")
                          .arg(households)
                          .arg(m_plan->skippedRows.size())
                    : tr("Import %1 households with %2 members?").arg(households).arg(m_plan->memberCount());
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return;
    Result<qsizetype> done = Error::failed(QString());
    {
        const WaitCursor wait;
        done = RosterImporter(m_database, m_session).commit(*m_plan, m_path, m_bytes, skipInvalid);
    }
    if (!done) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(done.error().toString()));
        return;
    }
    emit imported(int(*done));
    QMessageBox::information(this, windowTitle(), tr("%1 households are imported.").arg(*done));
    accept();
}

void ImportSheetDialog::saveMapping()
{
    const QString path =
        FileChooser::save(this, FileChooser::Kind::Incoming, tr("Save the mapping"),
                          QFileInfo(m_path).completeBaseName() + tr("-mapping.json"), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = PrivateFile::write(path, m_mapping.toJson()); !s)
        QMessageBox::warning(this, windowTitle(), s.error().toString());
}

void ImportSheetDialog::loadMapping()
{
    const QString path =
        FileChooser::open(this, FileChooser::Kind::Incoming, tr("Load a mapping"), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto mapping = RosterMapping::fromJson(file.readAll());
    if (!mapping) {
        QMessageBox::warning(this, windowTitle(), mapping.error().toString());
        return;
    }
    setMapping(*mapping);
}

} // namespace Doudi
