#include "core/dashboard/DashboardQuery.h"

#include "core/BulkRows.h"
#include "core/CalendarRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/IsoDate.h"
#include "core/PreparedStatementCache.h"
#include "core/ProfileRepository.h"
#include "core/dashboard/DepartmentScorecard.h"
#include "core/dashboard/WorkdayOrdinals.h"
#include "core/queries/AssignmentState.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}
QDate date(const QVariant &v) {
    return IsoDate::fromVariant(v);
}

} // namespace

DashboardQuery::DashboardQuery(Database &db)
    : m_db(db) {
    reload();
}

DashboardQuery::DashboardQuery(Database &db, const WorkCalendar &calendar,
                               const RuleProfile &profile)
    : m_db(db)
    , m_calendar(calendar)
    , m_profile(profile) {}

void DashboardQuery::reload() {
    m_calendar = CalendarRepository(m_db).load();
    m_profile = ProfileRepository(m_db).active();
}

QString DashboardQuery::openOnSql(const QString &columns, const QString &joins) {
    // Open on :asof = assigned by then, not deferred then (暂缓解决 is closed), and open today,
    // or completed after the date, or deferred only after it. The three halves are disjoint
    // (different statuses), and as a UNION ALL each uses its own index: the covering status
    // index for what is open today, the completed_on index for what closed later, the
    // deferred_on index for what was deferred later. `status || ''` keeps the planner off the
    // status index there (it would walk every closed assignment).
    const QString notDeferred = AssignmentState::deferredOnSql(u"a"_s, u":asof"_s) + u" = 0"_s;
    return u"SELECT %1 FROM assignments a %3 WHERE %2 AND a.assigned_on <= :asof AND %4 "
           "UNION ALL SELECT %1 FROM assignments a %3 WHERE a.completed_on > :asof "
           "AND a.status || '' IN ('done', 'evaluated') AND a.assigned_on <= :asof AND %4 "
           "UNION ALL SELECT %1 FROM assignments a %3 WHERE a.deferred_on > :asof "
           "AND a.status || '' = 'deferred' AND a.assigned_on <= :asof"_s.arg(
               columns, AssignmentState::openSql(u"a"_s), joins, notDeferred);
}

bool DashboardQuery::loadExtensions(const QDate &asOf, QHash<qint64, ExtensionsThen> &result) {
    // The approved extensions of the assignments open on the date, read once per refresh (the
    // three per-assignment sub-queries this replaces cost more; the open set's ids come from
    // the covering index, and only the few hundred extensions of open items are converted).
    // Those approved after the as-of date are undone with previous_due: the earliest of them
    // held the deadline then in force. Those of a round before 重办 (decided before the
    // reopening's deadline_start) neither count nor undo: the reopening set the deadline.
    // The reopening's deadline_start is looked up per extension found, in a sub-query: as a
    // join, SQLite read the (wide) assignment row of every open item before looking for its
    // extensions, 66,000 rows at a million appeals for 4,000 extensions.
    BulkRows q(m_db);
    if (!q.exec(u"SELECT e.assignment_id, e.decided_on, e.id, e.previous_due FROM extensions e "
                "WHERE e.status = 'approved' AND e.decided_on >= (SELECT d.deadline_start "
                "FROM assignments d WHERE d.id = e.assignment_id) "
                "AND e.assignment_id IN (%1)"_s.arg(openOnSql(u"a.id"_s)),
                {{u":asof"_s, iso(asOf)}})) {
        m_error = tr("Cannot read the extensions: %1").arg(q.errorString());
        return false;
    }
    const QByteArray asOfText = iso(asOf).toUtf8();
    // The earliest decision after the date; ties on the day go to the lower id.
    QHash<qint64, std::pair<QByteArray, qint64>> earliest;
    while (q.next()) {
        const qint64 assignment = q.integer(0);
        ExtensionsThen &e = result[assignment];
        ++e.total;
        // Compared as ISO text, as SQL compares them (an empty decided_on counts as before).
        const QByteArrayView decided = q.text(1);
        if (decided <= QByteArrayView(asOfText)) {
            ++e.approvedByThen;
            continue;
        }
        const std::pair<QByteArray, qint64> key{decided.toByteArray(), q.integer(2)};
        const auto it = earliest.constFind(assignment);
        if (it == earliest.cend() || key < *it) {
            earliest.insert(assignment, key);
            e.dueThen = q.date(3);
        }
    }
    if (!q.errorString().isEmpty()) {
        m_error = tr("Cannot read the extensions: %1").arg(q.errorString());
        return false;
    }
    return true;
}

