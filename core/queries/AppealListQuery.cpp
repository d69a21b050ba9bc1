#include "core/queries/AppealListQuery.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The most recent assignment of each appeal; see the class comment.
const auto kCurrentAssignmentJoin =
    "LEFT JOIN assignments s ON s.id = "
    "(SELECT MAX(x.id) FROM assignments x WHERE x.appeal_id = a.id)"_L1;
const auto kNameJoins = " LEFT JOIN enterprises e ON e.id = a.enterprise_id"
                        " LEFT JOIN departments cd ON cd.id = a.collecting_department_id"
                        " LEFT JOIN departments ld ON ld.id = s.lead_department_id"_L1;
// Walking assignments: `s` is the appeal's current one.
const auto kIsCurrentAssignment =
    "NOT EXISTS (SELECT 1 FROM assignments x WHERE x.appeal_id = s.appeal_id AND x.id > s.id)"_L1;
// The appeals never assigned, with the same aliases as the other queries.
const QString kNeverAssigned = " FROM appeals a LEFT JOIN assignments s ON s.appeal_id = a.id"_L1 +
                               kNameJoins + " WHERE s.id IS NULL"_L1;
const auto kSelect = "SELECT a.id, a.number, a.submit_date, a.submitting_unit, e.name, a.domain, "
                     "a.channel, a.status, cd.name, ld.name, s.status, s.due_date"_L1;

QString sortExpression(AppealListQuery::Column column) {
    using C = AppealListQuery::Column;
    switch (column) {
    case C::Number:
        return u"a.number"_s;
    case C::SubmitDate:
        return u"a.submit_date"_s;
    case C::SubmittingUnit:
        return u"a.submitting_unit"_s;
    case C::Enterprise:
        return u"e.name"_s;
    case C::Domain:
        return u"a.domain"_s;
    case C::Channel:
        return u"a.channel"_s;
    case C::Status:
        return u"a.status"_s;
    case C::CollectingDepartment:
        return u"cd.name"_s;
    case C::LeadDepartment:
        return u"ld.name"_s;
    case C::AssignmentStatus:
        return u"s.status"_s;
    case C::DueDate:
        return u"s.due_date"_s;
    }
    return u"a.number"_s;
}

// FTS5 query syntax treats quotes, AND/OR/NOT and * specially; one quoted phrase with doubled
// inner quotes makes any user text a plain substring search.
QString ftsPhrase(const QString &text) {
    QString escaped = text;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

QString isoDate(const QDate &d) {
    return d.toString(Qt::ISODate);
}

} // namespace

AppealListQuery::AppealListQuery(Database &db)
    : m_db(db) {}

void AppealListQuery::setFilter(const Filter &filter) {
    m_filter = filter;
}

void AppealListQuery::setSort(Column column, Qt::SortOrder order) {
    m_sort = column;
    m_order = order;
}

QList<AppealListQuery::Column> AppealListQuery::columns() {
    return {Column::Number,         Column::SubmitDate,
            Column::SubmittingUnit, Column::Enterprise,
            Column::Domain,         Column::Channel,
            Column::Status,         Column::CollectingDepartment,
            Column::LeadDepartment, Column::AssignmentStatus,
            Column::DueDate};
}

QString AppealListQuery::columnCode(Column column) {
    switch (column) {
    case Column::Number:
        return u"number"_s;
    case Column::SubmitDate:
        return u"submit_date"_s;
    case Column::SubmittingUnit:
        return u"submitting_unit"_s;
    case Column::Enterprise:
        return u"enterprise"_s;
    case Column::Domain:
        return u"domain"_s;
    case Column::Channel:
        return u"channel"_s;
    case Column::Status:
        return u"status"_s;
    case Column::CollectingDepartment:
        return u"collecting_department"_s;
    case Column::LeadDepartment:
        return u"lead_department"_s;
    case Column::AssignmentStatus:
        return u"assignment_status"_s;
    case Column::DueDate:
        return u"due_date"_s;
    }
    return {};
}

std::optional<AppealListQuery::Column> AppealListQuery::columnFromCode(const QString &code) {
    for (Column c : columns()) {
        if (columnCode(c) == code)
            return c;
    }
    return std::nullopt;
}

QString AppealListQuery::columnTitle(Column column) {
    switch (column) {
    case Column::Number:
        return tr("Number");
    case Column::SubmitDate:
        return tr("Submitted");
    case Column::SubmittingUnit:
        return tr("Submitting unit");
    case Column::Enterprise:
        return tr("Enterprise");
    case Column::Domain:
        return tr("Domain");
    case Column::Channel:
        return tr("Channel");
    case Column::Status:
        return tr("Status");
    case Column::CollectingDepartment:
        return tr("Collected by");
    case Column::LeadDepartment:
        return tr("Lead department");
    case Column::AssignmentStatus:
        return tr("Assignment");
    case Column::DueDate:
        return tr("Deadline");
    }
    return {};
}

