#include "core/queries/AppealListQuery.h"

#include "core/CalendarRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/PreparedStatementCache.h"
#include "core/ProfileRepository.h"
#include "core/queries/AppealListSql.h"
#include "core/queries/AppealSearch.h"

#include <algorithm>

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace AppealListSql;

namespace {

// The rows a list shows first (the GUI model's first chunk).
constexpr int kFirstPage = 256;

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

QString isoDate(const QDate &d) {
    return d.toString(Qt::ISODate);
}

} // namespace

AppealListQuery::AppealListQuery(Database &db)
    : m_db(db) {}

void AppealListQuery::setFilter(const Filter &filter) {
    m_filter = filter;
    m_sample.reset();
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

AppealListQuery::Where AppealListQuery::buildWhere(SearchPlan plan) {
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
        const QDate asOf = f.asOf.isValid() ? f.asOf : Clock::today();
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
    const AppealSearch search(m_db, f.search);
    if (!search.isEmpty()) {
        if (plan != SearchPlan::Index || !search.addIndexCondition(&w.conditions, &w.binds))
            search.addScanCondition(&w.conditions, &w.binds);
    }
    return w;
}

// Blocks of ids spread evenly over the table: recent and old appeals alike, each block a
// range of the rowid, so 2,000 rows are read wherever they are.
bool AppealListQuery::takeSample(Sample *sample) {
    constexpr int kBlocks = 8;
    constexpr int kBlockRows = 250;
    qint64 low = 0;
    qint64 high = 0;
    *sample = {};
    {
        // Two subqueries: SQLite answers one MIN() or MAX() from the index, both together by a
        // scan.
        PreparedStatementCache::Lease bounds = PreparedStatementCache::prepare(
            m_db.sql(), u"SELECT (SELECT MIN(id) FROM appeals), (SELECT MAX(id) FROM appeals)"_s);
        QSqlQuery &q = bounds.query();
        if (!bounds.exec({}) || !q.next()) {
            m_error = tr("Cannot count the appeals: %1").arg(q.lastError().text());
            return false;
        }
        low = q.value(0).toLongLong();
        high = q.value(1).toLongLong();
        sample->span = q.value(0).isNull() ? 0 : high - low + 1;
    }
    if (sample->span == 0) {
        sample->covered = true;
        return true;
    }
    const Where w = buildWhere(SearchPlan::Scan);
    QString sql = u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0) "
                  "FROM appeals a "_s.arg(w.conditions.isEmpty() ? u"1 = 1"_s
                                                                 : w.conditions.join(" AND "_L1));
    if (w.needsCurrentAssignment)
        sql += kCurrentAssignmentJoin;
    QVariantList binds = w.binds;
    QStringList blocks;
    if (sample->span <= kBlocks * kBlockRows) {
        sample->covered = true;
        blocks << u"a.id BETWEEN ? AND ?"_s;
        binds << low << high;
    } else {
        const qint64 stride = sample->span / kBlocks;
        for (int i = 0; i < kBlocks; ++i) {
            const qint64 first = low + i * stride + (stride - kBlockRows) / 2;
            blocks << u"a.id BETWEEN ? AND ?"_s;
            binds << first << first + kBlockRows - 1;
        }
    }
    sql += " WHERE "_L1 + blocks.join(" OR "_L1);
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(m_db.sql(), sql);
    QSqlQuery &q = statement.query();
    if (!statement.exec(binds) || !q.next()) {
        m_error = tr("Cannot count the appeals: %1").arg(q.lastError().text());
        return false;
    }
    sample->rows = q.value(0).toInt();
    sample->matches = q.value(1).toInt();
    return true;
}

// Rows [0, pageEnd) by walking the sort order and testing each row cost about
// pageEnd * rows / matches row tests; the index costs about one lookup per match, and sorting
// them. Below 20,000 rows tested the walk is a few milliseconds whatever the index would cost.
AppealListQuery::SearchPlan AppealListQuery::choosePlan(int pageEnd) {
    if (AppealSearch(m_db, m_filter.search).isEmpty())
        return SearchPlan::Auto;
    if (m_forcedPlan != SearchPlan::Auto)
        return m_forcedPlan;
    if (!m_sample) {
        Sample sample;
        if (!takeSample(&sample))
            return SearchPlan::Scan;
        m_sample = sample;
    }
    const Sample &s = *m_sample;
    if (s.covered)
        return SearchPlan::Scan;
    if (s.matches == 0)
        return SearchPlan::Index;
    const double tested = double(pageEnd) * s.rows / s.matches;
    const double matches = double(s.matches) * s.span / std::max(1, s.rows);
    return tested <= std::max(20000.0, matches) ? SearchPlan::Scan : SearchPlan::Index;
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
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(m_db.sql(), sql);
    QSqlQuery &q = statement.query();
    if (!statement.exec(binds)) {
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
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(m_db.sql(), sql);
    QSqlQuery &q = statement.query();
    if (!statement.exec(binds) || !q.next()) {
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
    if (offset == 0)
        m_sample.reset(); // a first page: the filter or the rows may have changed
    m_lastPlan = choosePlan(offset + limit);
    if (!m_error.isEmpty())
        return rows;
    const Where w = buildWhere(m_lastPlan);
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

int AppealListQuery::count() {
    m_error.clear();
    // The index finds a term's rows without reading the others, except for one common
    // character, whose trigrams are too many: those rows are read anyway.
    const AppealSearch search(m_db, m_filter.search);
    SearchPlan plan = SearchPlan::Index;
    if (m_forcedPlan != SearchPlan::Auto)
        plan = m_forcedPlan;
    else if (search.length() == 1)
        plan = choosePlan(1);
    const Where w = buildWhere(plan);
    QString sql = u"SELECT COUNT(*) FROM appeals a"_s;
    if (w.needsCurrentAssignment)
        sql += u' ' + kCurrentAssignmentJoin;
    if (!w.conditions.isEmpty())
        sql += " WHERE "_L1 + w.conditions.join(" AND "_L1);
    return runCount(sql, w.binds);
}

QString AppealListQuery::countText(const Count &count) {
    if (count.exact)
        return QString::number(count.value);
    qint64 unit = 1;
    while (count.value / unit >= 100)
        unit *= 10;
    const qint64 rounded = (count.value + unit / 2) / unit * unit;
    return tr("about %1").arg(QLocale().toString(rounded));
}

AppealListQuery::Count AppealListQuery::estimatedCount() {
    m_error.clear();
    if (AppealSearch(m_db, m_filter.search).isEmpty() || m_forcedPlan != SearchPlan::Auto)
        return {count(), true};
    // The page just fetched took the sample for its plan (fetch() drops it on a first page):
    // typing a search pays for one sample per keystroke, not two.
    if (!m_sample) {
        Sample taken;
        if (!takeSample(&taken))
            return {-1, true};
        m_sample = taken;
    }
    const Sample sample = *m_sample;
    if (sample.covered)
        return {sample.matches, true};
    if (choosePlan(kFirstPage) == SearchPlan::Index) // rare: the index counts them quickly
        return {count(), true};
    const double estimate = double(sample.matches) * sample.span / std::max(1, sample.rows);
    return {qint64(estimate + 0.5), false};
}
