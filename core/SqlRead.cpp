#include "core/SqlRead.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

bool SqlRead::fail(const QSqlQuery &q, QString &error, const QString &what) {
    error = QCoreApplication::translate("SqlRead", "Cannot read %1: %2")
                .arg(what, q.lastError().text());
    qWarning("%s", qPrintable(error));
    return false;
}

bool SqlRead::failedMidway(const QSqlQuery &q, QString &error, const QString &what) {
    if (!q.lastError().isValid())
        return false;
    fail(q, error, what);
    return true;
}