QVariant AppealListQuery::value(const Row &row, Column column) {
    switch (column) {
    case Column::Number:
        return row.number;
    case Column::SubmitDate:
        return row.submitDate;
    case Column::SubmittingUnit:
        return row.submittingUnit;
    case Column::Enterprise:
        return row.enterprise;
    case Column::Domain:
        return row.domain;
    case Column::Channel:
        return row.channel;
    case Column::Status:
        return row.status;
    case Column::CollectingDepartment:
        return row.collectingDepartment;
    case Column::LeadDepartment:
        return row.leadDepartment;
    case Column::AssignmentStatus:
        return row.assignmentStatus;
    case Column::DueDate:
        return row.dueDate;
    }
    return {};
}

AppealListQuery::Where AppealListQuery::buildWhere() {
    Where w;
    const Filter &f = m_filter;
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << u"?"_s;
            w.binds << s;
        }
        w.conditions << u"a.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!f.domain.isEmpty()) {
        w.conditions << u"a.domain = ?"_s;
        w.binds << f.domain;
    }
    if (!f.channel.isEmpty()) {
        w.conditions << u"a.channel = ?"_s;
        w.binds << f.channel;
    }
    if (f.enterpriseId > 0) {
        w.conditions << u"a.enterprise_id = ?"_s;
        w.binds << f.enterpriseId;
    }
    if (f.collectingDepartmentId > 0) {
        w.conditions << u"a.collecting_department_id = ?"_s;
        w.binds << f.collectingDepartmentId;
    }
    if (f.leadDepartmentId > 0) {
        w.conditions << u"s.lead_department_id = ?"_s;
        w.binds << f.leadDepartmentId;
        w.needsCurrentAssignment = true;
    }
    if (f.meetingId > 0) {
        w.conditions << u"(EXISTS (SELECT 1 FROM assignments m WHERE m.appeal_id = a.id AND "
                        "m.meeting_id = ?) OR a.topic_id IN (SELECT mt.topic_id FROM "
                        "meeting_topics mt WHERE mt.meeting_id = ?))"_s;
        w.binds << f.meetingId << f.meetingId;
    }
    if (f.topicId > 0) {
        w.conditions << u"a.topic_id = ?"_s;
        w.binds << f.topicId;
    }
    if (f.submittedFrom.isValid()) {
        w.conditions << u"a.submit_date >= ?"_s;
        w.binds << isoDate(f.submittedFrom);
    }
    if (f.submittedTo.isValid()) {
        w.conditions << u"a.submit_date <= ?"_s;
        w.binds << isoDate(f.submittedTo);
    }
    if (f.deadlineState) {
        using S = AssignmentState::DeadlineState;
        const QDate asOf = f.asOf.isValid() ? f.asOf : QDate::currentDate();
        w.needsCurrentAssignment = true;
        const QString open = AssignmentState::openSql(u"s"_s);
        QDate limit;
        if (*f.deadlineState == S::DueSoon || *f.deadlineState == S::OnTrack) {
            const int window = m_dueSoonWindow >= 0
                                   ? m_dueSoonWindow
                                   : ProfileRepository(m_db).active().warningWindowWorkingDays;
            limit = AssignmentState::dueSoonLimit(CalendarRepository(m_db).load(), asOf, window);
        }
        switch (*f.deadlineState) {
        case S::Overdue:
            w.conditions << AssignmentState::overdueSql(u"s"_s);
            w.binds << isoDate(asOf);
            break;
        case S::DueSoon:
            w.conditions << u"(%1 AND s.due_date >= ? AND s.due_date <= ?)"_s.arg(open);
            w.binds << isoDate(asOf) << isoDate(limit);
            break;
        case S::OnTrack:
            w.conditions << u"(%1 AND s.due_date > ?)"_s.arg(open);
            w.binds << isoDate(limit);
            break;
        case S::None:
            w.conditions << u"(s.id IS NULL OR NOT (%1))"_s.arg(open);
            break;
        }
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        const SqlDialect &d = m_db.dialect();
        // The trigram index only answers queries of 3+ characters (code points, not UTF-16).
        const qsizetype length = search.toUcs4().size();
        if (d.hasTrigramSearch() && length >= 3) {
            w.conditions << u"a.id IN (%1)"_s.arg(d.trigramMatchSql());
            w.binds << ftsPhrase(search);
        } else if (d.hasTrigramSearch() && length == 2 && addTwoCharacterSearch(search, &w)) {
            // done: the trigram vocabulary and the column tails answered it
        } else {
            QStringList ors;
            const QString pattern = SqlDialect::likePattern(search);
            for (const char *column :
                 {"a.number", "a.submitting_unit", "a.problem", "a.suggestions"}) {
                ors << d.containsCondition(QString::fromLatin1(column));
                w.binds << pattern;
            }
            w.conditions << u'(' + ors.join(" OR "_L1) + u')';
        }
    }
    return w;
}

