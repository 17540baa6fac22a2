#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace Doudi {

IdleLock::IdleLock(int minutes, std::function<void()> lock, QObject* parent)
    : QObject(parent)
    , m_lock(std::move(lock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // coarse timers may fire 5 % early: minutes early here
    setMinutes(minutes);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_lock(); });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleLock::setMinutes(int minutes)
{
    m_timer.setInterval(std::max(1, minutes) * 60 * 1000);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer.isActive())
            m_timer.start(); // activity: the wait starts again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Doudi