bool DashboardQuery::loadItems(DashboardSnapshot &snap) {
    QHash<qint64, ExtensionsThen> extensions;
    if (!loadExtensions(snap.asOf, extensions))
        return false;
    const bool tenDay = m_profile.tenDayReports && m_profile.reportIntervalDays > 0;
    // The last report filed by the date only for the items that can owe a report: every one
    // under 十日一报, otherwise those with a first-report deadline. It is one seek per row in
    // progress_reports (assignment_id, report_date); grouped reads of all reports cost more
    // than these seeks at 100,000 appeals. The appeal's number for the owed-reports list is
    // read with the other texts for the rows on screen (texts()).
    const QString lastReportSql = u"(SELECT max(p.report_date) FROM progress_reports p "
                                  "WHERE p.assignment_id = a.id AND p.report_date <= :asof)"_s;
    const QString owed =
        tenDay ? lastReportSql : u"CASE WHEN a.progress_due <> '' THEN %1 END"_s.arg(lastReportSql);
    // Read through BulkRows: 66,000 open items at a million appeals, where Qt's conversion of
    // every value cost more than SQLite's walk. The status is not read: every row is open on
    // the date by construction (one closed today was in progress then).
    BulkRows q(m_db);
    if (!q.exec(openOnSql(u"a.id, a.lead_department_id, a.due_date, a.assigned_on, "
                          "a.progress_due, a.rehandle_count, %1, "_s.arg(
                              AssignmentState::escalatedOnSql(u"a"_s, u":asof"_s)) +
                          owed),
                {{u":asof"_s, iso(snap.asOf)}})) {
        m_error = tr("Cannot read the open assignments: %1").arg(q.errorString());
        return false;
    }
    const QString open = u"in_progress"_s;
    int counts[int(DashboardBucket::Escalated) + 1] = {};
    while (q.next()) {
        DashboardItem item;
        item.id = q.integer(0);
        item.departmentId = q.integer(1);
        const auto ext = extensions.constFind(item.id);
        const bool hasExtensions = ext != extensions.cend();
        item.dueDate = hasExtensions && ext->dueThen.isValid() ? ext->dueThen : q.date(2);
        item.rehandled = q.integer(5) > 0;
        // One definition with the assignment pages: an extension approved by the date. A
        // deadline changed with a reason (no extension row) is not an extension.
        const bool extended = hasExtensions && AssignmentState::isExtended(ext->approvedByThen);
        const auto state = AssignmentState::state(open, item.dueDate, snap.asOf, snap.dueSoonLimit);
        if (q.integer(6) == 1) // escalated on the date
            item.bucket = DashboardBucket::Escalated;
        else if (state == AssignmentState::DeadlineState::Overdue)
            item.bucket = DashboardBucket::Overdue;
        else if (extended)
            item.bucket = DashboardBucket::Extended;
        else if (state == AssignmentState::DeadlineState::DueSoon)
            item.bucket = DashboardBucket::DueSoon;
        else
            item.bucket = DashboardBucket::OnTrack;
        ++counts[int(item.bucket)];
        snap.items << item;
        const QDate progressDue = q.date(4);
        if (!tenDay && !progressDue.isValid())
            continue;
        // The first progress report is due by progress_due; with 十日一报 every later one is
        // due reportIntervalDays (calendar days, moved off holidays) after the last one filed.
        const QDate lastReport = q.date(7);
        ReportDue report;
        if (!lastReport.isValid()) {
            report.due =
                progressDue.isValid()
                    ? progressDue
                    : m_calendar.addCalendarDays(q.date(3), m_profile.reportIntervalDays).date;
        } else if (tenDay) {
            report.due = m_calendar.addCalendarDays(lastReport, m_profile.reportIntervalDays).date;
            report.tenDay = true;
        }
        if (report.due.isValid()) {
            report.missed = report.due < snap.asOf;
            if (report.missed || report.due <= snap.dueSoonLimit) {
                report.assignmentId = item.id;
                report.departmentId = item.departmentId;
                report.lastReport = lastReport;
                snap.reports << report;
            }
        }
    }
    if (!q.errorString().isEmpty()) {
        m_error = tr("Cannot read the open assignments: %1").arg(q.errorString());
        return false;
    }
    for (DashboardBucket b : DashboardBuckets::all())
        snap.counts[b] = counts[int(b)];
    std::sort(snap.reports.begin(), snap.reports.end(), [](const ReportDue &a, const ReportDue &b) {
        return a.due != b.due ? a.due < b.due : a.assignmentId < b.assignmentId;
    });
    return true;
}