// The same rows as the LIKE condition over number, submitting unit, problem and suggestions,
// found through indexes (see schema step 005): the trigrams that start with the term, and the
// columns that end with it. Case is folded as LIKE and the trigram index fold ASCII. Returns
// false when the database lacks the vocabulary table, so that LIKE answers instead.
bool AppealListQuery::addTwoCharacterSearch(const QString &term, Where *w) {
    const QString folded = term.toLower();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT term FROM appeal_search_vocab WHERE term >= ? AND term < ?"_s))
        return false;
    q.addBindValue(folded);
    q.addBindValue(folded + QString::fromUcs4(U"\U0010FFFF", 1)); // after every "T?" trigram
    if (!q.exec())
        return false;
    QStringList trigrams;
    while (q.next())
        trigrams << ftsPhrase(q.value(0).toString());
    QStringList ors;
    if (!trigrams.isEmpty()) {
        ors << u"a.id IN (%1)"_s.arg(m_db.dialect().trigramMatchSql());
        w->binds << u"{number submitting_unit problem suggestions} : (%1)"_s.arg(
            trigrams.join(" OR "_L1));
    }
    for (const char *column : {"number", "submitting_unit", "problem", "suggestions"}) {
        ors << u"lower(substr(a.%1, -2)) = ?"_s.arg(QString::fromLatin1(column));
        w->binds << folded;
    }
    w->conditions << u'(' + ors.join(" OR "_L1) + u')';
    return true;
}

QString AppealListQuery::orderBy(const QString &expression) const {
    const QString dir = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // The id breaks ties so that pages never overlap or skip rows. The appeal's own columns are
    // NOT NULL: without the "IS NULL" term SQLite walks their index (schema step 012) in order
    // and stops after one page instead of sorting 100,000 rows. Status ties go by date, through
    // the (status, submit_date) index.
    if (expression == "a.number"_L1)
        return u" ORDER BY a.number %1"_s.arg(dir);
    if (expression == "a.status"_L1)
        return u" ORDER BY a.status %1, a.submit_date %1, a.id %1"_s.arg(dir);
    if (expression.startsWith("a."_L1))
        return u" ORDER BY %1 %2, a.id %2"_s.arg(expression, dir);
    return u" ORDER BY (%1 IS NULL), %1 %2, a.id %2"_s.arg(expression, dir);
}

bool AppealListQuery::runRows(const QString &sql, const QVariantList &binds, QList<Row> *rows) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = tr("Cannot list the appeals: %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = tr("Cannot list the appeals: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.submitDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.submittingUnit = q.value(3).toString();
        r.enterprise = q.value(4).toString();
        r.domain = q.value(5).toString();
        r.channel = q.value(6).toString();
        r.status = q.value(7).toString();
        r.collectingDepartment = q.value(8).toString();
        r.leadDepartment = q.value(9).toString();
        r.assignmentStatus = q.value(10).toString();
        r.dueDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        rows->append(r);
    }
    return true;
}

int AppealListQuery::runCount(const QString &sql, const QVariantList &binds) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = tr("Cannot count the appeals: %1").arg(q.lastError().text());
        return -1;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = tr("Cannot count the appeals: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

QList<AppealListQuery::Row> AppealListQuery::fetch(int offset, int limit) {
    m_error.clear();
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    offset = std::max(0, offset);
    const Where w = buildWhere();
    if (m_sort == Column::DueDate)
        return fetchByDeadline(w, offset, limit);
    if (m_sort == Column::Enterprise)
        return fetchByEnterprise(w, offset, limit);
    if (m_sort == Column::AssignmentStatus)
        return fetchByAssignmentStatus(w, offset, limit);
    if (m_sort == Column::LeadDepartment || m_sort == Column::CollectingDepartment)
        return fetchByDepartment(w, offset, limit);
    QString sql = kSelect + " FROM appeals a "_L1 + kCurrentAssignmentJoin + kNameJoins;
    if (!w.conditions.isEmpty())
        sql += " WHERE "_L1 + w.conditions.join(" AND "_L1);
    sql += orderBy(sortExpression(m_sort)) + " LIMIT ? OFFSET ?"_L1;
    runRows(sql, w.binds + QVariantList{limit, offset}, &rows);
    return rows;
}

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
    QSqlQuery d(m_db.sql());
    if (!d.exec(u"SELECT id FROM departments ORDER BY name %1, id %1"_s.arg(dir))) {
        m_error = tr("Cannot list the appeals: %1").arg(d.lastError().text());
        return {};
    }
    while (d.next())
        departments << d.value(0).toLongLong();
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
    if (rows.isEmpty()) {
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

int AppealListQuery::count() {
    m_error.clear();
    Where w = buildWhere();
    QString sql = u"SELECT COUNT(*) FROM appeals a"_s;
    if (w.needsCurrentAssignment)
        sql += u' ' + kCurrentAssignmentJoin;
    if (!w.conditions.isEmpty())
        sql += " WHERE "_L1 + w.conditions.join(" AND "_L1);
    return runCount(sql, w.binds);
}
