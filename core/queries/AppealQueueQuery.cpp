#include "core/queries/AppealQueueQuery.h"

using namespace Qt::StringLiterals;

AppealQueueQuery::AppealQueueQuery(Database &db)
    : SqlListQuery(db, {{u"number"_s, u"number"_s},
                        {u"unit"_s, u"submitting_unit"_s},
                        {u"problem"_s, {}},
                        {u"domain"_s, u"domain"_s},
                        {u"urgency"_s, u"urgency"_s},
                        {u"status"_s, u"status"_s},
                        {u"screening"_s, {}}}) {}

QString AppealQueueQuery::selectSql() const {
    return u"SELECT id, number, submitting_unit, problem, domain, urgency, status, "
           "TRIM(screening_reason || ' ' || screening_target) FROM appeals WHERE topic_id IS NULL"_s +
           (m_showScreened ? QString() : u" AND status IN ('pending', 'accepted')"_s);
}
