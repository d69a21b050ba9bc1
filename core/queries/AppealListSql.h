#pragma once

// Private to core/queries: the SQL pieces the appeal list's queries share (AppealListQuery.cpp,
// AppealListQuerySorts.cpp).

#include <QString>

namespace AppealListSql {

using namespace Qt::StringLiterals;

// The most recent assignment of each appeal; see the class comment.
inline const auto kCurrentAssignmentJoin =
    "LEFT JOIN assignments s ON s.id = "
    "(SELECT MAX(x.id) FROM assignments x WHERE x.appeal_id = a.id)"_L1;
inline const auto kNameJoins = " LEFT JOIN enterprises e ON e.id = a.enterprise_id"
                               " LEFT JOIN departments cd ON cd.id = a.collecting_department_id"
                               " LEFT JOIN departments ld ON ld.id = s.lead_department_id"_L1;
// Walking assignments: `s` is the appeal's current one.
inline const auto kIsCurrentAssignment =
    "NOT EXISTS (SELECT 1 FROM assignments x WHERE x.appeal_id = s.appeal_id AND x.id > s.id)"_L1;
// The appeals never assigned, with the same aliases as the other queries.
inline const QString kNeverAssigned =
    " FROM appeals a LEFT JOIN assignments s ON s.appeal_id = a.id"_L1 + kNameJoins +
    " WHERE s.id IS NULL"_L1;
inline const auto kSelect =
    "SELECT a.id, a.number, a.submit_date, a.submitting_unit, e.name, a.domain, "
    "a.channel, a.status, cd.name, ld.name, s.status, s.due_date"_L1;

} // namespace AppealListSql
