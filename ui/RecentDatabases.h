#pragma once

#include <QStringList>

// The database files and server databases (postgresql://…, without password) opened lately, newest
// first, kept in the user's settings (QSettings) so that File ▸ Recent databases survives a
// restart.
class RecentDatabases {
public:
    static constexpr int maxEntries = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    // The database to open when no --db is given: the last one used, if it still exists.
    static QString last();
    // The server databases among them, for File ▸ Connect to server….
    static QStringList servers();
};
