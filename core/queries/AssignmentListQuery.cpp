#include "core/queries/AssignmentListQuery.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlDialect.h"
#include "core/queries/AssignmentState.h"

using namespace Qt::StringLiterals;

AssignmentListQuery::AssignmentListQuery(Database &db)
    : SqlListQuery(db, {{u"number"_s, u"number"_s},
                        {u"subject"_s, {}},
                        {u"lead"_s, u"lead_name"_s},
                        {u"assigned"_s, u"assigned_on"_s},
                        {u"due"_s, u"due_date"_s},
                        {u"original"_s, u"original_due_date"_s},
                        {u"status"_s, u"status"_s},
                        {u"extensions"_s, u"approved_extensions"_s},
                        {u"rehandle"_s, u"rehandle_count"_s}}) {}

QString AssignmentListQuery::selectSql() const {
    QStringList where;
    if (m_openOnly)
        where << AssignmentState::openSql(u"s"_s);
    if (!m_search.isEmpty()) {
        const SqlDialect &d = database().dialect();
        // The subject as the list shows it: the topic's title, else the appeal's problem.
        where << u"("_s + d.containsCondition(u"a.number"_s) + u" OR "_s +
                     d.containsCondition(u"a.submitting_unit"_s) + u" OR "_s +
                     d.containsCondition(u"COALESCE(t.title, a.problem, '')"_s) + u" OR "_s +
                     d.containsCondition(u"d.name"_s) + u')';
    }
    return u"SELECT s.id, COALESCE(a.number, '') AS number, COALESCE(t.title, a.problem, ''), "
           "d.name AS lead_name, s.assigned_on, s.due_date, s.original_due_date, s.status, "_s +
           AssignmentState::approvedExtensionsSql(u"s"_s) +
           u" AS approved_extensions, s.rehandle_count FROM assignments s "
           "JOIN departments d ON d.id = s.lead_department_id "
           "LEFT JOIN appeals a ON a.id = s.appeal_id "
           "LEFT JOIN topics t ON t.id = s.topic_id"_s +
           (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s));
}

QVariantList AssignmentListQuery::bindValues() const {
    const QDate asOf = m_asOf.isValid() ? m_asOf : Clock::today();
    QVariantList values{asOf.toString(Qt::ISODate)}; // the extensions approved by then
    if (!m_search.isEmpty())
        for (int i = 0; i < 4; ++i)
            values << SqlDialect::likePattern(m_search);
    return values;
}
