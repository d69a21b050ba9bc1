#include "core/workflow/FollowUpService.h"

#include "core/CalendarRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/TransactionGuard.h"
#include "core/queries/AssignmentState.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;
using Status = Assignment::Status;

FollowUpService::FollowUpService(Database &db)
    : m_db(db)
    , m_repository(db)
    , m_assignments(db) {}

std::optional<Assignment> FollowUpService::find(qint64 id) const {
    return m_repository.find(id);
}

QString FollowUpService::label(qint64 id) const {
    return m_repository.label(id);
}

bool FollowUpService::audit(qint64 id, const QString &action, const QJsonObject &detail) {
    if (m_repository.recordHistory(id, action, detail))
        return true;
    m_error = m_repository.errorString();
    return false;
}

qint64 FollowUpService::addProgressReport(qint64 id, const QDate &date, const QString &content,
                                          const QString &reporter) {
    m_error.clear();
    if (content.trimmed().isEmpty()) {
        m_error = tr("Progress: say what has been done so far.");
        return 0;
    }
    if (!date.isValid()) {
        m_error = tr("Report date: the date is missing.");
        return 0;
    }
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return 0;
    }
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO progress_reports (assignment_id, report_date, content, reporter) "
              "VALUES (?, ?, ?, ?)"_s);
    WorkflowSql::bind(q, id);
    WorkflowSql::bind(q, iso(date));
    WorkflowSql::bind(q, content.trimmed());
    WorkflowSql::bind(q, reporter.trimmed());
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 reportId = q.lastInsertId().toLongLong();
    // A first report means the department has started.
    if (!m_assignments.startByReport(id, reportId)) {
        m_error = m_assignments.errorString();
        return 0;
    }
    if (!audit(id, u"progress"_s, {{u"report"_s, reportId}, {u"date"_s, iso(date)}}))
        return 0;
    if (!tx.commit()) {
        m_error = tr("Cannot save the progress report.");
        return 0;
    }
    return reportId;
}

QList<ProgressReport> FollowUpService::progressReports(qint64 id) const {
    m_readError.clear();
    QList<ProgressReport> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, report_date, content, reporter FROM progress_reports "
              "WHERE assignment_id = ? ORDER BY report_date, id"_s);
    WorkflowSql::bind(q, id);
    if (!SqlRead::exec(q, m_readError, tr("the progress reports")))
        return out;
    while (q.next())
        out << ProgressReport{q.value(0).toLongLong(), id, WorkflowSql::date(q.value(1)),
                              q.value(2).toString(), q.value(3).toString()};
    if (SqlRead::failedMidway(q, m_readError, tr("the progress reports")))
        out.clear();
    return out;
}

QDate FollowUpService::nextReportDate(qint64 id) const {
    const RuleProfile profile = ProfileRepository(m_db).active();
    const auto a = find(id);
    if (!profile.tenDayReports || !a || !a->isOpen())
        return {};
    QDate last = a->assignedOn;
    const QList<ProgressReport> reports = progressReports(id);
    if (!m_readError.isEmpty()) // not due ten days after the assignment: unknown
        return {};
    for (const ProgressReport &r : reports)
        last = std::max(last, r.reportDate);
    return last.addDays(profile.reportIntervalDays);
}

QList<QDate> FollowUpService::missedReports(qint64 id, const QDate &today) const {
    QList<QDate> missed;
    const RuleProfile profile = ProfileRepository(m_db).active();
    const auto a = find(id);
    if (!profile.tenDayReports || !a || profile.reportIntervalDays <= 0)
        return missed;
    // A closed assignment owes no reports after it was completed.
    const QDate until = a->completedOn.isValid() ? std::min(a->completedOn, today) : today;
    const QList<ProgressReport> reports = progressReports(id);
    if (!m_readError.isEmpty()) // not every report date missed: unknown
        return missed;
    QDate anchor = a->assignedOn;
    int next = 0;
    while (true) {
        const QDate due = anchor.addDays(profile.reportIntervalDays);
        if (due >= until)
            break;
        // The latest report on or before the due date (and after the anchor) keeps the rhythm.
        QDate reported;
        while (next < reports.size() && reports.at(next).reportDate <= due) {
            if (reports.at(next).reportDate > anchor)
                reported = reports.at(next).reportDate;
            ++next;
        }
        if (reported.isValid()) {
            anchor = reported;
        } else {
            missed << due;
            anchor = due;
        }
    }
    return missed;
}

