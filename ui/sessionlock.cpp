#include "sessionlock.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QEvent>
#include <QTimer>

#include <unistd.h>

namespace ui {

SessionLock::SessionLock(int idleMinutes, QObject *parent)
    : QObject(parent), m_idleMinutes(std::max(idleMinutes, 0)), m_timer(new QTimer(this))
{
    m_sinceInput.start();
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, [this] { checkIdle(); });
    m_timer->start();
}

void SessionLock::setIdleMinutes(int minutes)
{
    m_idleMinutes = std::max(minutes, 0);
}

void SessionLock::watchApplication()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool SessionLock::connectToSession()
{
    bool any = false;
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        const QString service = QStringLiteral("org.freedesktop.login1");
        // The session object of this process, so only its own session's lock counts.
        QDBusInterface manager(service, QStringLiteral("/org/freedesktop/login1"),
                               QStringLiteral("org.freedesktop.login1.Manager"), system);
        const QDBusReply<QDBusObjectPath> session =
            manager.call(QStringLiteral("GetSessionByPID"), quint32(::getpid()));
        if (session.isValid())
            any |= system.connect(service, session.value().path(),
                                  QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                                  this, SLOT(sessionLocked()));
        any |= system.connect(service, QStringLiteral("/org/freedesktop/login1"),
                              QStringLiteral("org.freedesktop.login1.Manager"),
                              QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
    }
    QDBusConnection sessionBus = QDBusConnection::sessionBus();
    if (sessionBus.isConnected())
        any |= sessionBus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                                  QStringLiteral("org.freedesktop.ScreenSaver"),
                                  QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActive(bool)));
    return any;
}

void SessionLock::setLocked(bool locked)
{
    m_locked = locked;
    m_sinceInput.restart();
}

void SessionLock::noteActivity()
{
    m_sinceInput.restart();
}

void SessionLock::checkIdle(qint64 idleMsForTest)
{
    const qint64 idle = idleMsForTest >= 0 ? idleMsForTest : m_sinceInput.elapsed();
    if (m_idleMinutes > 0 && idle >= qint64(m_idleMinutes) * 60000)
        request();
}

void SessionLock::sessionLocked()
{
    request();
}

void SessionLock::prepareForSleep(bool sleeping)
{
    if (sleeping)
        request();
}

void SessionLock::screenSaverActive(bool active)
{
    if (active)
        request();
}

void SessionLock::request()
{
    if (m_locked)
        return;
    Q_EMIT lockRequested();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
