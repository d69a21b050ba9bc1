#include "core/workflow/ScreeningService.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/TransactionGuard.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString statusFor(ScreeningService::Decision::Kind kind) {
    switch (kind) {
    case ScreeningService::Decision::Kind::Reject:
        return u"rejected"_s;
    case ScreeningService::Decision::Kind::Redirect:
        return u"redirected"_s;
    case ScreeningService::Decision::Kind::Solve:
        return u"solved"_s;
    case ScreeningService::Decision::Kind::Accept:
        break;
    }
    return u"accepted"_s;
}
} // namespace

ScreeningService::ScreeningService(Database &db)
    : m_db(db) {}

bool ScreeningService::accept(qint64 appealId, const QString &note) {
    Decision d;
    d.note = note;
    return apply({appealId}, d);
}

bool ScreeningService::reject(qint64 appealId, const QString &reasonCode, const QString &note) {
    Decision d;
    d.kind = Decision::Kind::Reject;
    d.reasonCode = reasonCode;
    d.note = note;
    return apply({appealId}, d);
}

bool ScreeningService::redirectToLocal(qint64 appealId, const QString &target,
                                       const QString &note) {
    Decision d;
    d.kind = Decision::Kind::Redirect;
    d.redirect = Decision::Redirect::Local;
    d.target = target;
    d.note = note;
    return apply({appealId}, d);
}

bool ScreeningService::redirectToDepartment(qint64 appealId, qint64 departmentId,
                                            const QString &note) {
    Decision d;
    d.kind = Decision::Kind::Redirect;
    d.redirect = Decision::Redirect::Department;
    d.departmentId = departmentId;
    d.note = note;
    return apply({appealId}, d);
}

bool ScreeningService::solveAtOnce(qint64 appealId, const QString &answer) {
    Decision d;
    d.kind = Decision::Kind::Solve;
    d.answer = answer;
    return apply({appealId}, d);
}

QString ScreeningService::validate(const Decision &d) const {
    switch (d.kind) {
    case Decision::Kind::Reject: {
        const RuleProfile profile = ProfileRepository(m_db).active();
        QStringList codes;
        for (const ExclusionReason &r : profile.exclusionReasons)
            codes << r.code;
        if (d.reasonCode.isEmpty())
            return tr("Reason: choose why the appeal is not accepted.");
        if (!codes.contains(d.reasonCode))
            return tr("Reason: \"%1\" is not an exclusion reason of the profile %2 (known: %3).")
                .arg(d.reasonCode, profile.name, codes.join(u", "_s));
        break;
    }
    case Decision::Kind::Redirect:
        if (d.redirect == Decision::Redirect::Department && d.departmentId <= 0)
            return tr("Target: choose the department the appeal is redirected to.");
        if (d.redirect == Decision::Redirect::Local && d.target.trimmed().isEmpty())
            return tr("Target: name the local government (属地) the appeal is redirected to.");
        break;
    case Decision::Kind::Solve:
        if (d.answer.trimmed().isEmpty())
            return tr("Answer: an appeal solved at once (即知即办) needs the answer given.");
        break;
    case Decision::Kind::Accept:
        break;
    }
    return {};
}

bool ScreeningService::apply(const QList<qint64> &appealIds, const Decision &decision) {
    m_error.clear();
    if (appealIds.isEmpty()) {
        m_error = tr("No appeal selected.");
        return false;
    }
    m_error = validate(decision);
    if (!m_error.isEmpty())
        return false;
    TransactionGuard tx(m_db.sql());
    for (qint64 id : appealIds) {
        if (!applyOne(id, decision))
            return false; // the guard rolls back every appeal of the batch
    }
    if (!tx.commit()) {
        m_error = tr("Cannot save the screening decisions.");
        return false;
    }
    return true;
}

