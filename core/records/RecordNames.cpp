#include "core/records/RecordNames.h"

#include "core/Database.h"

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

QString RecordNames::appealSummary(Database &db, qint64 appealId, int problemChars) {
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT number, submitting_unit, problem FROM appeals WHERE id = ?"_s);
    q.addBindValue(appealId);
    if (!q.exec() || !q.next())
        return {};
    QString problem = q.value(2).toString().simplified();
    if (problem.size() > problemChars)
        problem = problem.left(problemChars) + u'…';
    return u"%1 %2：%3"_s.arg(q.value(0).toString(), q.value(1).toString(), problem);
}
