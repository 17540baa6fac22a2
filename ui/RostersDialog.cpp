#include "RostersDialog.h"
#include "FileChooser.h"
#include "WindowSizes.h"

#include "Clock.h"
#include "RosterExport.h"
#include "RosterPainter.h"
#include "report/Rosters.h"
#include "store/SiteRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Doudi {

namespace {
void setUp(QPrinter& printer, const Roster& roster)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      roster.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    printer.setDocName(roster.title + QLatin1Char(' ') + roster.period);
}
} // namespace

RostersDialog::RostersDialog(Database& database, Session session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Rosters and reports"));
    resize(1024, 700); // an old township screen
    m_kind = new QComboBox(this);
    for (const QString& kind : Rosters::kinds())
        m_kind->addItem(Rosters::kindLabel(kind), kind);
    m_month = new QDateEdit(Clock::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_village = new QComboBox(this);
    m_village->addItem(tr("Every village"), QString());
    if (const auto villages = SiteRepository(m_database, m_session).villages()) {
        for (const Village& v : *villages)
            m_village->addItem(v.name, v.code);
    }
    m_summary = new QLabel(this);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_roster)
            RosterPainter(*m_roster).paint(*printer);
    });

    auto* print = new QPushButton(tr("&Print…"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(print, &QPushButton::clicked, this, &RostersDialog::print);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportTo(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* choice = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Roster:"), this);
    kindLabel->setBuddy(m_kind);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(m_village);
    for (QWidget* w : std::initializer_list<QWidget*>{kindLabel, m_kind, monthLabel, m_month, villageLabel, m_village})
        choice->addWidget(w);
    choice->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(print);
    buttons->addWidget(exportButton);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RostersDialog::rebuild);
    connect(m_month, &QDateEdit::dateChanged, this, &RostersDialog::rebuild);
    connect(m_village, &QComboBox::currentIndexChanged, this, &RostersDialog::rebuild);
    rebuild();
}

RostersDialog::~RostersDialog() = default;

void RostersDialog::rebuild()
{
    const QString kind = m_kind->currentData().toString();
    // The fund's statement is the township's, not a village's.
    m_village->setEnabled(kind != QLatin1String("fund"));
    const auto built = Rosters::build(m_database, m_session, kind, m_month->date(),
                                      m_village->isEnabled() ? m_village->currentData().toString() : QString());
    if (!built) {
        m_roster.reset();
        m_summary->setText(built.error().toString());
        m_preview->updatePreview();
        return;
    }
    m_roster = *built;
    setUp(*m_printer, *m_roster);
    int rows = 0;
    for (const RosterSection& s : m_roster->sections)
        rows += s.summary ? 0 : int(s.rows.size());
    const int pages = int(RosterLayout::paginate(*m_roster).size());
    m_summary->setText(m_roster->hasRows() ? tr("%n line(s) on %1 page(s)", nullptr, rows).arg(pages)
                                           : tr("Nothing for this month: the roster says so."));
    m_preview->updatePreview();
}

void RostersDialog::print()
{
    if (!m_roster)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!RosterPainter(*m_roster).paint(*m_printer)) {
        QMessageBox::warning(this, windowTitle(), tr("The printer could not be used."));
        return;
    }
    if (Status s =
            Rosters::recordOutput(m_database, m_session, *m_roster, QStringLiteral("print"), m_printer->printerName());
        !s)
        QMessageBox::warning(this, windowTitle(), s.error().toString());
}

bool RostersDialog::exportTo(QString path)
{
    if (!m_roster)
        return false;
    if (path.isEmpty()) {
        const QString name = QStringLiteral("%1-%2.xlsx").arg(Rosters::kindLabel(m_roster->kind), m_roster->month);
        path = FileChooser::save(this, FileChooser::Kind::Outgoing, tr("Export the roster"), name,
                                 tr("Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    Status s = RosterExport::write(*m_roster, path);
    if (s)
        s = Rosters::recordOutput(m_database, m_session, *m_roster, QStringLiteral("export"), path);
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().toString());
        return false;
    }
    m_summary->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RostersDialog::preview(const Roster& roster, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, roster);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(roster.title + QLatin1Char(' ') + roster.period);
    WindowSizes::fitToScreen(&dialog, QSize(1000, 700));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&roster](QPrinter* target) { RosterPainter(roster).paint(*target); });
    dialog.exec();
}

} // namespace Doudi
