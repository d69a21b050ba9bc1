#pragma once

#include "core/Clock.h"
#include "core/IsoDate.h"
#include "core/SqlRead.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small conversions shared by the workflow services: dates are ISO text in the schema, and an
// unset date is the empty string (NOT NULL columns), never NULL.
namespace WorkflowSql {

inline QString iso(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QDate date(const QVariant &v) {
    return IsoDate::fromVariant(v);
}

inline QString now() {
    return Clock::nowIso();
}

// Binds a value; a null QString becomes '' because every text column is NOT NULL DEFAULT ''
// and Qt binds a null QString as SQL NULL.
inline void bind(QSqlQuery &q, const QVariant &v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QString(QLatin1String("")));
    else
        q.addBindValue(v);
}

// Executes a prepared query; on failure fills `error` with why, in the clerk's words
// (SqlRead::reason: "the database server was shut down", not libpq's English line).
inline bool exec(QSqlQuery &q, QString *error) {
    if (q.exec())
        return true;
    if (error)
        *error = SqlRead::reason(q);
    return false;
}

} // namespace WorkflowSql
