#include "RecoverDraftsDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Doudi {

RecoverDraftsDialog::RecoverDraftsDialog(DraftRepository& drafts, QList<Draft> list, QWidget* parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_all(std::move(list))
{
    setWindowTitle(tr("Recover unsaved entries"));
    auto* intro = new QLabel(tr("Doudi stopped last time before these forms were saved (a power cut, or the "
                                "program closed unexpectedly). Choose one and press Restore to go on typing "
                                "it, or Discard to throw it away."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    for (const Draft& d : std::as_const(m_all)) {
        const QDateTime at = QDateTime::fromString(d.savedAt, Qt::ISODate).toLocalTime();
        m_list->addItem(tr("%1 — typed until %2").arg(d.title, at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_chosen = m_all.at(row);
        accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);
    connect(m_discard, &QPushButton::clicked, this, &RecoverDraftsDialog::discardChosen);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 320);
    m_list->setFocus();
}

void RecoverDraftsDialog::discardChosen()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const Draft& d = m_all.at(row);
    if (QMessageBox::question(this, tr("Discard"),
                              tr("Throw away what was typed on “%1”? It cannot be brought back.").arg(d.title),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (const Status s = m_drafts.discard(d.form, d.target); !s) {
        QMessageBox::warning(this, tr("Discard"), s.error().toString());
        return;
    }
    m_all.removeAt(row);
    delete m_list->takeItem(row);
    if (m_all.isEmpty())
        reject();
}

} // namespace Doudi