bool DashboardQuery::loadDepartmentNames(DashboardSnapshot &snap) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, short_name FROM departments"_s)) {
        m_error = tr("Cannot read the departments: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        snap.departmentNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        if (const QString shortName = q.value(2).toString().trimmed(); !shortName.isEmpty())
            snap.departmentShortNames.insert(q.value(0).toLongLong(), shortName);
    }
    return true;
}

bool DashboardQuery::loadMeetingDeadlines(DashboardSnapshot &snap, int horizonDays) {
    const QDate horizon = snap.asOf.addDays(horizonDays);
    // The notice date is recorded from schema step 3 of the forms (通告) on; older files lack it.
    const bool hasNoticeDate = m_db.sql().record(u"meetings"_s).contains(u"notice_date"_s);
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
        m_db.sql(),
        u"SELECT m.id, m.title, m.kind, m.meeting_date, %1, "
        "(SELECT count(*) FROM assignments a WHERE a.meeting_id = m.id "
        " AND a.assigned_on <= :asof) "
        "FROM meetings m WHERE m.status <> 'cancelled' "
        "AND m.meeting_date >= :lo AND m.meeting_date <= :hi ORDER BY m.meeting_date"_s.arg(
            hasNoticeDate ? u"m.notice_date"_s : u"''"_s));
    QSqlQuery &q = statement.query();
    q.bindValue(u":asof"_s, iso(snap.asOf));
    q.bindValue(u":lo"_s, iso(snap.asOf.addDays(-45)));
    q.bindValue(u":hi"_s, iso(horizon.addDays(45)));
    if (!q.exec()) {
        m_error = tr("Cannot read the meetings: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        MeetingDeadline base;
        base.meetingId = q.value(0).toLongLong();
        base.meetingTitle = q.value(1).toString();
        if (base.meetingTitle.isEmpty())
            base.meetingTitle = q.value(2).toString();
        base.meetingDate = date(q.value(3));
        const QDate noticeDate = date(q.value(4));
        const int assigned = q.value(5).toInt();
        auto add = [&](MeetingDeadline::Kind kind, const Deadline &d, bool done) {
            if (!d.isValid())
                return;
            MeetingDeadline md = base;
            md.kind = kind;
            md.deadline = d.date;
            md.certain = d.certain;
            md.done = done;
            md.missed = !done && d.date < snap.asOf;
            if (md.missed || (d.date >= snap.asOf && d.date <= horizon))
                snap.meetingDeadlines << md;
        };
        // Lead times only matter before the meeting; afterwards they are history.
        if (base.meetingDate >= snap.asOf) {
            if (m_profile.noticeLeadWorkingDays > 0)
                add(MeetingDeadline::Kind::Notice,
                    m_calendar.subtractWorkingDays(base.meetingDate,
                                                   m_profile.noticeLeadWorkingDays),
                    noticeDate.isValid() && noticeDate <= snap.asOf);
            if (m_profile.catalogueLeadWorkingDays > 0)
                add(MeetingDeadline::Kind::Catalogue,
                    m_calendar.subtractWorkingDays(base.meetingDate,
                                                   m_profile.catalogueLeadWorkingDays),
                    false);
        }
        if (m_profile.assignWithinWorkingDays > 0 && base.meetingDate <= horizon)
            add(MeetingDeadline::Kind::Assignment,
                m_calendar.addWorkingDays(base.meetingDate, m_profile.assignWithinWorkingDays),
                assigned > 0);
    }
    std::sort(
        snap.meetingDeadlines.begin(), snap.meetingDeadlines.end(),
        [](const MeetingDeadline &a, const MeetingDeadline &b) { return a.deadline < b.deadline; });
    return true;
}

