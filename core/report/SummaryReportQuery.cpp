#include "core/report/SummaryReportQuery.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/StatusLabels.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/queries/AssignmentState.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}

QDate date(const QVariant &v) {
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Counts in the given order first (those that occur), then the rest most frequent first.
QList<SummaryReport::Count> counted(const QHash<QString, int> &counts,
                                    const QStringList &order = {}) {
    QList<SummaryReport::Count> rows;
    for (const QString &label : order) {
        if (counts.value(label) > 0)
            rows.append({label, counts.value(label)});
    }
    QList<SummaryReport::Count> rest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!order.contains(it.key()))
            rest.append({it.key(), it.value()});
    }
    std::sort(rest.begin(), rest.end(),
              [](const SummaryReport::Count &a, const SummaryReport::Count &b) {
                  return a.count != b.count ? a.count > b.count : a.label < b.label;
              });
    return rows + rest;
}

} // namespace

SummaryReportQuery::SummaryReportQuery(Database &db)
    : m_db(db) {}

QStringList SummaryReportQuery::statusOrder() {
    return {StatusLabels::printedAppeal(u"pending"_s),
            StatusLabels::printedAppeal(u"rejected"_s),
            StatusLabels::printedAppeal(u"redirected"_s),
            StatusLabels::printedAppeal(u"solved"_s),
            u"已受理待交办"_s,
            StatusLabels::printedAssignment(u"assigned"_s),
            StatusLabels::printedAssignment(u"in_progress"_s),
            StatusLabels::printedAssignment(u"returned"_s),
            StatusLabels::printedAssignment(u"escalated"_s),
            StatusLabels::printedAssignment(u"deferred"_s),
            StatusLabels::printedAssignment(u"done"_s),
            StatusLabels::printedAssignment(u"evaluated"_s)};
}

bool SummaryReportQuery::loadAppeals(SummaryReport &r, QList<CommonProblemFinder::Text> &texts) {
    // Each appeal with its assignment of the day (the latest one made by then).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.number, a.submitting_unit, COALESCE(a.enterprise_id, 0), a.status, "
              "a.screened_at, a.channel, a.domain, a.problem, COALESCE(a.duplicate_of, 0), "
              "s.status, s.completed_on, "
              "(SELECT min(e.submit_date) FROM evaluations e WHERE e.assignment_id = s.id), "
              "s.escalated_on, s.escalated_until, s.deferred_on, s.deferred_until "
              "FROM appeals a LEFT JOIN assignments s ON s.id = (SELECT max(x.id) FROM "
              "assignments x WHERE x.appeal_id = a.id AND x.assigned_on <= :asof) "
              "WHERE a.submit_date >= :from AND a.submit_date <= :to ORDER BY a.id"_s);
    q.bindValue(u":asof"_s, iso(r.asOf));
    q.bindValue(u":from"_s, iso(r.period.from()));
    q.bindValue(u":to"_s, iso(r.asOf));
    if (!q.exec()) {
        m_error = tr("Cannot read the period's appeals: %1").arg(q.lastError().text());
        return false;
    }
    QHash<QString, int> byStatus, byDomain, byChannel;
    QSet<QString> enterprises;
    while (q.next()) {
        const qint64 enterpriseId = q.value(3).toLongLong();
        // Appeals keyed in without a registry entry are told apart by their unit's name.
        const QString enterprise = enterpriseId > 0
                                       ? u"#%1"_s.arg(enterpriseId)
                                       : CommonProblemFinder::normalised(q.value(2).toString());
        enterprises.insert(enterprise);
        ++r.appeals;

        QString status;
        if (!q.value(10).isNull()) {
            const QDate evaluated = date(q.value(12));
            QString code = AssignmentState::statusOn(
                q.value(10).toString(), date(q.value(11)), {date(q.value(13)), date(q.value(14))},
                {date(q.value(15)), date(q.value(16))}, r.asOf);
            if (code == "evaluated"_L1 && !(evaluated.isValid() && evaluated <= r.asOf))
                code = u"done"_s;
            status = StatusLabels::printedAssignment(code);
        } else {
            QString code = q.value(4).toString();
            const QDate screened = date(q.value(5));
            if (code != "pending"_L1 && screened.isValid() && screened > r.asOf)
                code = u"pending"_s;
            status = code == "accepted"_L1 ? u"已受理待交办"_s : StatusLabels::printedAppeal(code);
        }
        ++byStatus[status];
        const QString domain = q.value(7).toString().trimmed();
        const QString channel = q.value(6).toString().trimmed();
        ++byDomain[domain.isEmpty() ? u"（未分类）"_s : domain];
        ++byChannel[channel.isEmpty() ? u"（未注明）"_s : channel];
        // A duplicate repeats an appeal already counted: not a second voice for a problem.
        if (q.value(9).toLongLong() == 0)
            texts.append({q.value(0).toLongLong(), q.value(1).toString(), enterprise, domain,
                          q.value(8).toString()});
    }
    r.enterprises = int(enterprises.size());
    r.byStatus = counted(byStatus, statusOrder());
    r.byDomain = counted(byDomain);
    r.byChannel = counted(byChannel);

    QSqlQuery a(m_db.sql());
    a.prepare(u"SELECT count(*) FROM assignments WHERE assigned_on >= :from AND assigned_on <= "
              ":asof"_s);
    a.bindValue(u":from"_s, iso(r.period.from()));
    a.bindValue(u":asof"_s, iso(r.asOf));
    if (!a.exec() || !a.next()) {
        m_error = tr("Cannot count the period's assignments: %1").arg(a.lastError().text());
        return false;
    }
    r.assigned = a.value(0).toInt();
    return true;
}

