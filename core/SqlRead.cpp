#include "core/SqlRead.h"

#include "core/server/ServerErrorText.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

bool SqlRead::fail(const QSqlQuery &q, QString &error, const QString &what) {
    error = QCoreApplication::translate("SqlRead", "Cannot read %1: %2").arg(what, reason(q));
    qWarning("%s", qPrintable(error));
    return false;
}

bool SqlRead::exec(QSqlQuery &q, QString &error, const QString &what) {
    return q.exec() || fail(q, error, what);
}

bool SqlRead::failedMidway(const QSqlQuery &q, QString &error, const QString &what) {
    if (!q.lastError().isValid())
        return false;
    fail(q, error, what);
    return true;
}

QString SqlRead::reason(const QSqlQuery &q) {
    const QSqlDriver *driver = q.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return ServerErrorText::reason(q.lastError());
    return q.lastError().text().trimmed();
}

QString SqlRead::missing(const QString &readError, const QString &noSuchRecord) {
    return readError.isEmpty() ? noSuchRecord : readError;
}
