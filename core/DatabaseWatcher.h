#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Watches an open database for what other desks do and for the server going away:
//  - changedElsewhere() when another connection committed a change: on PostgreSQL through the
//    qinqing_changes notices (schema step 018), on an SQLite file when PRAGMA data_version
//    moves (another process's or window's commit);
//  - connectionLost() when the server stops answering, then it reconnects every interval and
//    emits connectionRestored() (and changedElsewhere(): the world moved on meanwhile).
// The GUI refreshes its pages on changedElsewhere() and shows a banner while the connection
// is lost; nothing typed is touched.
class DatabaseWatcher : public QObject {
    Q_OBJECT

public:
    explicit DatabaseWatcher(Database &db, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    // Polls every `intervalMs` (SQLite's version, the server's pulse).
    void start(int intervalMs = 1000);
    void stop();
    bool isConnected() const { return m_connected; }
    // Checks now instead of at the next tick.
    void poll();

signals:
    void changedElsewhere();
    // `reason` in the program's words (ServerErrorText), `detail` as the driver said it.
    void connectionLost(const QString &reason, const QString &detail);
    void connectionRestored();

private:
    void subscribe();
    void onNotification(const QString &name, int source, const QVariant &payload);
    qint64 dataVersion() const;

    Database &m_db;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_connected = true;
};
