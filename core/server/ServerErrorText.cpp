#include "core/server/ServerErrorText.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

QString ServerErrorText::reason(const QSqlError &error) {
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.driverText().trimmed();
    else if (!error.driverText().isEmpty())
        message += u'\n' + error.driverText();
    return reason(message, error.nativeErrorCode());
}

QString ServerErrorText::reason(const QString &message, const QString &sqlState) {
    // SQLSTATEs first (the server sends them with its own errors, in any language), then the
    // client library's English lines: a desk whose libpq speaks Chinese already reads Chinese.
    if (message.trimmed().isEmpty())
        return tr("the connection to the database server was cut");
    const auto has = [&message](QLatin1StringView text) {
        return message.contains(text, Qt::CaseInsensitive);
    };
    if (sqlState == "57P01"_L1 || sqlState == "57P02"_L1 ||
        has("terminating connection due to administrator command"_L1) ||
        has("the database system is shutting down"_L1))
        return tr("the database server was shut down or restarted");
    if (sqlState == "57P03"_L1 || has("the database system is starting up"_L1) ||
        has("the database system is in recovery mode"_L1))
        return tr("the database server is starting up; try again in a minute");
    if (sqlState == "28P01"_L1 || has("password authentication failed"_L1) ||
        has("no password supplied"_L1) || has("fe_sendauth"_L1))
        return tr("the login name or the password is wrong");
    if (sqlState == "28000"_L1 || has("no pg_hba.conf entry"_L1))
        return tr("the server does not let this login in from this computer (ask the server's "
                  "administrator)");
    if (sqlState == "3D000"_L1 || (has("database \""_L1) && has("does not exist"_L1)))
        return tr("there is no such database on the server (check the name in the address)");
    if (sqlState == "53300"_L1 || has("too many clients"_L1) ||
        has("remaining connection slots are reserved"_L1))
        return tr("the server has no free connections left");
    if (has("could not translate host name"_L1) || has("Name or service not known"_L1) ||
        has("Temporary failure in name resolution"_L1))
        return tr("the server's name is not known (check the address and the network)");
    if (has("timeout expired"_L1))
        return tr("the server did not answer within 5 seconds (check the network)");
    if (has("Connection refused"_L1) || has("No such file or directory"_L1) ||
        has("Is the server running"_L1))
        return tr("no database server answers at this address (is it running?)");
    if (has("server closed the connection unexpectedly"_L1) ||
        has("connection to server was lost"_L1) || has("no connection to the server"_L1) ||
        has("Connection reset by peer"_L1) || has("Broken pipe"_L1) ||
        has("could not send data to server"_L1) || has("could not receive data"_L1))
        return tr("the connection to the database server was cut");
    return message.section(u'\n', 0, 0).trimmed();
}
