#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// Why a PostgreSQL connection failed or broke, in the program's language. libpq words its
// failures in the desk's OS locale (English on most office PCs whatever language Qinqing
// shows) and for a technician ("FATAL:  terminating connection due to administrator
// command"); the clerk needs to know whether the server was stopped, the network cut, the
// address or the password wrong. What is not recognised is passed on as libpq said it.
class ServerErrorText {
    Q_DECLARE_TR_FUNCTIONS(ServerErrorText)

public:
    static QString reason(const QSqlError &error);
    // The same for a bare message from the driver or the server.
    static QString reason(const QString &message, const QString &sqlState = {});
};
