#include "core/PreparedStatementCache.h"
#include "core/queries/AppealListQuery.h"

#include "core/Database.h"
#include "core/queries/AppealListSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace AppealListSql;

// The sorts on a column of another table (the current assignment's deadline, status and lead
// department, the enterprise's and the collecting department's names): each walks that table's
// index in order and stops after one page instead of sorting every appeal.

// Sorting 100,000 appeals by the deadline of their current assignment through the generic
// query means computing that assignment for every appeal before the sort. Instead the
// assignments are walked in due_date order (index assignments_due_date) keeping only current
// ones, which stops after one page; the appeals never assigned (NULL deadline) follow in id
// order.
QList<AppealListQuery::Row> AppealListQuery::fetchByDeadline(const Where &w, int offset,
                                                             int limit) {
    const QString dir = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString keyed = " FROM assignments s JOIN appeals a ON a.id = s.appeal_id"_L1 +
                          kNameJoins + " WHERE "_L1 + kIsCurrentAssignment;
    return fetchKeyedThenRest(w, keyed, u"s.due_date %1, s.id %1"_s.arg(dir), kNeverAssigned,
                              offset, limit);
}

// The same for the enterprise's name: the registry is walked by name (its UNIQUE index) and
// each enterprise's appeals by appeals_enterprise, already in id order; appeals without a
// registry entry follow.
QList<AppealListQuery::Row> AppealListQuery::fetchByEnterprise(const Where &w, int offset,
                                                               int limit) {
    const QString dir = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString otherJoins = " LEFT JOIN departments cd ON cd.id = a.collecting_department_id"
                               " LEFT JOIN departments ld ON ld.id = s.lead_department_id"_L1;
    const QString keyed = " FROM enterprises e JOIN appeals a ON a.enterprise_id = e.id "_L1 +
                          kCurrentAssignmentJoin + otherJoins + " WHERE 1 = 1"_L1;
    const QString rest = " FROM appeals a "_L1 + kCurrentAssignmentJoin + kNameJoins +
                         " WHERE a.enterprise_id IS NULL"_L1;
    return fetchKeyedThenRest(w, keyed, u"e.name %1, a.id %1"_s.arg(dir), rest, offset, limit);
}

// The current assignments walked by status and appeal (index assignments_status_appeal, schema
// step 012); the appeals never assigned follow.
QList<AppealListQuery::Row> AppealListQuery::fetchByAssignmentStatus(const Where &w, int offset,
                                                                     int limit) {
    const QString dir = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString keyed = " FROM assignments s JOIN appeals a ON a.id = s.appeal_id"_L1 +
                          kNameJoins + " WHERE "_L1 + kIsCurrentAssignment;
    return fetchKeyedThenRest(w, keyed, u"s.status %1, s.appeal_id %1"_s.arg(dir), kNeverAssigned,
                              offset, limit);
}

// By the name of the lead or the collecting department. SQLite will not walk a few dozen
// departments by name and each one's rows through an index on its own (it sorts all 100,000
// rows), so the departments are read in name order here and each one's rows fetched in id
// order through an index (schema step 012) until the page is full; the departments before the
// page are only counted. Rows without a department follow.
QList<AppealListQuery::Row> AppealListQuery::fetchByDepartment(const Where &w, int offset,
                                                               int limit) {
    const QString dir = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const bool lead = m_sort == Column::LeadDepartment;
    const QString keyed = lead ? " FROM assignments s JOIN appeals a ON a.id = s.appeal_id"_L1 +
                                     kNameJoins + " WHERE s.lead_department_id = ? AND "_L1 +
                                     kIsCurrentAssignment
                               : " FROM appeals a "_L1 + kCurrentAssignmentJoin + kNameJoins +
                                     " WHERE a.collecting_department_id = ?"_L1;
    const QString rest = lead ? kNeverAssigned
                              : " FROM appeals a "_L1 + kCurrentAssignmentJoin + kNameJoins +
                                    " WHERE a.collecting_department_id IS NULL"_L1;
    const QString idOrder = lead ? u"s.appeal_id %1"_s.arg(dir) : u"a.id %1"_s.arg(dir);
    QString conditions;
    for (const QString &c : w.conditions)
        conditions += " AND "_L1 + c;

    QList<qint64> departments;
    {
        PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
            m_db.sql(), u"SELECT id FROM departments ORDER BY name %1, id %1"_s.arg(dir));
        QSqlQuery &d = statement.query();
        if (!statement.exec({})) {
            m_error = tr("Cannot list the appeals: %1").arg(d.lastError().text());
            return {};
        }
        while (d.next())
            departments << d.value(0).toLongLong();
    }
    QList<Row> rows;
    int skip = offset;
    for (qint64 department : std::as_const(departments)) {
        const QVariantList binds = QVariantList{department} + w.binds;
        if (skip > 0) {
            const int n = runCount("SELECT COUNT(*)"_L1 + keyed + conditions, binds);
            if (n < 0)
                return {};
            if (n <= skip) {
                skip -= n;
                continue;
            }
        }
        const QString sql =
            kSelect + keyed + conditions + " ORDER BY "_L1 + idOrder + " LIMIT ? OFFSET ?"_L1;
        if (!runRows(sql, binds + QVariantList{limit - int(rows.size()), skip}, &rows))
            return {};
        skip = 0;
        if (rows.size() >= limit)
            return rows;
    }
    const QString sql =
        kSelect + rest + conditions + u" ORDER BY a.id %1 LIMIT ? OFFSET ?"_s.arg(dir);
    if (!runRows(sql, w.binds + QVariantList{limit - int(rows.size()), skip}, &rows))
        return {};
    return rows;
}

// Rows [offset, offset + limit) of "the rows with a key, in key order, then the rest in id
// order": `keyed` and `rest` are FROM ... WHERE ... clauses to which the filter's conditions
// are added.
QList<AppealListQuery::Row>
AppealListQuery::fetchKeyedThenRest(const Where &w, const QString &keyed, const QString &keyOrder,
                                    const QString &rest, int offset, int limit) {
    QString conditions;
    for (const QString &c : w.conditions)
        conditions += " AND "_L1 + c;
    QList<Row> rows;
    const QString first =
        kSelect + keyed + conditions + " ORDER BY "_L1 + keyOrder + " LIMIT ? OFFSET ?"_L1;
    if (!runRows(first, w.binds + QVariantList{limit, offset}, &rows))
        return {};
    if (rows.size() >= limit)
        return rows;
    int keyedTotal = offset + int(rows.size());
    // Only a later page needs to know how many keyed rows its offset skips: the first page of a
    // search that no keyed row matches goes straight on to the rest (one statement less each
    // keystroke).
    if (rows.isEmpty() && offset > 0) {
        keyedTotal = runCount("SELECT COUNT(*)"_L1 + keyed + conditions, w.binds);
        if (keyedTotal < 0)
            return {};
    }
    const QString dir = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString second =
        kSelect + rest + conditions + u" ORDER BY a.id %1 LIMIT ? OFFSET ?"_s.arg(dir);
    const int restOffset = std::max(0, offset - keyedTotal);
    if (!runRows(second, w.binds + QVariantList{limit - int(rows.size()), restOffset}, &rows))
        return {};
    return rows;
}
