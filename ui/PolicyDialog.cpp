#include "PolicyDialog.h"

#include "Clock.h"
#include "FileChooser.h"
#include "ReadOnlyTable.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "rules/PolicyJson.h"
#include "store/PolicyRepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Doudi {

namespace {

// A policy's parameters as (path, shown value), in document order.
void flatten(const QJsonValue& v, const QString& path, QList<QPair<QString, QString>>* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        return;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const bool objects = !a.isEmpty() && a.first().isObject();
        if (objects) {
            for (qsizetype i = 0; i < a.size(); ++i)
                flatten(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
            return;
        }
        out->append({path, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))});
        return;
    }
    QString shown = v.isString() ? v.toString()
                    : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : QString::number(v.toInteger());
    // Amounts read as money; the number in fen stays beside it for the bureau's clerks.
    if (path.endsWith(QLatin1String("_fen")) || path.contains(QLatin1String("_fen.")))
        shown = Money::fromFen(v.toInteger()).format();
    out->append({path, shown});
}

QString parameterLabel(const QString& path)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("dibao_standard_fen.rural"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Rural dibao standard a month")},
        {QStringLiteral("dibao_standard_fen.urban"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Urban dibao standard a month")},
        {QStringLiteral("min_gap_per_person_fen"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Minimum benefit a person")},
        {QStringLiteral("low_income_multiplier_pct"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Low-income line (% of the standard)")},
        {QStringLiteral("prev_year_disposable_income_fen.rural"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Rural disposable income last year")},
        {QStringLiteral("prev_year_disposable_income_fen.urban"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Urban disposable income last year")},
        {QStringLiteral("increment_stacking"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Several increments: max or sum")},
        {QStringLiteral("elderly_age"), QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Elderly from age")},
        {QStringLiteral("minor_age"), QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Minor below age")},
        {QStringLiteral("tekun.basic_multiplier_pct"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Extreme poverty basic living (% of the standard)")},
        {QStringLiteral("tekun.care_fen.self_care"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care: manages daily life")},
        {QStringLiteral("tekun.care_fen.partial"), QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care: partly dependent")},
        {QStringLiteral("tekun.care_fen.full"), QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care: fully dependent")},
        {QStringLiteral("property.financial_assets_months"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Financial assets limit (months of the standard)")},
        {QStringLiteral("property.vehicle_exempt_value_fen"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Vehicle value limit")},
        {QStringLiteral("property.max_residences"), QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Residences allowed")},
        {QStringLiteral("gradual_exit.months"), QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Gradual exit (months)")},
        {QStringLiteral("gradual_exit.months_disabled"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Gradual exit with a disabled member (months)")},
        // The other programs (spec/programs.md §4).
        {QStringLiteral("programs.orphan_allowance.monthly_fen.family"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Orphans: allowance in a family a month")},
        {QStringLiteral("programs.orphan_allowance.monthly_fen.institution"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Orphans: allowance in an institution a month")},
        {QStringLiteral("programs.orphan_allowance.de_facto_setting"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Children without care: paid as brought up in")},
        {QStringLiteral("programs.orphan_allowance.with_dibao"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Orphans beside the dibao: full, difference or excluded")},
        {QStringLiteral("programs.disability_living.covered"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Disability living subsidy: who is covered")},
        {QStringLiteral("programs.disability_living.exclude_tekun"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Disability living subsidy: not for 特困")},
        {QStringLiteral("programs.disability_care.grades"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Severe disability care subsidy: grades")},
        {QStringLiteral("programs.disability_care.grades_intellectual_mental"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Severe disability care subsidy: grades (intellectual, mental)")},
        {QStringLiteral("programs.disability_care.min_adl_failed"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Severe disability care subsidy: daily activities not managed, "
                                                  "at least")},
        {QStringLiteral("programs.disability_care.exclude_tekun_care"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Severe disability care subsidy: not beside the 特困 care fee")},
        {QStringLiteral("programs.funeral_waiver.amount_fen"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Funeral waiver: amount")},
        {QStringLiteral("programs.funeral_waiver.covered"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Funeral waiver: who is covered")},
        {QStringLiteral("programs.care_visits.elderly_alone_age"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care visits: elderly living alone from the age of")},
        {QStringLiteral("programs.care_visits.elderly_alone_every_months"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care visits: the elderly living alone, every (months)")},
        {QStringLiteral("programs.care_visits.high_risk_every_months"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care visits: anyone at high risk, every (months)")},
        {QStringLiteral("programs.care_visits.others_every_months"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Care visits: the others, every (months)")},
        {QStringLiteral("programs.price_subsidy.cpi_trigger_permille"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Price subsidy: consumer prices up by at least (‰)")},
        {QStringLiteral("programs.price_subsidy.food_cpi_trigger_permille"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Price subsidy: food prices up by at least (‰)")},
        {QStringLiteral("programs.price_subsidy.amount"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Price subsidy: standard × prices, or fixed")},
        {QStringLiteral("programs.price_subsidy.fixed_fen"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Price subsidy: fixed amount")},
        {QStringLiteral("programs.price_subsidy.covered"),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Price subsidy: who is covered")},
    };
    // The amounts by disability grade: one row a grade.
    static const QList<QPair<QString, const char*>> byGrade = {
        {QStringLiteral("programs.disability_living.monthly_fen_by_grade."),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Disability living subsidy a month, grade %1")},
        {QStringLiteral("programs.disability_care.monthly_fen_by_grade."),
         QT_TRANSLATE_NOOP("Doudi::PolicyDialog", "Severe disability care subsidy a month, grade %1")},
    };
    for (const auto& [prefix, label] : byGrade) {
        if (path.startsWith(prefix))
            return QCoreApplication::translate("Doudi::PolicyDialog", label).arg(path.mid(prefix.size())) +
                   QStringLiteral("  (") + path + QLatin1Char(')');
    }
    const auto it = labels.constFind(path);
    return it == labels.cend() ? path
                               : QCoreApplication::translate("Doudi::PolicyDialog", it.value()) +
                                     QStringLiteral("  (") + path + QLatin1Char(')');
}

} // namespace

PolicyDialog::PolicyDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Policies and standards"));
    resize(1000, 680);
    m_policies = ReadOnlyTable::create({tr("Policy"), tr("Title"), tr("Document"), tr("In force from"), tr("Status")},
                                       {140, 320, 160, 140}, this);
    m_policies->setSelectionMode(QAbstractItemView::ExtendedSelection); // two to compare
    connect(m_policies, &QTableWidget::itemSelectionChanged, this, &PolicyDialog::compareSelected);

    m_hint = new QLabel(tr("Select one policy to see its parameters, or two (Ctrl+click) to compare them."), this);
    m_comparison = new QTableWidget(0, 3, this);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    m_comparison->verticalHeader()->setDefaultSectionSize(24);
    m_comparison->horizontalHeader()->setStretchLastSection(true);
    m_comparison->setColumnWidth(0, 460);
    m_comparison->setColumnWidth(1, 220);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* importButton = buttons->addButton(tr("&Import a policy…"), QDialogButtonBox::ActionRole);
    connect(importButton, &QPushButton::clicked, this, &PolicyDialog::importPolicy);
    importButton->setVisible(m_session.may(Action::ImportPolicy));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_policies);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_hint);
    lowerLayout->addWidget(m_comparison);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    reload();
}

void PolicyDialog::reload()
{
    PolicyRepository repository(m_database, m_session);
    const auto all = repository.all();
    const auto inForce = repository.inForce(Clock::currentDate());
    m_policies->setRowCount(0);
    if (!all) {
        m_hint->setText(all.error().toString());
        return;
    }
    for (const StoredPolicy& p : *all) {
        const int row = m_policies->rowCount();
        m_policies->insertRow(row);
        QStringList status;
        if (inForce && inForce->policy.id == p.policy.id)
            status.append(tr("in force"));
        if (p.isExample)
            status.append(tr("example only"));
        const QStringList cells = {p.policy.id, p.policy.title, p.policy.document,
                                   DisplayFormat::date(p.policy.effectiveFrom), status.join(tr(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, p.policy.id);
            m_policies->setItem(row, c, item);
        }
    }
    if (m_policies->rowCount() > 0)
        m_policies->selectRow(0);
}

void PolicyDialog::compareSelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_policies->selectionModel()->selectedRows())
        ids.append(index.data(Qt::UserRole).toString());
    m_comparison->setRowCount(0);
    if (ids.isEmpty())
        return;
    PolicyRepository repository(m_database, m_session);
    QList<QList<QPair<QString, QString>>> columns;
    QStringList headers{tr("Parameter")};
    for (const QString& id : ids.mid(0, 2)) {
        const auto p = repository.find(id);
        if (!p)
            continue;
        QList<QPair<QString, QString>> values;
        flatten(QJsonValue(p->policy.source), QString(), &values);
        columns.append(values);
        headers.append(id);
    }
    m_comparison->setColumnCount(int(headers.size()));
    m_comparison->setHorizontalHeaderLabels(headers);
    // Rows in the first policy's order, then any the second adds.
    QStringList paths;
    QList<QHash<QString, QString>> lookup;
    for (const auto& column : columns) {
        QHash<QString, QString> byPath;
        for (const auto& [path, value] : column) {
            if (!paths.contains(path))
                paths.append(path);
            byPath.insert(path, value);
        }
        lookup.append(byPath);
    }
    for (const QString& path : paths) {
        const int row = m_comparison->rowCount();
        m_comparison->insertRow(row);
        m_comparison->setItem(row, 0, new QTableWidgetItem(parameterLabel(path)));
        const bool differs = lookup.size() == 2 && lookup[0].value(path) != lookup[1].value(path);
        for (int c = 0; c < lookup.size(); ++c) {
            auto* item = new QTableWidgetItem(lookup[c].value(path));
            if (differs) {
                item->setBackground(QColor(0xFF, 0xF3, 0xC4));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_comparison->setItem(row, c + 1, item);
        }
    }
}

void PolicyDialog::importPolicy()
{
    const QString file = FileChooser::open(this, FileChooser::Kind::Incoming, tr("Import a policy"),
                                           tr("Policy documents (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import a policy"), tr("Cannot read %1: %2").arg(file, input.errorString()));
        return;
    }
    const auto policy = PolicyJson::read(input.readAll());
    if (!policy) {
        QMessageBox::warning(this, tr("Import a policy"),
                             tr("The file is not a valid policy:") + QLatin1Char('\n') + policy.error().toString());
        return;
    }
    if (const Status s = PolicyRepository(m_database, m_session).add(*policy); !s) {
        QMessageBox::warning(this, tr("Import a policy"), s.error().toString());
        return;
    }
    reload();
}

} // namespace Doudi
