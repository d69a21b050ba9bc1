#include "RecordNames.h"

#include "Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString lookUp(Database &db, const QString &sql, qint64 id) {
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QString RecordNames::topicTitle(Database &db, qint64 topicId) {
    return lookUp(db, u"SELECT title FROM topics WHERE id = ?"_s, topicId);
}

QString RecordNames::departmentName(Database &db, qint64 departmentId) {
    return lookUp(db, u"SELECT name FROM departments WHERE id = ?"_s, departmentId);
}

QString RecordNames::appealNumber(Database &db, qint64 appealId) {
    return lookUp(db, u"SELECT number FROM appeals WHERE id = ?"_s, appealId);
}