bool DashboardQuery::loadSeries(MonthlySeries &series, const QString &column, const QDate &from,
                                const QDate &to, int months) {
    for (QDate m = from; m <= to && series.months.size() < months; m = m.addMonths(1))
        series.months << m.toString(u"yyyy-MM"_s);
    // Counted per day first, in the order of the (submit_date, channel|domain) indexes, so that
    // only the few thousand day rows are sorted into months rather than every appeal.
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
        m_db.sql(), u"SELECT substr(day, 1, 7), key, sum(n) FROM "
                    "(SELECT submit_date AS day, %1 AS key, count(*) AS n FROM appeals "
                    " WHERE submit_date >= :from AND submit_date <= :to GROUP BY submit_date, %1) "
                    "AS per_day GROUP BY 1, 2"_s.arg(column));
    QSqlQuery &q = statement.query();
    q.bindValue(u":from"_s, iso(from));
    q.bindValue(u":to"_s, iso(to));
    if (!q.exec()) {
        m_error = tr("Cannot count appeals per month: %1").arg(q.lastError().text());
        return false;
    }
    QHash<QString, int> totals;
    while (q.next()) {
        const QString key = q.value(1).toString();
        const int n = q.value(2).toInt();
        series.counts[key][q.value(0).toString()] += n;
        totals[key] += n;
    }
    series.keys = totals.keys();
    std::sort(series.keys.begin(), series.keys.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    return true;
}

DashboardSnapshot DashboardQuery::compute(const Options &options) {
    m_error.clear();
    DashboardSnapshot snap;
    snap.asOf = options.asOf.isValid() ? options.asOf : Clock::today();
    snap.periodFrom =
        options.periodFrom.isValid() ? options.periodFrom : QDate(snap.asOf.year(), 1, 1);
    snap.warningWindowWorkingDays = std::max(0, m_profile.warningWindowWorkingDays);
    const Deadline limit = m_calendar.addWorkingDays(snap.asOf, snap.warningWindowWorkingDays);
    snap.dueSoonLimit =
        AssignmentState::dueSoonLimit(m_calendar, snap.asOf, snap.warningWindowWorkingDays);
    if (!limit.certain)
        snap.warnings << tr("The warning window is an estimate: %1").arg(limit.reason);
    for (DashboardBucket b : DashboardBuckets::all())
        snap.counts[b] = 0;

    if (!loadItems(snap) || !loadMeetingDeadlines(snap, options.meetingHorizonDays) ||
        !loadDepartmentNames(snap)) {
        snap.items.clear();
        return snap;
    }
    if (options.departments && !addDepartments(snap))
        return snap;
    if (options.series)
        addSeries(snap, options.chartMonths);
    return snap;
}

bool DashboardQuery::addDepartments(DashboardSnapshot &snap) {
    if (snap.hasDepartments)
        return true;
    DepartmentScorecard scorecard(m_db, m_calendar);
    snap.departments =
        scorecard.compute(snap.periodFrom, snap.asOf, snap.items, snap.departmentNames);
    for (DepartmentScore &s : snap.departments)
        s.shortName = snap.departmentShortNames.value(s.departmentId);
    if (!scorecard.errorString().isEmpty()) {
        m_error = scorecard.errorString();
        return false;
    }
    snap.hasDepartments = true;
    return true;
}

bool DashboardQuery::addSeries(DashboardSnapshot &snap, int chartMonths) {
    if (snap.hasSeries)
        return true;
    const int months = std::max(1, chartMonths);
    const QDate chartFrom = QDate(snap.asOf.year(), snap.asOf.month(), 1).addMonths(1 - months);
    snap.byChannel = {};
    snap.byDomain = {};
    if (!loadSeries(snap.byChannel, u"channel"_s, chartFrom, snap.asOf, months) ||
        !loadSeries(snap.byDomain, u"domain"_s, chartFrom, snap.asOf, months))
        return false;
    snap.hasSeries = true;
    return true;
}

bool DashboardQuery::forIds(const QList<qint64> &ids, const QString &sql,
                            const std::function<void(const BulkRows &)> &row) {
    // Ids are our own integers, so inlining them in chunks is safe and avoids a temp table.
    constexpr int chunk = 500;
    for (int start = 0; start < ids.size(); start += chunk) {
        QStringList list;
        for (int i = start; i < std::min<int>(start + chunk, ids.size()); ++i)
            list << QString::number(ids.at(i));
        BulkRows q(m_db);
        if (!q.exec(sql.arg(list.join(u',')), {})) {
            m_error = tr("Cannot read the assignments: %1").arg(q.errorString());
            return false;
        }
        while (q.next())
            row(q);
        if (!q.errorString().isEmpty()) {
            m_error = tr("Cannot read the assignments: %1").arg(q.errorString());
            return false;
        }
    }
    return true;
}

