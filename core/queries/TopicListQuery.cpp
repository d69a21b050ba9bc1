#include "core/queries/TopicListQuery.h"

using namespace Qt::StringLiterals;

TopicListQuery::TopicListQuery(Database &db)
    : SqlListQuery(db, {{u"urgent"_s, u"urgent"_s},
                        {u"title"_s, u"title"_s},
                        {u"appeals"_s, u"appeal_count"_s},
                        {u"departments"_s, {}},
                        {u"meeting"_s, u"meeting_date"_s},
                        {u"created"_s, u"created_at"_s}}) {}

QString TopicListQuery::selectSql() const {
    return u"SELECT t.id, t.urgent, t.title, "
           "(SELECT COUNT(*) FROM appeals a WHERE a.topic_id = t.id) AS appeal_count, "
           "(SELECT COUNT(*) FROM topic_departments td WHERE td.topic_id = t.id), "
           "(SELECT MAX(m.meeting_date) FROM meeting_topics mt JOIN meetings m "
           " ON m.id = mt.meeting_id WHERE mt.topic_id = t.id) AS meeting_date, "
           "substr(t.created_at, 1, 10) AS created_at FROM topics t"_s;
}
