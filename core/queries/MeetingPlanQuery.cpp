#include "core/queries/MeetingPlanQuery.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

MeetingPlanQuery::MeetingPlanQuery(Database &db)
    : m_db(db) {}

QList<qint64> MeetingPlanQuery::ids(const QString &sql, const QVariantList &binds) {
    m_error.clear();
    QList<qint64> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = tr("Cannot read the meetings: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 MeetingPlanQuery::meetingToOpen(const QDate &today) {
    QList<qint64> found = ids(u"SELECT id FROM meetings WHERE status = 'planned' AND "
                              "meeting_date >= ? ORDER BY meeting_date, id LIMIT 1"_s,
                              {today.toString(Qt::ISODate)});
    if (found.isEmpty() && m_error.isEmpty())
        found = ids(u"SELECT id FROM meetings ORDER BY meeting_date DESC, id DESC LIMIT 1"_s, {});
    return found.value(0);
}

int MeetingPlanQuery::othersInPeriod(qint64 meetingId, const QDate &first, const QDate &last) {
    const QList<qint64> n =
        ids(u"SELECT COUNT(*) FROM meetings WHERE id <> ? AND status <> 'cancelled' AND "
            "meeting_date BETWEEN ? AND ?"_s,
            {meetingId, first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    return int(n.value(0));
}

QList<MeetingPlanQuery::TopicChoice> MeetingPlanQuery::openTopics() {
    m_error.clear();
    QList<TopicChoice> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // PostgreSQL takes an output column's name in ORDER BY only on its own, not inside an
    // expression (`scheduled IS NOT NULL` failed there and the server's plan listed no topic):
    // the derived table names it for both engines.
    if (!q.exec(u"SELECT id, title, urgent, scheduled FROM (SELECT t.id, t.title, t.urgent, "
                "(SELECT MAX(m.meeting_date) FROM meeting_topics mt JOIN meetings m ON "
                "m.id = mt.meeting_id WHERE mt.topic_id = t.id) AS scheduled FROM topics t "
                "WHERE t.status = 'open') open_topics "
                "ORDER BY scheduled IS NOT NULL, scheduled DESC, urgent DESC, id DESC"_s)) {
        m_error = tr("Cannot list the topics: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0,
                    QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    return out;
}

QList<qint64> MeetingPlanQuery::appealsOnAgenda(qint64 meetingId) {
    return ids(u"SELECT a.id FROM appeals a JOIN meeting_topics mt ON mt.topic_id = a.topic_id "
               "WHERE mt.meeting_id = ? ORDER BY a.id"_s,
               {meetingId});
}

QList<qint64> MeetingPlanQuery::appealsWaitingForAMeeting() {
    return ids(u"SELECT a.id FROM appeals a JOIN topics t ON t.id = a.topic_id WHERE "
               "t.status = 'open' AND a.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM "
               "meeting_topics mt WHERE mt.topic_id = t.id) ORDER BY a.id"_s,
               {});
}

QSet<qint64> MeetingPlanQuery::enterprisesOnAgenda(qint64 meetingId) {
    const QList<qint64> found =
        ids(u"SELECT DISTINCT a.enterprise_id FROM appeals a JOIN meeting_topics mt ON "
            "mt.topic_id = a.topic_id WHERE mt.meeting_id = ? AND a.enterprise_id IS NOT NULL"_s,
            {meetingId});
    return QSet<qint64>(found.begin(), found.end());
}