bool ScreeningService::applyOne(qint64 appealId, const Decision &d) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT number, status, topic_id FROM appeals WHERE id = ?"_s);
    WorkflowSql::bind(q, appealId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (!q.next()) {
        m_error = tr("Appeal %1 does not exist.").arg(appealId);
        return false;
    }
    const QString number = q.value(0).toString();
    const QString previous = q.value(1).toString();
    const bool inTopic = !q.value(2).isNull();

    QSqlQuery a(m_db.sql());
    a.prepare(u"SELECT COUNT(*) FROM assignments WHERE appeal_id = ?"_s);
    WorkflowSql::bind(a, appealId);
    if (!WorkflowSql::exec(a, &m_error) || !a.next())
        return false;
    if (a.value(0).toInt() > 0) {
        m_error = tr("Appeal %1: already assigned to a department; it cannot be screened again.")
                      .arg(number);
        return false;
    }
    if (inTopic && d.kind != Decision::Kind::Accept) {
        m_error =
            tr("Appeal %1: it belongs to a topic; take it out of the topic first.").arg(number);
        return false;
    }

    QString reason, note = d.note.trimmed(), target;
    QVariant departmentId; // NULL unless redirected to a department
    switch (d.kind) {
    case Decision::Kind::Reject:
        reason = d.reasonCode;
        break;
    case Decision::Kind::Redirect:
        reason = d.redirect == Decision::Redirect::Local ? u"local"_s : u"department"_s;
        target = d.target.trimmed();
        if (d.redirect == Decision::Redirect::Department) {
            QSqlQuery dq(m_db.sql());
            dq.prepare(u"SELECT name FROM departments WHERE id = ?"_s);
            WorkflowSql::bind(dq, d.departmentId);
            if (!WorkflowSql::exec(dq, &m_error))
                return false;
            if (!dq.next()) {
                m_error =
                    tr("Appeal %1: department %2 does not exist.").arg(number).arg(d.departmentId);
                return false;
            }
            departmentId = d.departmentId;
            if (target.isEmpty())
                target = dq.value(0).toString();
        }
        break;
    case Decision::Kind::Solve:
        reason = u"solved"_s;
        // The answer is what the enterprise was told; a remark, if any, follows it.
        note = note.isEmpty() ? d.answer.trimmed() : d.answer.trimmed() + u"\n"_s + note;
        break;
    case Decision::Kind::Accept:
        break;
    }

    const QString status = statusFor(d.kind);
    const QString stamp = WorkflowSql::now();
    QSqlQuery u(m_db.sql());
    u.prepare(u"UPDATE appeals SET status = ?, screening_reason = ?, screening_note = ?, "
              "screening_target = ?, screening_department_id = ?, screened_at = ?, updated_at = ? "
              "WHERE id = ?"_s);
    WorkflowSql::bind(u, status);
    WorkflowSql::bind(u, reason);
    WorkflowSql::bind(u, note);
    WorkflowSql::bind(u, target);
    WorkflowSql::bind(u, departmentId.isNull() ? QVariant(QMetaType(QMetaType::LongLong))
                                               : departmentId);
    WorkflowSql::bind(u, stamp);
    WorkflowSql::bind(u, stamp);
    WorkflowSql::bind(u, appealId);
    if (!WorkflowSql::exec(u, &m_error))
        return false;

    QJsonObject detail{{u"from"_s, previous}, {u"to"_s, status}};
    if (!reason.isEmpty())
        detail.insert(u"reason"_s, reason);
    if (!target.isEmpty())
        detail.insert(u"target"_s, target);
    if (!note.isEmpty())
        detail.insert(u"note"_s, note);
    if (!AuditLog(m_db).record(u"appeal"_s, appealId, u"screened"_s, detail)) {
        m_error = tr("Appeal %1: cannot write its history.").arg(number);
        return false;
    }
    return true;
}

QList<AuditLog::Entry> ScreeningService::history(qint64 appealId) const {
    return AuditLog(m_db).history(u"appeal"_s, appealId);
}