namespace {
QString text(const BulkRows &q, int column) {
    return QString::fromUtf8(q.text(column));
}
} // namespace

QHash<qint64, DashboardQuery::Texts> DashboardQuery::texts(const QList<qint64> &assignmentIds) {
    QHash<qint64, Texts> result;
    result.reserve(assignmentIds.size());
    forIds(assignmentIds,
           u"SELECT a.id, ap.number, ap.submitting_unit, ap.problem FROM assignments a "
           "LEFT JOIN appeals ap ON ap.id = a.appeal_id WHERE a.id IN (%1)"_s,
           [&](const BulkRows &q) {
               result.insert(q.integer(0), {text(q, 1), text(q, 2), text(q, 3)});
           });
    return result;
}

QHash<qint64, QString> DashboardQuery::sortTexts(const QDate &asOf, TextField field) {
    const QString column = field == TextField::AppealNumber ? u"ap.number"_s
                           : field == TextField::Enterprise ? u"ap.submitting_unit"_s
                                                            : u"ap.problem"_s;
    // The open set walked as the compute walks it: its covering index holds appeal_id, so only
    // the appeal's row is read. Looked up by id, each assignment's wide row was read as well,
    // and at a million appeals those pages did not stay in the cache.
    QHash<qint64, QString> result;
    BulkRows q(m_db);
    if (!q.exec(openOnSql(u"a.id, "_s + column, u"LEFT JOIN appeals ap ON ap.id = a.appeal_id"_s),
                {{u":asof"_s, iso(asOf)}})) {
        m_error = tr("Cannot read the assignments: %1").arg(q.errorString());
        return result;
    }
    while (q.next())
        result.insert(q.integer(0), text(q, 1));
    if (!q.errorString().isEmpty())
        m_error = tr("Cannot read the assignments: %1").arg(q.errorString());
    return result;
}

QList<DashboardQuery::Detail> DashboardQuery::details(const DashboardSnapshot &snapshot,
                                                      const QList<DashboardBucket> &buckets) {
    QHash<qint64, const DashboardItem *> wanted;
    QDate earliest = snapshot.asOf;
    for (const DashboardItem &item : snapshot.items) {
        if (buckets.isEmpty() || buckets.contains(item.bucket)) {
            wanted.insert(item.id, &item);
            if (item.dueDate.isValid())
                earliest = std::min(earliest, item.dueDate);
        }
    }
    // Working days overdue from ordinals: one array read per item instead of walking the
    // calendar from each deadline.
    const WorkdayOrdinals ordinals(m_calendar, earliest, snapshot.asOf);
    QList<Detail> result;
    result.reserve(wanted.size());
    QList<qint64> ids = wanted.keys();
    std::sort(ids.begin(), ids.end());
    const bool ok =
        forIds(ids,
               u"SELECT a.id, ap.number, ap.submitting_unit, ap.problem, d.name, a.status, "
               "a.assigned_on, a.original_due_date FROM assignments a "
               "LEFT JOIN appeals ap ON ap.id = a.appeal_id "
               "LEFT JOIN departments d ON d.id = a.lead_department_id WHERE a.id IN (%1)"_s,
               [&](const BulkRows &q) {
                   const DashboardItem *item = wanted.value(q.integer(0));
                   Detail d;
                   d.id = item->id;
                   d.appealNumber = text(q, 1);
                   d.enterprise = text(q, 2);
                   d.problem = text(q, 3);
                   d.department = text(q, 4);
                   d.status = text(q, 5);
                   d.assignedOn = q.date(6);
                   d.originalDueDate = q.date(7);
                   d.dueDate = item->dueDate;
                   d.bucket = item->bucket;
                   if (d.bucket == DashboardBucket::Overdue)
                       d.overdueWorkingDays =
                           ordinals.ordinal(snapshot.asOf) - ordinals.ordinal(d.dueDate);
                   result << d;
               });
    if (!ok)
        return {};
    std::sort(result.begin(), result.end(), [](const Detail &a, const Detail &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.id < b.id;
    });
    return result;
}
