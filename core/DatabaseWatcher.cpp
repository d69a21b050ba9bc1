#include "core/DatabaseWatcher.h"

#include "core/Database.h"
#include "core/server/ServerErrorText.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kChannel = u"qinqing_changes"_s;
}

DatabaseWatcher::DatabaseWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
}

DatabaseWatcher::~DatabaseWatcher() {
    stop();
}

void DatabaseWatcher::start(int intervalMs) {
    m_connected = true;
    if (m_db.isServer())
        subscribe();
    else
        m_version = dataVersion();
    m_timer.start(intervalMs);
}

void DatabaseWatcher::stop() {
    m_timer.stop();
    if (m_db.isServer() && m_db.isOpen() && m_db.sql().driver())
        m_db.sql().driver()->unsubscribeFromNotification(kChannel);
}

void DatabaseWatcher::subscribe() {
    QSqlDriver *driver = m_db.sql().driver();
    if (!driver)
        return;
    // Qt delivers the notices through the connection's socket in this thread's event loop.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { onNotification(name, int(source), payload); });
    if (!driver->subscribedToNotifications().contains(kChannel))
        driver->subscribeToNotification(kChannel);
}

void DatabaseWatcher::onNotification(const QString &name, int source, const QVariant &) {
    // This desk's own changes are already on its screen.
    if (name == kChannel && source != int(QSqlDriver::SelfSource))
        emit changedElsewhere();
}

qint64 DatabaseWatcher::dataVersion() const {
    QSqlQuery q(m_db.sql());
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void DatabaseWatcher::poll() {
    if (!m_db.isServer()) {
        const qint64 version = dataVersion();
        if (version >= 0 && m_version >= 0 && version != m_version)
            emit changedElsewhere();
        if (version >= 0)
            m_version = version;
        return;
    }
    if (m_connected) {
        QSqlQuery q(m_db.sql());
        if (q.exec(u"SELECT 1"_s))
            return;
        m_connected = false;
        const QString detail = q.lastError().text().trimmed();
        // Qt's driver often closes the broken connection without a word (detail empty).
        const QString reason = ServerErrorText::reason(q.lastError());
        emit connectionLost(reason, detail);
        return;
    }
    if (!m_db.reconnect())
        return;
    m_connected = true;
    subscribe();
    emit connectionRestored();
    emit changedElsewhere();
}
