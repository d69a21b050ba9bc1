// FollowUpService, its extension requests and their decisions (the cap a profile sets, who
// decided and when); the progress reports and the evaluations are in FollowUpService.cpp.
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