FollowUpService::ReportDates FollowUpService::reportDates(qint64 id, const QDate &today) const {
    ReportDates dates;
    const auto a = find(id);
    if (!a)
        return dates;
    dates.firstDue = a->progressDue;
    const bool waitingForFirst = dates.firstDue.isValid() && progressReports(id).isEmpty();
    if (!waitingForFirst)
        dates.next = nextReportDate(id);
    dates.missed = missedReports(id, today);
    return dates;
}

qint64 FollowUpService::evaluate(qint64 id, const Evaluation &evaluation) {
    m_error.clear();
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return 0;
    }
    if (a->status != Status::Done) {
        m_error = tr("%1 is %2; only a finished assignment can be evaluated.")
                      .arg(label(id), StatusLabels::assignment(Assignment::statusCode(a->status)));
        return 0;
    }
    const QDate on = evaluation.submitDate.isValid() ? evaluation.submitDate : Clock::today();
    const bool unsatisfied = evaluation.level == Evaluation::Level::Unsatisfied;
    if (unsatisfied && evaluation.opinion.trimmed().isEmpty()) {
        m_error = tr("Opinion: an unsatisfied evaluation needs the enterprise's opinion, so that "
                     "the department knows what to handle again.");
        return 0;
    }
    Evaluation e = evaluation;
    if (e.evaluatingUnit.trimmed().isEmpty() && !evaluatorFromAppeal(*a, &e))
        return 0;
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO evaluations (assignment_id, evaluating_unit, responsible_person, "
              "phone, submit_date, level, opinion, suggestions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    WorkflowSql::bind(q, id);
    WorkflowSql::bind(q, e.evaluatingUnit.trimmed());
    WorkflowSql::bind(q, e.responsiblePerson.trimmed());
    WorkflowSql::bind(q, e.phone.trimmed());
    WorkflowSql::bind(q, iso(on));
    WorkflowSql::bind(q, Evaluation::levelCode(evaluation.level));
    WorkflowSql::bind(q, evaluation.opinion.trimmed());
    WorkflowSql::bind(q, evaluation.suggestions.trimmed());
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 evalId = q.lastInsertId().toLongLong();
    const bool ok = m_assignments.recordEvaluation(id, evalId, evaluation.level, on);
    if (!ok)
        m_error = m_assignments.errorString();
    if (!ok || !tx.commit())
        return 0;
    return evalId;
}

bool FollowUpService::evaluatorFromAppeal(const Assignment &a, Evaluation *e) {
    if (a.appealId <= 0)
        return true; // a topic's assignment: no single enterprise to name
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT submitting_unit, responsible_person, phone FROM appeals WHERE id = ?"_s);
    WorkflowSql::bind(q, a.appealId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (q.next()) {
        e->evaluatingUnit = q.value(0).toString();
        if (e->responsiblePerson.trimmed().isEmpty())
            e->responsiblePerson = q.value(1).toString();
        if (e->phone.trimmed().isEmpty())
            e->phone = q.value(2).toString();
    }
    return true;
}

QList<Evaluation> FollowUpService::evaluations(qint64 id) const {
    m_readError.clear();
    QList<Evaluation> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, evaluating_unit, responsible_person, phone, submit_date, level, "
              "opinion, suggestions FROM evaluations WHERE assignment_id = ? ORDER BY id"_s);
    WorkflowSql::bind(q, id);
    if (!SqlRead::exec(q, m_readError, tr("the evaluations")))
        return out;
    while (q.next()) {
        Evaluation e;
        e.id = q.value(0).toLongLong();
        e.assignmentId = id;
        e.evaluatingUnit = q.value(1).toString();
        e.responsiblePerson = q.value(2).toString();
        e.phone = q.value(3).toString();
        e.submitDate = WorkflowSql::date(q.value(4));
        e.level = Evaluation::levelFromCode(q.value(5).toString());
        e.opinion = q.value(6).toString();
        e.suggestions = q.value(7).toString();
        out << e;
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the evaluations")))
        out.clear();
    return out;
}
