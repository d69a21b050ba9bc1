#include "core/queries/MeetingListQuery.h"

using namespace Qt::StringLiterals;

MeetingListQuery::MeetingListQuery(Database &db)
    : SqlListQuery(db, {{u"date"_s, u"meeting_date"_s},
                        {u"title"_s, u"title"_s},
                        {u"form"_s, u"form"_s},
                        {u"status"_s, u"status"_s},
                        {u"topics"_s, {}},
                        {u"enterprises"_s, {}}}) {}

QString MeetingListQuery::selectSql() const {
    return u"SELECT m.id, m.meeting_date, m.title, m.form, m.status, "
           "(SELECT COUNT(*) FROM meeting_topics mt WHERE mt.meeting_id = m.id), "
           "(SELECT COUNT(*) FROM meeting_enterprises me WHERE me.meeting_id = m.id) "
           "FROM meetings m"_s;
}
