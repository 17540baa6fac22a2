#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Doudi {

// Locks the desk after a while without keyboard or mouse: an office PC is left alone while the
// clerk walks an applicant to the door. Watches the whole application; `lock` asks for the
// password again without closing anything.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    IdleLock(int minutes, std::function<void()> lock, QObject* parent = nullptr);

    void setMinutes(int minutes);
    // Tests wait milliseconds, not minutes.
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    int remainingMs() const { return m_timer.remainingTime(); }
    bool isActive() const { return m_timer.isActive(); }
    // While the lock dialog is up, input does not count as activity.
    void suspend() { m_timer.stop(); }
    void resume() { m_timer.start(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    std::function<void()> m_lock;
};

} // namespace Doudi
