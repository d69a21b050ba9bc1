#pragma once

#include <QCoreApplication>
#include <QString>

class ServerAddress;

// Creates the database a server address names, when it does not exist yet, the way Qinqing
// needs it: UTF-8, texts ordered by code point like SQLite (collation C, so that lists sort
// the same on both engines) and a character type that knows Chinese letters (C.UTF-8, for
// pg_trgm's search index). Needs a login with CREATEDB, such as postgres.
class ServerDatabaseCreator {
    Q_DECLARE_TR_FUNCTIONS(ServerDatabaseCreator)

public:
    // False with errorString() when it could not; created() tells whether it was made now.
    bool ensureExists(const ServerAddress &address, const QString &password = {});
    bool created() const { return m_created; }
    QString errorString() const { return m_error; }

private:
    bool m_created = false;
    QString m_error;
};
