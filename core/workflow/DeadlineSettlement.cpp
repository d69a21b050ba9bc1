#include "core/workflow/DeadlineSettlement.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/HandlingLimit.h"
#include "core/ProfileRepository.h"
#include "core/WorkCalendar.h"
#include "core/queries/AssignmentState.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;

namespace {

struct Row {
    qint64 id = 0;
    QDate assignedOn;
    QDate progressDue;
    QDate due;
    QDate original;
    bool uncertain = false;
    bool multi = false;
    int rehandled = 0;
    QDate start;
    HandlingLimit dueRule;
    HandlingLimit progressRule;
    QString item;
    QString department;
};

QJsonObject change(const QDate &from, const QDate &to) {
    return {{u"from"_s, iso(from)}, {u"to"_s, iso(to)}};
}

} // namespace

DeadlineSettlement::DeadlineSettlement(Database &db)
    : m_db(db) {}

std::optional<DeadlineSettlement::Report>
DeadlineSettlement::settle(const WorkCalendar &before, const WorkCalendar &after,
                           const QString &calendarChange) {
    m_error.clear();
    const RuleProfile profile = ProfileRepository(m_db).active();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT s.id, s.assigned_on, s.progress_due, s.due_date, s.original_due_date, "
                "s.due_uncertain, s.multi_department, s.rehandle_count, s.deadline_start, "
                "s.due_rule, s.progress_rule, COALESCE(a.number, t.title, ''), "
                "COALESCE(d.name, '') FROM assignments s "
                "LEFT JOIN appeals a ON a.id = s.appeal_id "
                "LEFT JOIN topics t ON t.id = s.topic_id "
                "LEFT JOIN departments d ON d.id = s.lead_department_id WHERE "_s +
                AssignmentState::openSql(u"s"_s) + u" ORDER BY s.id"_s)) {
        m_error = tr("Cannot read the open assignments' deadlines: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.assignedOn = WorkflowSql::date(q.value(1));
        r.progressDue = WorkflowSql::date(q.value(2));
        r.due = WorkflowSql::date(q.value(3));
        r.original = WorkflowSql::date(q.value(4));
        r.uncertain = q.value(5).toInt() != 0;
        r.multi = q.value(6).toInt() != 0;
        r.rehandled = q.value(7).toInt();
        r.start = WorkflowSql::date(q.value(8));
        r.dueRule = HandlingLimit::fromCode(q.value(9).toString());
        r.progressRule = HandlingLimit::fromCode(q.value(10).toString());
        r.item = q.value(11).toString();
        r.department = q.value(12).toString();
        // Written before step 14: the profile's rules, if they give the stored dates with the
        // calendar they were computed with. A reopened item counted from an evaluation day is
        // not recognised this way and stays as it is.
        if (!r.start.isValid() && r.rehandled == 0 && r.assignedOn.isValid()) {
            const HandlingLimit result = profile.resultLimit(r.multi);
            const HandlingLimit progress = profile.progressLimit;
            const auto gives = [&](const HandlingLimit &l, const QDate &stored) {
                return l.isSet() && stored.isValid() &&
                       before.add(r.assignedOn, l.amount, l.unit).date == stored;
            };
            r.start = r.assignedOn;
            if (gives(result, r.original))
                r.dueRule = result;
            if (gives(progress, r.progressDue))
                r.progressRule = progress;
        }
        rows << r;
    }
    if (q.lastError().isValid()) {
        m_error = tr("Cannot read the open assignments' deadlines: %1").arg(q.lastError().text());
        return std::nullopt;
    }

    Report report;
    const QString stamp = WorkflowSql::now();
    for (const Row &r : rows) {
        if (!r.dueRule.isSet() && !r.progressRule.isSet()) {
            if (r.uncertain)
                report.notRecounted << r.item;
            continue;
        }
        QDate original = r.original, due = r.due, progress = r.progressDue;
        bool certain = true;
        if (r.dueRule.isSet()) {
            const Deadline d = after.add(r.start, r.dueRule.amount, r.dueRule.unit);
            original = d.date;
            if (r.due == r.original) // not moved by an extension or by hand
                due = d.date;
            certain = d.certain;
        }
        if (r.progressRule.isSet()) {
            const Deadline p = after.add(r.start, r.progressRule.amount, r.progressRule.unit);
            progress = p.date;
            certain = certain && p.certain;
        }
        if (!certain)
            ++report.stillUncertain;
        const bool moved = original != r.original || due != r.due || progress != r.progressDue;
        if (!moved && certain == !r.uncertain)
            continue;

        QSqlQuery u(m_db.sql());
        u.prepare(u"UPDATE assignments SET due_date = ?, original_due_date = ?, progress_due = ?, "
                  "due_uncertain = ?, deadline_start = ?, due_rule = ?, progress_rule = ?, "
                  "updated_at = ?, version = version + 1 WHERE id = ?"_s);
        WorkflowSql::bind(u, iso(due));
        WorkflowSql::bind(u, iso(original));
        WorkflowSql::bind(u, iso(progress));
        WorkflowSql::bind(u, certain ? 0 : 1);
        WorkflowSql::bind(u, iso(r.start));
        WorkflowSql::bind(u, r.dueRule.code());
        WorkflowSql::bind(u, r.progressRule.code());
        WorkflowSql::bind(u, stamp);
        WorkflowSql::bind(u, r.id);
        if (!WorkflowSql::exec(u, &m_error)) {
            m_error = tr("%1: cannot store the recomputed deadline: %2").arg(r.item, m_error);
            return std::nullopt;
        }
        // The history shows "deadline: from → to" (or the confirmed date), the other dates
        // that moved, and which calendar change did it.
        QJsonObject detail{{u"calendar"_s, calendarChange}, {u"certain"_s, certain}};
        if (due != r.due) {
            detail.insert(u"from"_s, iso(r.due));
            detail.insert(u"to"_s, iso(due));
        } else if (certain == r.uncertain) {
            detail.insert(u"to"_s, iso(due)); // the estimate confirmed (or no longer certain)
        }
        if (original != r.original && original != due)
            detail.insert(u"original_due_date"_s, change(r.original, original));
        if (progress != r.progressDue)
            detail.insert(u"progress_due"_s, change(r.progressDue, progress));
        if (!AuditLog(m_db).record(u"assignment"_s, r.id, u"deadline_recomputed"_s, detail)) {
            m_error = tr("%1: cannot write its history.").arg(r.item);
            return std::nullopt;
        }
        if (due != r.due)
            report.moved << Move{r.id, r.item, r.department, false, r.due, due, certain};
        if (progress != r.progressDue)
            report.moved << Move{r.id,          r.item,   r.department, true,
                                 r.progressDue, progress, certain};
        if (!moved && certain)
            ++report.confirmed;
    }
    return report;
}

QString DeadlineSettlement::describe(const Move &move) {
    const QString shift = move.days() >= 0 ? tr("%n day(s) later", nullptr, move.days())
                                           : tr("%n day(s) earlier", nullptr, -move.days());
    const QString text = (move.progress ? tr("%1 (%2): first progress report %3 → %4, %5")
                                        : tr("%1 (%2): deadline %3 → %4, %5"))
                             .arg(move.item, move.department, iso(move.from), iso(move.to), shift);
    return move.certain ? text : text + tr(" (still an estimate)");
}
