#include "WindowSizes.h"

#include <QEvent>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace Doudi {

namespace {

// Room for the title bar and the frame, which the window's own size does not include.
constexpr int kFrameAllowance = 40;
const char* const kRestoredProperty = "doudiSizeRestored";

bool isRemembered(const QWidget* w)
{
    if (!w->isWindow() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
        return false;
    // The desk's own windows and its print previews; not message boxes or file dialogs.
    return QByteArray(w->metaObject()->className()).startsWith("Doudi::") ||
           qobject_cast<const QPrintPreviewDialog*>(w);
}

} // namespace

WindowSizes::WindowSizes(QObject* parent)
    : QObject(parent)
{}

QString WindowSizes::settingsKey(const QWidget* window)
{
    return QStringLiteral("windows/%1/geometry")
        .arg(QString::fromLatin1(window->metaObject()->className()).remove(QStringLiteral("Doudi::")));
}

void WindowSizes::fitToScreen(QWidget* window, const QSize& preferred)
{
    QSize size = preferred;
    if (const QScreen* screen = window->screen()) {
        const QSize room = screen->availableGeometry().size() - QSize(0, kFrameAllowance);
        size = size.boundedTo(room).expandedTo(window->minimumSize());
    }
    window->resize(size);
}

bool WindowSizes::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show && event->type() != QEvent::Hide)
        return false;
    auto* window = qobject_cast<QWidget*>(watched);
    if (!window || !isRemembered(window))
        return false;
    QSettings settings;
    const QString key = settingsKey(window);
    if (event->type() == QEvent::Show && !window->property(kRestoredProperty).toBool()) {
        window->setProperty(kRestoredProperty, true);
        const QByteArray saved = settings.value(key).toByteArray();
        // restoreGeometry keeps the window on a screen that exists now; without a saved size the
        // window's own is bounded by the screen.
        if (saved.isEmpty() || !window->restoreGeometry(saved))
            fitToScreen(window, window->size());
    } else if (event->type() == QEvent::Hide && window->property(kRestoredProperty).toBool()) {
        settings.setValue(key, window->saveGeometry());
    }
    return false;
}

} // namespace Doudi
