#include "HomeVisitDialog.h"

#include "Clock.h"
#include "FormGuard.h"
#include "cases/CaseRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Doudi {

HomeVisitDialog::HomeVisitDialog(Database& database, Session session, QString caseId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_caseId(std::move(caseId))
{
    setWindowTitle(tr("Home visit"));
    m_date = new QDateEdit(Clock::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_first = new QLineEdit(m_session.displayName(), this);
    m_second = new QLineEdit(this);
    m_second->setPlaceholderText(tr("The second investigator (two are required)"));
    m_present = new QLineEdit(this);
    m_present->setPlaceholderText(tr("e.g. the applicant and his wife"));
    m_findings = new QPlainTextEdit(this);
    m_findings->setPlaceholderText(tr("Housing, what the family owns, health, how they live, what neighbours said"));
    m_findings->setTabChangesFocus(true);
    m_signed = new QCheckBox(tr("The family si&gned the paper visit record"), this);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_problems->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Visit &date:"), m_date);
    form->addRow(tr("&First investigator:"), m_first);
    form->addRow(tr("S&econd investigator:"), m_second);
    form->addRow(tr("&Present:"), m_present);
    form->addRow(tr("F&indings:"), m_findings);
    form->addRow(QString(), m_signed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HomeVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &HomeVisitDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(560, 420);
    m_second->setFocus();
    m_guard = new FormGuard(
        this,
        [this] {
            const HomeVisit v = visit();
            return QStringList{v.date.toString(Qt::ISODate), v.investigators.join(QLatin1Char('\n')), v.present,
                               v.findings, QString::number(v.familySigned)}
                .join(QChar(0x1F));
        },
        [this] { return save(); });
}

HomeVisit HomeVisitDialog::visit() const
{
    HomeVisit v;
    v.date = m_date->date();
    v.investigators = {m_first->text(), m_second->text()};
    v.present = m_present->text();
    v.findings = m_findings->toPlainText();
    v.familySigned = m_signed->isChecked();
    return v;
}

bool HomeVisitDialog::hasChanges() const
{
    return m_guard->hasChanges();
}

bool HomeVisitDialog::save()
{
    if (const Status s = CaseRepository(m_database, m_session).recordVisit(m_caseId, visit()); !s) {
        // Each problem with the field it is about, in the form's words.
        const QHash<QString, QString> fields{{QStringLiteral("investigators"), tr("Investigators")},
                                             {QStringLiteral("findings"), tr("Findings")},
                                             {QStringLiteral("family_signed"), tr("Family's signature")},
                                             {QStringLiteral("date"), tr("Visit date")}};
        QStringList lines;
        for (const Problem& p : s.error().problems())
            lines.append(fields.contains(p.field) ? fields.value(p.field) + tr(": ") + p.message : p.toString());
        m_problems->setText(lines.isEmpty() ? s.error().toString() : lines.join(QLatin1Char('\n')));
        m_problems->show();
        return false;
    }
    m_guard->markSaved();
    QDialog::accept();
    return true;
}

void HomeVisitDialog::reject()
{
    m_guard->cancel();
}

} // namespace Doudi
