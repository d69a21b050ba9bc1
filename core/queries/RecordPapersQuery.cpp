#include "core/queries/RecordPapersQuery.h"

#include "core/Database.h"
#include "core/IsoDate.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

RecordPapersQuery::RecordPapersQuery(Database &db)
    : m_db(db) {}

bool RecordPapersQuery::run(QSqlQuery &q, qint64 id, const QString &sql) {
    m_error.clear();
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (q.exec())
        return true;
    m_error = tr("Cannot read the record's papers: %1").arg(q.lastError().text());
    return false;
}

QList<RecordPapersQuery::AssignmentPaper> RecordPapersQuery::assignmentsOfAppeal(qint64 appealId) {
    QList<AssignmentPaper> out;
    QSqlQuery q(m_db.sql());
    if (!run(q, appealId,
             u"SELECT a.id, d.name, a.assigned_on FROM assignments a JOIN departments d ON "
             "d.id = a.lead_department_id WHERE a.appeal_id = ? ORDER BY a.id"_s))
        return out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), IsoDate::fromVariant(q.value(2))});
    return out;
}

QList<RecordPapersQuery::EvaluationPaper> RecordPapersQuery::evaluationsOfAppeal(qint64 appealId) {
    QList<EvaluationPaper> out;
    QSqlQuery q(m_db.sql());
    if (!run(q, appealId,
             u"SELECT e.id, e.submit_date FROM evaluations e JOIN assignments a ON "
             "a.id = e.assignment_id WHERE a.appeal_id = ? ORDER BY e.id"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), IsoDate::fromVariant(q.value(1))});
    return out;
}

QList<RecordPapersQuery::TopicAppeal> RecordPapersQuery::appealsOfTopic(qint64 topicId) {
    QList<TopicAppeal> out;
    QSqlQuery q(m_db.sql());
    if (!run(q, topicId,
             u"SELECT id, number, submitting_unit, problem FROM appeals WHERE topic_id = ? "
             "ORDER BY id"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}
