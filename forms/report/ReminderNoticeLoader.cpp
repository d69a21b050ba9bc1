#include "forms/report/ReminderNoticeLoader.h"

#include "core/Database.h"
#include "core/dashboard/DashboardQuery.h"
#include "forms/FormDataLoader.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

ReminderNoticeLoader::ReminderNoticeLoader(Database &db)
    : m_db(db) {}

QList<ReminderNoticeData> ReminderNoticeLoader::load(const QList<qint64> &ids, const QDate &asOf) {
    m_error.clear();
    DashboardQuery dashboard(m_db);
    DashboardQuery::Options options;
    options.asOf = asOf;
    options.departments = false; // only the buckets and deadlines are needed
    options.series = false;
    const DashboardSnapshot snap = dashboard.compute(options);
    QList<DashboardQuery::Detail> overdue;
    if (dashboard.errorString().isEmpty())
        overdue = dashboard.details(snap, {DashboardBucket::Overdue});
    if (!dashboard.errorString().isEmpty()) {
        m_error = dashboard.errorString();
        return {};
    }
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    const RuleProfile &profile = dashboard.profile();
    const Deadline reportBy = dashboard.calendar().addWorkingDays(asOf, reportWithinWorkingDays);
    const QString phone = m_db.setting(u"office.phone"_s);
    FormDataLoader forms(m_db);
    QList<ReminderNoticeData> notices;
    for (const DashboardQuery::Detail &d : overdue) {
        if (!wanted.contains(d.id))
            continue;
        ReminderNoticeData n;
        n.assignmentId = d.id;
        n.appealNumber = d.appealNumber;
        n.enterprise = d.enterprise;
        n.problem = d.problem;
        n.leadDepartment = d.department;
        n.assignedOn = d.assignedOn;
        n.dueDate = d.dueDate;
        n.originalDueDate = d.originalDueDate;
        n.overdueWorkingDays = d.overdueWorkingDays;
        n.extensionCap = profile.extensionCap;
        n.asOf = asOf;
        n.reportBy = reportBy.date;
        n.reportByCertain = reportBy.certain;
        n.officePhone = phone;
        // The sheet's view of the item: cooperating departments, and the topic's text for an
        // assignment made per topic rather than per appeal.
        if (const auto sheet = forms.assignment(d.id)) {
            for (const CooperatorFormData &c : sheet->cooperators)
                n.cooperators << c.department;
            if (n.problem.isEmpty())
                n.problem = sheet->topicContent;
            if (n.appealNumber.isEmpty())
                n.appealNumber = sheet->number;
        }
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT count(*) FROM extensions WHERE assignment_id = ? AND status = "
                  "'approved' AND decided_on <= ?"_s);
        q.addBindValue(d.id);
        q.addBindValue(asOf.toString(Qt::ISODate));
        if (!q.exec() || !q.next()) {
            m_error = tr("Cannot read the extensions of assignment %1: %2")
                          .arg(d.id)
                          .arg(q.lastError().text());
            return {};
        }
        n.extensions = q.value(0).toInt();
        notices << n;
    }
    std::stable_sort(notices.begin(), notices.end(),
                     [](const ReminderNoticeData &a, const ReminderNoticeData &b) {
                         if (a.leadDepartment != b.leadDepartment)
                             return a.leadDepartment < b.leadDepartment;
                         return a.overdueWorkingDays > b.overdueWorkingDays;
                     });
    return notices;
}

std::optional<ReminderNoticeData> ReminderNoticeLoader::assignment(qint64 id, const QDate &asOf) {
    const QList<ReminderNoticeData> list = load({id}, asOf);
    if (!list.isEmpty())
        return list.first();
    if (!m_error.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT status, due_date FROM assignments WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        m_error = tr("There is no assignment with id %1.").arg(id);
    else if (q.value(0).toString() == "escalated"_L1)
        m_error = tr("Assignment %1 is escalated to a higher level and waits for its answer: a "
                     "reminder notice chases only overdue items the department can act on (the "
                     "overdue list leaves it out too).")
                      .arg(id);
    else
        m_error =
            tr("Assignment %1 is not overdue on %2 (status %3, due %4): a reminder notice "
               "is for overdue items.")
                .arg(id)
                .arg(asOf.toString(Qt::ISODate), q.value(0).toString(), q.value(1).toString());
    return std::nullopt;
}

QList<ReminderNoticeData> ReminderNoticeLoader::meeting(qint64 meetingId, const QDate &asOf) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id FROM assignments WHERE meeting_id = ?"_s);
    q.addBindValue(meetingId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    const QList<ReminderNoticeData> list = load(ids, asOf);
    if (list.isEmpty() && m_error.isEmpty())
        m_error = ids.isEmpty() ? tr("Meeting %1 has no assignments.").arg(meetingId)
                                : tr("No assignment of meeting %1 is overdue on %2.")
                                      .arg(meetingId)
                                      .arg(asOf.toString(Qt::ISODate));
    return list;
}

QList<ReminderNoticeData> ReminderNoticeLoader::assignments(const QList<qint64> &ids,
                                                            const QDate &asOf) {
    return load(ids, asOf);
}
