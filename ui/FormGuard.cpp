#include "FormGuard.h"

#include <QCloseEvent>
#include <QDialog>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

namespace Doudi {

FormGuard::FormGuard(QDialog* form, std::function<QString()> state, std::function<bool()> save)
    : QObject(form)
    , m_form(form)
    , m_state(std::move(state))
    , m_save(std::move(save))
{
    form->installEventFilter(this);
    markSaved();
}

void FormGuard::markSaved()
{
    m_baseline = m_state();
}

bool FormGuard::hasChanges() const
{
    return m_state() != m_baseline;
}

void FormGuard::cancel()
{
    if (!hasChanges()) {
        m_form->done(QDialog::Rejected);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Discard changes?"), tr("What was typed here has not been saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_form);
    ask.button(QMessageBox::Save)->setText(tr("&Save"));
    ask.button(QMessageBox::Discard)->setText(tr("&Discard"));
    ask.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    ask.setDefaultButton(QMessageBox::Save);
    ask.setEscapeButton(QMessageBox::Cancel);
    switch (ask.exec()) {
    case QMessageBox::Save:
        m_save(); // closes the form, or keeps it open with the problems shown
        return;
    case QMessageBox::Discard:
        m_form->done(QDialog::Rejected);
        return;
    default:
        return;
    }
}

bool FormGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_form)
        return false;
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        cancel();
        return true;
    }
    if (event->type() == QEvent::Close && m_form->isVisible() && hasChanges()) {
        event->ignore();
        cancel();
        return true;
    }
    return false;
}

} // namespace Doudi
