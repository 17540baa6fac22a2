#pragma once

#include <QObject>
#include <QSize>

class QWidget;

namespace Doudi {

// Every window and dialog of the desk keeps the size and the maximised state its user gave it
// (QSettings, per class), and opens no larger than the screen it is on: a 1024×768 office screen
// with a taskbar shows every button. Installed once on the application as an event filter, so no
// dialog needs code of its own.
class WindowSizes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowSizes)

public:
    explicit WindowSizes(QObject* parent = nullptr);

    // Resizes `window` to `preferred`, less what the screen it is on cannot show (a print preview
    // asks for the height of an A4 page).
    static void fitToScreen(QWidget* window, const QSize& preferred);
    static QString settingsKey(const QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace Doudi
