#pragma once

#include <QString>

class QSqlDatabase;

// The settings every Qinqing session on a PostgreSQL server starts with: the window's
// connection, a count's second one in its thread (Database::openCopyOf) and a connection made
// again after the server came back (Database::reconnect).
namespace ServerSession {
// Applies them to the open connection `db`. Empty on success, else the server's reason.
QString prepare(QSqlDatabase &db);
} // namespace ServerSession
