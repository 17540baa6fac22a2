#include "HelpKey.h"

#include "HelpBrowser.h"

#include <QKeyEvent>
#include <QWidget>

namespace Doudi {

HelpKey::HelpKey(QObject* parent)
    : QObject(parent)
{}

bool HelpKey::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent*>(event)->key() != Qt::Key_F1)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || qobject_cast<HelpBrowser*>(widget->window()))
        return false;
    // The window F1 was pressed in: the guide opens above it (a modal dialog keeps it usable).
    QWidget* window = widget->window();
    HelpBrowser::showSection(HelpBrowser::sectionFor(widget), window);
    return true;
}

} // namespace Doudi
