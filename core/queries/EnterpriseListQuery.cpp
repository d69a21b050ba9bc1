#include "core/queries/EnterpriseListQuery.h"

#include "core/Database.h"
#include "core/SqlDialect.h"

using namespace Qt::StringLiterals;

EnterpriseListQuery::EnterpriseListQuery(Database &db)
    : SqlListQuery(db, {{u"name"_s, u"e.name"_s},
                        {u"uscc"_s, u"e.uscc"_s},
                        {u"responsible_person"_s, u"e.responsible_person"_s},
                        {u"phone"_s, {}},
                        {u"industry"_s, u"e.industry"_s},
                        {u"district"_s, u"e.district"_s},
                        {u"tags"_s, {}},
                        {u"leader"_s, u"l.name"_s},
                        {u"appeals"_s, u"appeal_count"_s}}) {}

QString EnterpriseListQuery::selectSql() const {
    const SqlDialect &d = database().dialect();
    QString sql = u"SELECT e.id, e.name, e.uscc, e.responsible_person, e.phone, e.industry, "
                  "e.district, (SELECT "_s +
                  d.joinedText(u"t.tag"_s, u"'、'"_s) +
                  u" FROM enterprise_tags t WHERE t.enterprise_id = e.id), l.name, "
                  "(SELECT COUNT(*) FROM appeals a WHERE a.enterprise_id = e.id) AS appeal_count "
                  "FROM enterprises e LEFT JOIN leaders l ON l.id = e.liaison_leader_id"_s;
    if (!m_search.isEmpty()) {
        sql += u" WHERE "_s + d.containsCondition(u"e.name"_s) + u" OR "_s +
               d.containsCondition(u"e.uscc"_s) +
               u" OR e.id IN (SELECT enterprise_id FROM enterprise_tags WHERE "_s +
               d.containsCondition(u"tag"_s) + u')';
    }
    return sql;
}

QVariantList EnterpriseListQuery::bindValues() const {
    if (m_search.isEmpty())
        return {};
    const QString pattern = SqlDialect::likePattern(m_search);
    return {pattern, pattern, pattern};
}
