#include "VillagesDialog.h"

#include "FileChooser.h"
#include "ReadOnlyTable.h"
#include "sheet/VillageCsv.h"
#include "store/SiteRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {

enum Column
{
    Code,
    Name,
    Kind,
    Households,
    State
};

} // namespace

VillagesDialog::VillagesDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Villages and communities"));
    m_table = ReadOnlyTable::create({tr("Code"), tr("Name"), tr("Urban or rural"), tr("Households"), tr("State")},
                                    {120, 160, 90, 80}, this);
    auto* add = new QPushButton(tr("&Add…"), this);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_retire = new QPushButton(tr("Re&tire…"), this);
    m_merge = new QPushButton(tr("&Merge into…"), this);
    auto* import = new QPushButton(tr("&Import CSV…"), this);
    connect(add, &QPushButton::clicked, this, &VillagesDialog::addVillage);
    connect(m_rename, &QPushButton::clicked, this, &VillagesDialog::renameVillage);
    connect(m_retire, &QPushButton::clicked, this, &VillagesDialog::retireVillage);
    connect(m_merge, &QPushButton::clicked, this, &VillagesDialog::mergeVillage);
    connect(import, &QPushButton::clicked, this, &VillagesDialog::importVillages);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VillagesDialog::updateButtons);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {add, m_rename, m_retire, m_merge, import})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool mayChange = m_session.may(Action::ChangeSettings);
    for (QPushButton* b : {add, import})
        b->setEnabled(mayChange);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    reload();
}

QString VillagesDialog::currentCode() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, Code) ? m_table->item(row, Code)->text() : QString();
}

void VillagesDialog::reload()
{
    const QString current = currentCode();
    m_table->setRowCount(0);
    const auto list = SiteRepository(m_database, m_session).villageCounts();
    if (!list) {
        QMessageBox::warning(this, windowTitle(), list.error().toString());
        return;
    }
    for (const VillageCount& c : *list) {
        QString state;
        if (!c.village.mergedInto.isEmpty())
            state = tr("merged into %1").arg(c.village.mergedInto);
        else if (c.village.isRetired())
            state = tr("retired");
        const int row = ReadOnlyTable::appendRow(m_table, {c.village.code, c.village.name,
                                                           c.village.urban ? tr("urban") : tr("rural"),
                                                           QString::number(c.households), state});
        if (c.village.code == current)
            m_table->selectRow(row);
    }
    updateButtons();
}

void VillagesDialog::updateButtons()
{
    const bool mayChange = m_session.may(Action::ChangeSettings);
    const int row = m_table->currentRow();
    const bool active = row >= 0 && m_table->item(row, State) && m_table->item(row, State)->text().isEmpty();
    m_rename->setEnabled(mayChange && active);
    m_retire->setEnabled(mayChange && active);
    m_merge->setEnabled(mayChange && active);
}

bool VillagesDialog::report(const Status& status)
{
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.error().toString());
        return false;
    }
    reload();
    emit changed();
    return true;
}

void VillagesDialog::addVillage()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a village or community"));
    auto* code = new QLineEdit(&form);
    code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), code));
    code->setPlaceholderText(tr("12 digits, e.g. 220681101210"));
    auto* name = new QLineEdit(&form);
    auto* urban = new QCheckBox(tr("A residents' committee (社区): its households live in town"), &form);
    connect(name, &QLineEdit::textChanged, urban, [urban](const QString& text) {
        urban->setChecked(text.contains(QStringLiteral("社区")) || text.contains(QStringLiteral("居委会")));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&Code:"), code);
    layout->addRow(tr("&Name:"), name);
    layout->addRow(QString(), urban);
    layout->addRow(buttons);
    while (form.exec() == QDialog::Accepted) {
        if (report(SiteRepository(m_database, m_session).addVillage(code->text(), name->text(), urban->isChecked())))
            return;
    }
}

void VillagesDialog::renameVillage()
{
    const QString code = currentCode();
    if (code.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename a village"), tr("New name of %1:").arg(code), QLineEdit::Normal,
                              m_table->item(m_table->currentRow(), Name)->text(), &ok);
    if (ok)
        report(SiteRepository(m_database, m_session).renameVillage(code, name));
}

void VillagesDialog::retireVillage()
{
    const QString code = currentCode();
    if (code.isEmpty())
        return;
    const QString name = m_table->item(m_table->currentRow(), Name)->text();
    if (QMessageBox::question(
            this, tr("Retire a village"),
            tr("Retire %1 %2? Its old records keep it; no new household can be entered there.").arg(code, name)) ==
        QMessageBox::Yes)
        report(SiteRepository(m_database, m_session).retireVillage(code));
}

void VillagesDialog::mergeVillage()
{
    const QString from = currentCode();
    if (from.isEmpty())
        return;
    const auto villages = SiteRepository(m_database, m_session).activeVillages();
    if (!villages)
        return;
    QStringList choices;
    for (const Village& v : *villages) {
        if (v.code != from)
            choices.append(QStringLiteral("%1 %2").arg(v.code, v.name));
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge villages"), tr("The households of %1 move to (their history keeps the old village):").arg(from),
        choices, 0, false, &ok);
    if (ok && !into.isEmpty())
        report(SiteRepository(m_database, m_session).mergeVillage(from, into.section(QLatin1Char(' '), 0, 0)));
}

void VillagesDialog::importVillages()
{
    const QString path = FileChooser::open(this, FileChooser::Kind::Incoming, tr("Import villages"),
                                           tr("CSV files: code,name[,urban] (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), file.errorString());
        return;
    }
    const auto list = VillageCsv::read(file.readAll());
    if (!list) {
        report(list.error());
        return;
    }
    report(SiteRepository(m_database, m_session).addVillages(*list));
}

} // namespace Doudi