bool SummaryReportQuery::loadDashboardFigures(SummaryReport &r, int maxListed) {
    DashboardQuery dashboard(m_db);
    DashboardQuery::Options o;
    o.asOf = r.asOf;
    o.periodFrom = r.period.from();
    o.series = false; // the report has its own counts by domain and channel
    const DashboardSnapshot snap = dashboard.compute(o);
    if (!dashboard.errorString().isEmpty()) {
        m_error = dashboard.errorString();
        return false;
    }
    r.departments = snap.departments;
    for (const DepartmentScore &d : snap.departments) {
        r.completed += d.completed;
        r.completedOnTime += d.completedOnTime;
        r.satisfied += d.satisfied;
        r.basic += d.basic;
        r.unsatisfied += d.unsatisfied;
    }
    QList<DashboardQuery::Detail> overdue = dashboard.details(snap, {DashboardBucket::Overdue});
    if (!dashboard.errorString().isEmpty()) {
        m_error = dashboard.errorString();
        return false;
    }
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const DashboardQuery::Detail &a, const DashboardQuery::Detail &b) {
                         return a.overdueWorkingDays > b.overdueWorkingDays;
                     });
    r.overdueTotal = int(overdue.size());
    for (const DashboardQuery::Detail &d : overdue.mid(0, maxListed)) {
        SummaryReport::Item item;
        item.assignmentId = d.id;
        item.appealNumber = d.appealNumber;
        item.enterprise = d.enterprise;
        item.problem = d.problem;
        item.leadDepartment = d.department;
        item.assignedOn = d.assignedOn;
        item.dueDate = d.dueDate;
        item.overdueWorkingDays = d.overdueWorkingDays;
        r.overdue << item;
    }
    return true;
}

bool SummaryReportQuery::loadDecisions(SummaryReport &r, int maxListed) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Escalated or deferred on the report's day, as the records date it (an item escalated
    // after the period's end is not listed; one that was escalated then and has come back
    // since is).
    const QString deferredThen = AssignmentState::deferredOnSql(u"s"_s, u":asof"_s);
    const QString escalatedThen = AssignmentState::escalatedOnSql(u"s"_s, u":asof"_s);
    q.prepare(u"SELECT s.id, COALESCE(ap.number, ''), COALESCE(ap.submitting_unit, ''), "
              "COALESCE(ap.problem, t.title, ''), d.name, s.assigned_on, s.due_date, %1, "
              "s.escalation_note, s.explanation FROM assignments s "
              "JOIN departments d ON d.id = s.lead_department_id "
              "LEFT JOIN appeals ap ON ap.id = s.appeal_id "
              "LEFT JOIN topics t ON t.id = s.topic_id "
              "WHERE (%1 = 1 OR %2 = 1) AND s.assigned_on <= :asof "
              "ORDER BY s.assigned_on, s.id"_s.arg(deferredThen, escalatedThen));
    q.bindValue(u":asof"_s, iso(r.asOf));
    if (!q.exec()) {
        m_error = tr("Cannot read the escalated and deferred items: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const bool escalated = q.value(7).toInt() == 0; // deferred then, or else escalated
        int &total = escalated ? r.escalatedTotal : r.deferredTotal;
        QList<SummaryReport::Item> &list = escalated ? r.escalated : r.deferred;
        ++total;
        if (list.size() >= maxListed)
            continue;
        SummaryReport::Item item;
        item.assignmentId = q.value(0).toLongLong();
        item.appealNumber = q.value(1).toString();
        item.enterprise = q.value(2).toString();
        item.problem = q.value(3).toString();
        item.leadDepartment = q.value(4).toString();
        item.assignedOn = date(q.value(5));
        item.dueDate = date(q.value(6));
        item.note = q.value(escalated ? 8 : 9).toString();
        list << item;
    }
    return true;
}

std::optional<SummaryReport> SummaryReportQuery::build(const ReportPeriod &period,
                                                       const Options &options) {
    m_error.clear();
    const QDate today = options.today.isValid() ? options.today : Clock::today();
    if (!period.isValid()) {
        m_error = tr("The report period is not a valid range of dates.");
        return std::nullopt;
    }
    if (period.from() > today) {
        m_error = tr("The report period starts on %1, after today: there is nothing to report.")
                      .arg(iso(period.from()));
        return std::nullopt;
    }
    SummaryReport r;
    r.period = period;
    r.asOf = std::min(period.to(), today);
    r.minEnterprises = std::max(2, options.minEnterprises);
    QList<CommonProblemFinder::Text> texts;
    if (!loadAppeals(r, texts) || !loadDashboardFigures(r, options.maxListed) ||
        !loadDecisions(r, options.maxListed))
        return std::nullopt;
    CommonProblemFinder::Options common;
    common.minEnterprises = r.minEnterprises;
    common.maxGroups = options.maxWordingGroups;
    r.commonByDomain = CommonProblemFinder::byDomain(texts, common);
    r.commonByWording = CommonProblemFinder::byWording(texts, common);
    return r;
}
