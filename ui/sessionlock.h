#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace ui {

/// Decides when the window locks: after a configurable time without keyboard or mouse input, when the
/// desktop session is locked (logind's Session.Lock, the freedesktop ScreenSaver's ActiveChanged) and
/// before the laptop sleeps (logind's PrepareForSleep, lid close). Emits lockRequested(); the window shows
/// the lock screen. Tests call noteActivity()/checkIdle() or the D-Bus slots directly.
class SessionLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLock)
public:
    /// `idleMinutes` 0 disables the idle lock.
    explicit SessionLock(int idleMinutes, QObject *parent = nullptr);

    int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes);
    /// Watches the application's input events (call once the application exists).
    void watchApplication();
    /// Subscribes to logind and the screensaver on D-Bus; false when neither bus is there.
    bool connectToSession();
    /// Pauses while the lock screen is shown.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    void noteActivity();
    /// Emits lockRequested() when idle for longer than the idle time (the timer calls this).
    void checkIdle(qint64 idleMsForTest = -1);

    /// The settings key of the idle time in minutes (QSettings), and its default.
    static QString settingsKey() { return QStringLiteral("security/idleLockMinutes"); }
    static constexpr int kDefaultIdleMinutes = 10;

Q_SIGNALS:
    void lockRequested();

public Q_SLOTS:
    void sessionLocked();
    void prepareForSleep(bool sleeping);
    void screenSaverActive(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void request();

    int m_idleMinutes;
    bool m_locked = false;
    QElapsedTimer m_sinceInput;
    QTimer *m_timer;
};

} // namespace ui
