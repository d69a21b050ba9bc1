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

int FollowUpService::extensionsCounted(qint64 id) const {
    // A refused request gave no extension, so the cap counts the approved and pending ones.
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT COUNT(*) FROM extensions WHERE assignment_id = ? AND status IN "
              "('approved', 'pending')"_s);
    WorkflowSql::bind(q, id);
    if (!SqlRead::exec(q, m_readError, tr("the extension requests")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int FollowUpService::extensionsApproved(qint64 id, const QDate &asOf) const {
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + AssignmentState::approvedExtensionsSql(u"s"_s) +
              u" FROM assignments s WHERE s.id = ?"_s);
    q.addBindValue(asOf.toString(Qt::ISODate));
    WorkflowSql::bind(q, id);
    if (!SqlRead::exec(q, m_readError, tr("the extension requests")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString FollowUpService::extensionCapText() const {
    const RuleProfile profile = ProfileRepository(m_db).active();
    if (profile.extensionCap < 0)
        return {};
    const QString regulation =
        profile.extensionCapNote.isEmpty() ? profile.source : profile.extensionCapNote;
    return tr("at most %1 extension request(s) (%2: %3)")
        .arg(profile.extensionCap)
        .arg(profile.name, regulation);
}

qint64 FollowUpService::requestExtension(qint64 id, const QString &reason,
                                         const QDate &requestedDue, const QDate &requestedOn) {
    m_error.clear();
    if (reason.trimmed().isEmpty()) {
        m_error = tr("Reason: an extension needs the objective reason why the item cannot be "
                     "finished in time.");
        return 0;
    }
    const auto a = find(id);
    if (!a) {
        m_error = m_repository.missing(id);
        return 0;
    }
    if (m_repository.movedOn(*a)) {
        m_error = m_repository.errorString();
        return 0;
    }
    if (!a->isOpen()) {
        m_error = tr("%1 is %2; only open assignments can be extended.")
                      .arg(label(id), StatusLabels::assignment(Assignment::statusCode(a->status)));
        return 0;
    }
    if (!requestedDue.isValid() || requestedDue <= a->dueDate) {
        m_error = tr("Requested deadline: it must be after the current deadline %1.")
                      .arg(a->dueDate.toString(Qt::ISODate));
        return 0;
    }
    QSqlQuery p(m_db.sql());
    p.prepare(u"SELECT COUNT(*) FROM extensions WHERE assignment_id = ? AND status = 'pending'"_s);
    WorkflowSql::bind(p, id);
    if (!WorkflowSql::exec(p, &m_error) || !p.next())
        return 0;
    const bool pending = p.value(0).toInt() > 0;
    // A statement left open keeps SQLite's read snapshot: the write below could then not start
    // once another desk has committed ("database is locked").
    p.finish();
    if (pending) {
        m_error = tr("%1 already has an extension request waiting for a decision.").arg(label(id));
        return 0;
    }

    const RuleProfile profile = ProfileRepository(m_db).active();
    const int counted = extensionsCounted(id);
    if (!m_readError.isEmpty()) { // the cap would not be applied
        m_error = m_readError;
        return 0;
    }
    const bool overCap = profile.extensionCap >= 0 && counted >= profile.extensionCap;
    QString capMessage;
    if (overCap)
        // The cap text is a whole phrase ("at most 2 extension requests (…)"): it is not put
        // after words that say "at most" again.
        capMessage = tr("Extension refused: %1 has already asked %n time(s); %2.", nullptr, counted)
                         .arg(label(id), extensionCapText());

    TransactionGuard tx(m_db.sql());
    // Two desks asking at once: the second finds the assignment moved on and is refused.
    if (!m_repository.update(id, {})) {
        m_error = m_repository.errorString();
        return 0;
    }
    QSqlQuery q(m_db.sql());
    // A request over the cap is still recorded — refused, with the rule — so that the history
    // shows the department asked.
    q.prepare(u"INSERT INTO extensions (assignment_id, requested_on, reason, requested_due, "
              "status, decided_on, decided_by, decision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    WorkflowSql::bind(q, id);
    WorkflowSql::bind(q, iso(requestedOn.isValid() ? requestedOn : Clock::today()));
    WorkflowSql::bind(q, reason.trimmed());
    WorkflowSql::bind(q, iso(requestedDue));
    WorkflowSql::bind(q, overCap ? u"refused"_s : u"pending"_s);
    WorkflowSql::bind(q, overCap ? iso(requestedOn.isValid() ? requestedOn : Clock::today())
                                 : QString());
    WorkflowSql::bind(q, overCap ? AuditLog(m_db).user() : QString());
    WorkflowSql::bind(q, capMessage);
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 extId = q.lastInsertId().toLongLong();
    if (!audit(id, overCap ? u"extension_refused"_s : u"extension_requested"_s,
               {{u"extension"_s, extId},
                {u"requested_due"_s, iso(requestedDue)},
                {u"reason"_s, reason.trimmed()}}))
        return 0;
    if (!tx.commit()) {
        m_error = tr("Cannot save the extension request.");
        return 0;
    }
    if (overCap) {
        m_error = capMessage;
        return 0;
    }
    return extId;
}

bool FollowUpService::approveExtension(qint64 extensionId, const QDate &on) {
    m_error.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT assignment_id, requested_due, status FROM extensions WHERE id = ?"_s);
    WorkflowSql::bind(q, extensionId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (!q.next()) {
        m_error = tr("Extension request %1 does not exist.").arg(extensionId);
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    const QDate requested = WorkflowSql::date(q.value(1));
    const QString status = q.value(2).toString();
    q.finish(); // see requestExtension
    if (status != "pending"_L1) {
        m_error = alreadyDecided(extensionId);
        return false;
    }
    const auto a = find(id);
    if (!a)
        return false;
    TransactionGuard tx(m_db.sql());
    QSqlQuery u(m_db.sql());
    u.prepare(u"UPDATE extensions SET status = 'approved', decided_on = ?, decided_by = ?, "
              "previous_due = ? WHERE id = ? AND status = 'pending'"_s);
    WorkflowSql::bind(u, iso(on));
    WorkflowSql::bind(u, AuditLog(m_db).user());
    WorkflowSql::bind(u, iso(a->dueDate));
    WorkflowSql::bind(u, extensionId);
    if (!WorkflowSql::exec(u, &m_error))
        return false;
    if (u.numRowsAffected() == 0) { // another desk decided it after it was read
        m_error = alreadyDecided(extensionId);
        return false;
    }
    // original_due_date stays: it shows how far the deadline moved.
    if (!m_repository.update(id, {{u"due_date"_s, iso(requested)}})) {
        m_error = m_repository.errorString();
        return false;
    }
    if (!audit(id, u"extension_approved"_s,
               {{u"extension"_s, extensionId},
                {u"from"_s, iso(a->dueDate)},
                {u"to"_s, iso(requested)}}))
        return false;
    return tx.commit();
}

bool FollowUpService::refuseExtension(qint64 extensionId, const QDate &on, const QString &note) {
    m_error.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT assignment_id, status FROM extensions WHERE id = ?"_s);
    WorkflowSql::bind(q, extensionId);
    if (!WorkflowSql::exec(q, &m_error) || !q.next()) {
        m_error = tr("Extension request %1 does not exist.").arg(extensionId);
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString status = q.value(1).toString();
    q.finish(); // see requestExtension
    if (status != "pending"_L1) {
        m_error = alreadyDecided(extensionId);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    QSqlQuery u(m_db.sql());
    u.prepare(u"UPDATE extensions SET status = 'refused', decided_on = ?, decided_by = ?, "
              "decision_note = ? WHERE id = ? AND status = 'pending'"_s);
    WorkflowSql::bind(u, iso(on));
    WorkflowSql::bind(u, AuditLog(m_db).user());
    WorkflowSql::bind(u, note.trimmed());
    WorkflowSql::bind(u, extensionId);
    if (!WorkflowSql::exec(u, &m_error))
        return false;
    if (u.numRowsAffected() == 0) { // another desk decided it after it was read
        m_error = alreadyDecided(extensionId);
        return false;
    }
    if (!audit(id, u"extension_refused"_s,
               {{u"extension"_s, extensionId}, {u"note"_s, note.trimmed()}}))
        return false;
    return tx.commit();
}

QString FollowUpService::alreadyDecided(qint64 extensionId) const {
    // Who decided it and when, as a refused save names who changed the record: the supervisor
    // can see the decision was a colleague's and need not make it again.
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT status, decided_by, decided_on FROM extensions WHERE id = ?"_s);
    WorkflowSql::bind(q, extensionId);
    if (!q.exec() || !q.next())
        return tr("Extension request %1 was already decided.").arg(extensionId);
    const QString decision = StatusLabels::extension(q.value(0).toString());
    const QString by = q.value(1).toString();
    const QString on = q.value(2).toString();
    return by.isEmpty() ? tr("Extension request %1 was already decided (%2, %3).")
                              .arg(extensionId)
                              .arg(decision, on)
                        : tr("Extension request %1 was already decided by %2 on %3: %4.")
                              .arg(extensionId)
                              .arg(by, on, decision);
}

QList<Extension> FollowUpService::extensions(qint64 id) const {
    m_readError.clear();
    QList<Extension> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, requested_on, reason, requested_due, status, decided_on, decided_by, "
              "previous_due, decision_note FROM extensions WHERE assignment_id = ? ORDER BY id"_s);
    WorkflowSql::bind(q, id);
    if (!SqlRead::exec(q, m_readError, tr("the extension requests")))
        return out;
    while (q.next()) {
        Extension e;
        e.id = q.value(0).toLongLong();
        e.assignmentId = id;
        e.requestedOn = WorkflowSql::date(q.value(1));
        e.reason = q.value(2).toString();
        e.requestedDue = WorkflowSql::date(q.value(3));
        e.status = Extension::statusFromCode(q.value(4).toString());
        e.decidedOn = WorkflowSql::date(q.value(5));
        e.decidedBy = q.value(6).toString();
        e.previousDue = WorkflowSql::date(q.value(7));
        e.decisionNote = q.value(8).toString();
        out << e;
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the extension requests")))
        out.clear();
    return out;
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
