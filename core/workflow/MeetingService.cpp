#include "core/workflow/MeetingService.h"

#include "core/AuditLog.h"
#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/workflow/WorkflowSql.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;
using WorkflowSql::iso;

MeetingService::MeetingService(Database &db)
    : m_db(db) {}

MeetingPlanner MeetingService::planner() const {
    return MeetingPlanner(ProfileRepository(m_db).active(), CalendarRepository(m_db).load());
}

qint64 MeetingService::create(const Meeting &m) {
    m_error.clear();
    if (!m.date.isValid()) {
        m_error = tr("Date: the meeting needs a date.");
        return 0;
    }
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO meetings (kind, title, meeting_date, place, form, status, "
              "minutes_number, summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    WorkflowSql::bind(q, m.kind);
    WorkflowSql::bind(q, m.title.trimmed());
    WorkflowSql::bind(q, iso(m.date));
    WorkflowSql::bind(q, m.place.trimmed());
    WorkflowSql::bind(q, m.form.trimmed());
    WorkflowSql::bind(q, m.status.isEmpty() ? u"planned"_s : m.status);
    WorkflowSql::bind(q, m.minutesNumber);
    WorkflowSql::bind(q, m.summary);
    WorkflowSql::bind(q, WorkflowSql::now());
    if (!WorkflowSql::exec(q, &m_error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(u"meeting"_s, id, u"created"_s,
                               {{u"date"_s, iso(m.date)}, {u"title"_s, m.title}}) ||
        !tx.commit()) {
        m_error = tr("Cannot save the meeting.");
        return 0;
    }
    return id;
}

bool MeetingService::update(const Meeting &m) {
    m_error.clear();
    if (!m.date.isValid()) {
        m_error = tr("Date: the meeting needs a date.");
        return false;
    }
    m_conflict.reset();
    TransactionGuard tx(m_db.sql());
    if (!raiseVersion(m.id, m.version))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE meetings SET kind = ?, title = ?, meeting_date = ?, place = ?, form = ?, "
              "minutes_number = ?, summary = ? WHERE id = ?"_s);
    WorkflowSql::bind(q, m.kind);
    WorkflowSql::bind(q, m.title.trimmed());
    WorkflowSql::bind(q, iso(m.date));
    WorkflowSql::bind(q, m.place.trimmed());
    WorkflowSql::bind(q, m.form.trimmed());
    WorkflowSql::bind(q, m.minutesNumber);
    WorkflowSql::bind(q, m.summary);
    WorkflowSql::bind(q, m.id);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (!AuditLog(m_db).record(u"meeting"_s, m.id, u"updated"_s,
                               {{u"date"_s, iso(m.date)}, {u"title"_s, m.title}}))
        return false;
    return tx.commit();
}

bool MeetingService::setStatus(qint64 meetingId, const QString &status) {
    m_error.clear();
    if (status != "planned"_L1 && status != "held"_L1 && status != "cancelled"_L1) {
        m_error = tr("Status: %1 is not planned, held or cancelled.").arg(status);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    if (!raiseVersion(meetingId, 0))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE meetings SET status = ? WHERE id = ?"_s);
    WorkflowSql::bind(q, status);
    WorkflowSql::bind(q, meetingId);
    if (!WorkflowSql::exec(q, &m_error) ||
        !AuditLog(m_db).record(u"meeting"_s, meetingId, u"status"_s, {{u"to"_s, status}}))
        return false;
    return tx.commit();
}

std::optional<Meeting> MeetingService::find(qint64 meetingId) const {
    m_readError.clear();
    const QString what = tr("the meeting");
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, kind, title, meeting_date, place, form, status, minutes_number, "
              "summary, version FROM meetings WHERE id = ?"_s);
    WorkflowSql::bind(q, meetingId);
    if (!SqlRead::exec(q, m_readError, what) || !q.next())
        return std::nullopt;
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.title = q.value(2).toString();
    m.date = WorkflowSql::date(q.value(3));
    m.place = q.value(4).toString();
    m.form = q.value(5).toString();
    m.status = q.value(6).toString();
    m.minutesNumber = q.value(7).toString();
    m.summary = q.value(8).toString();
    m.version = q.value(9).toInt();

    QSqlQuery r(m_db.sql());
    r.prepare(
        u"SELECT leader_id, role FROM meeting_leaders WHERE meeting_id = ? ORDER BY leader_id"_s);
    WorkflowSql::bind(r, meetingId);
    if (!SqlRead::exec(r, m_readError, what))
        return std::nullopt;
    while (r.next())
        m.leaders << Meeting::LeaderRole{r.value(0).toLongLong(), r.value(1).toString()};
    r.prepare(u"SELECT department_id, role FROM meeting_departments WHERE meeting_id = ? "
              "ORDER BY department_id"_s);
    WorkflowSql::bind(r, meetingId);
    if (!SqlRead::exec(r, m_readError, what))
        return std::nullopt;
    while (r.next())
        m.departments << Meeting::DepartmentRole{r.value(0).toLongLong(), r.value(1).toString()};
    r.prepare(u"SELECT enterprise_id, representative FROM meeting_enterprises WHERE meeting_id = ? "
              "ORDER BY enterprise_id"_s);
    WorkflowSql::bind(r, meetingId);
    if (!SqlRead::exec(r, m_readError, what))
        return std::nullopt;
    while (r.next())
        m.enterprises << Meeting::Representative{r.value(0).toLongLong(), r.value(1).toString()};
    r.prepare(u"SELECT topic_id, position, decision FROM meeting_topics WHERE meeting_id = ? "
              "ORDER BY position, topic_id"_s);
    WorkflowSql::bind(r, meetingId);
    if (!SqlRead::exec(r, m_readError, what))
        return std::nullopt;
    while (r.next())
        m.agenda << Meeting::AgendaItem{r.value(0).toLongLong(), r.value(1).toInt(),
                                        r.value(2).toString()};
    if (SqlRead::failedMidway(r, m_readError, what))
        return std::nullopt;
    return m;
}

QString MeetingService::missing(qint64 meetingId) const {
    return SqlRead::missing(m_readError, tr("Meeting %1 does not exist.").arg(meetingId));
}

QList<Meeting> MeetingService::list() const {
    m_readError.clear();
    QList<Meeting> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id FROM meetings ORDER BY meeting_date DESC, id DESC"_s);
    if (!SqlRead::exec(q, m_readError, tr("the meetings")))
        return out;
    while (q.next()) {
        // A meeting deleted meanwhile is left out; one that cannot be read fails the list.
        if (auto m = find(q.value(0).toLongLong()))
            out << *m;
        else if (!m_readError.isEmpty())
            return {};
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the meetings")))
        out.clear();
    return out;
}

bool MeetingService::replaceRows(qint64 meetingId, const QString &table, const QString &action,
                                 const std::function<bool(QSqlQuery &)> &insertAll) {
    m_error.clear();
    if (!find(meetingId)) {
        m_error = missing(meetingId);
        return false;
    }
    TransactionGuard tx(m_db.sql());
    if (!raiseVersion(meetingId, 0))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(u"DELETE FROM %1 WHERE meeting_id = ?"_s.arg(table));
    WorkflowSql::bind(q, meetingId);
    if (!WorkflowSql::exec(q, &m_error) || !insertAll(q))
        return false;
    if (!AuditLog(m_db).record(u"meeting"_s, meetingId, action)) {
        m_error = tr("Meeting %1: cannot write its history.").arg(meetingId);
        return false;
    }
    return tx.commit();
}

bool MeetingService::setAgenda(qint64 meetingId, const QList<qint64> &topicIds) {
    const auto before = find(meetingId);
    // The decisions already taken stay with their topics: a meeting that could not be read
    // would lose them.
    if (!before) {
        m_error = missing(meetingId);
        return false;
    }
    QHash<qint64, QString> decisions;
    for (const auto &item : before->agenda)
        decisions.insert(item.topicId, item.decision);
    return replaceRows(meetingId, u"meeting_topics"_s, u"agenda"_s, [&](QSqlQuery &q) {
        int position = 0;
        for (qint64 topicId : topicIds) {
            q.prepare(u"INSERT INTO meeting_topics (meeting_id, topic_id, position, decision) "
                      "VALUES (?, ?, ?, ?)"_s);
            WorkflowSql::bind(q, meetingId);
            WorkflowSql::bind(q, topicId);
            WorkflowSql::bind(q, ++position);
            WorkflowSql::bind(q, decisions.value(topicId));
            if (!q.exec()) {
                m_error = tr("Agenda: topic %1 does not exist or is listed twice.").arg(topicId);
                return false;
            }
        }
        return true;
    });
}

bool MeetingService::setDecision(qint64 meetingId, qint64 topicId, const QString &decision) {
    m_error.clear();
    TransactionGuard tx(m_db.sql());
    if (!raiseVersion(meetingId, 0))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE meeting_topics SET decision = ? WHERE meeting_id = ? AND topic_id = ?"_s);
    WorkflowSql::bind(q, decision.trimmed());
    WorkflowSql::bind(q, meetingId);
    WorkflowSql::bind(q, topicId);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (q.numRowsAffected() != 1) {
        m_error = tr("Decision: topic %1 is not on the agenda of meeting %2.")
                      .arg(topicId)
                      .arg(meetingId);
        return false;
    }
    if (!AuditLog(m_db).record(u"meeting"_s, meetingId, u"decision"_s,
                               {{u"topic"_s, topicId}, {u"decision"_s, decision.trimmed()}}))
        return false;
    return tx.commit();
}

bool MeetingService::setLeaders(qint64 meetingId, const QList<Meeting::LeaderRole> &leaders) {
    for (const auto &l : leaders) {
        if (!Meeting::leaderRoles().contains(l.role)) {
            m_error = tr("Leaders: role %1 is not chair, attend, leave or observe.").arg(l.role);
            return false;
        }
    }
    return replaceRows(meetingId, u"meeting_leaders"_s, u"leaders"_s, [&](QSqlQuery &q) {
        for (const auto &l : leaders) {
            q.prepare(
                u"INSERT INTO meeting_leaders (meeting_id, leader_id, role) VALUES (?, ?, ?)"_s);
            WorkflowSql::bind(q, meetingId);
            WorkflowSql::bind(q, l.leaderId);
            WorkflowSql::bind(q, l.role);
            if (!q.exec()) {
                m_error =
                    tr("Leaders: leader %1 does not exist or is listed twice.").arg(l.leaderId);
                return false;
            }
        }
        return true;
    });
}

bool MeetingService::setDepartments(qint64 meetingId,
                                    const QList<Meeting::DepartmentRole> &departments) {
    return replaceRows(meetingId, u"meeting_departments"_s, u"departments"_s, [&](QSqlQuery &q) {
        for (const auto &d : departments) {
            q.prepare(u"INSERT INTO meeting_departments (meeting_id, department_id, role) "
                      "VALUES (?, ?, ?)"_s);
            WorkflowSql::bind(q, meetingId);
            WorkflowSql::bind(q, d.departmentId);
            WorkflowSql::bind(q, d.role);
            if (!q.exec()) {
                m_error = tr("Departments: department %1 does not exist or is listed twice.")
                              .arg(d.departmentId);
                return false;
            }
        }
        return true;
    });
}

bool MeetingService::setEnterprises(qint64 meetingId,
                                    const QList<Meeting::Representative> &enterprises) {
    return replaceRows(meetingId, u"meeting_enterprises"_s, u"enterprises"_s, [&](QSqlQuery &q) {
        for (const auto &e : enterprises) {
            q.prepare(
                u"INSERT INTO meeting_enterprises (meeting_id, enterprise_id, representative) "
                "VALUES (?, ?, ?)"_s);
            WorkflowSql::bind(q, meetingId);
            WorkflowSql::bind(q, e.enterpriseId);
            WorkflowSql::bind(q, e.representative);
            if (!q.exec()) {
                m_error = tr("Enterprises: enterprise %1 does not exist or is listed twice.")
                              .arg(e.enterpriseId);
                return false;
            }
        }
        return true;
    });
}

bool MeetingService::setAttendees(qint64 meetingId, const QList<Meeting::LeaderRole> &leaders,
                                  const QList<Meeting::DepartmentRole> &departments,
                                  const QList<Meeting::Representative> &enterprises,
                                  int readVersion) {
    m_error.clear();
    m_conflict.reset();
    TransactionGuard tx(m_db.sql());
    if (!raiseVersion(meetingId, readVersion) || !setLeaders(meetingId, leaders) ||
        !setDepartments(meetingId, departments) || !setEnterprises(meetingId, enterprises))
        return false;
    if (!tx.commit()) {
        m_error = tr("Meeting %1: the attendees could not be stored.").arg(meetingId);
        return false;
    }
    return true;
}

bool MeetingService::raiseVersion(qint64 meetingId, int readVersion) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE meetings SET version = version + 1 WHERE id = ?%1"_s.arg(
        readVersion > 0 ? u" AND version = ?"_s : QString()));
    WorkflowSql::bind(q, meetingId);
    if (readVersion > 0)
        WorkflowSql::bind(q, readVersion);
    if (!WorkflowSql::exec(q, &m_error))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    q.finish();
    if (!find(meetingId)) {
        m_error = missing(meetingId); // not there, or it could not be read
        return false;
    }
    // There, but changed after it was read (only a versioned save gets this far).
    m_conflict = EditConflict::find(m_db, u"meeting"_s, meetingId, label(meetingId));
    m_error = m_conflict->message();
    return false;
}

QString MeetingService::label(qint64 meetingId) const {
    const auto m = find(meetingId);
    if (!m)
        return tr("Meeting %1").arg(meetingId);
    return m->title.isEmpty() ? tr("The meeting of %1").arg(iso(m->date))
                              : tr("The meeting of %1 (%2)").arg(iso(m->date), m->title);
}

QList<MeetingPlanner::Warning> MeetingService::checkPlan(qint64 meetingId,
                                                         const QDate &today) const {
    // A plan that could not be checked says so: no warnings would read as a plan without any.
    const auto unreadable = [this] {
        return QList<MeetingPlanner::Warning>{{u"unreadable"_s, m_readError}};
    };
    const auto m = find(meetingId);
    if (!m)
        return m_readError.isEmpty() ? QList<MeetingPlanner::Warning>{} : unreadable();
    const MeetingPlanner p = planner();
    int others = 0;
    const MeetingPlanner::Period period = p.period(m->date);
    if (period.isValid()) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT COUNT(*) FROM meetings WHERE id <> ? AND status <> 'cancelled' "
                  "AND meeting_date BETWEEN ? AND ?"_s);
        WorkflowSql::bind(q, meetingId);
        WorkflowSql::bind(q, iso(period.first));
        WorkflowSql::bind(q, iso(period.last));
        if (!SqlRead::exec(q, m_readError, tr("the meetings")))
            return unreadable();
        if (q.next())
            others = q.value(0).toInt();
    }
    return p.check(m->date, today, int(m->enterprises.size()), others);
}

QStringList MeetingService::chairDomains(qint64 meetingId) const {
    QStringList domains;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT l.domains FROM meeting_leaders ml JOIN leaders l ON l.id = ml.leader_id "
              "WHERE ml.meeting_id = ? AND ml.role = 'chair'"_s);
    WorkflowSql::bind(q, meetingId);
    if (!SqlRead::exec(q, m_readError, tr("the chairs' domains")))
        return domains;
    while (q.next())
        domains << MeetingPlanner::splitDomains(q.value(0).toString());
    return domains;
}

QList<MeetingService::DomainProposal>
MeetingService::proposeByDomain(qint64 meetingId, const QList<qint64> &appealIds) const {
    QList<DomainProposal> out;
    const auto m = find(meetingId);
    if (!m)
        return out;
    // Domains or appeals that cannot be read propose nothing: a chair would cover nothing.
    const QStringList here = chairDomains(meetingId);
    // Later planned meetings, earliest first, with their chairs' domains.
    QList<QPair<qint64, QStringList>> later;
    QSqlQuery lq(m_db.sql());
    lq.prepare(u"SELECT id FROM meetings WHERE status = 'planned' AND id <> ? AND meeting_date > ? "
               "ORDER BY meeting_date, id"_s);
    WorkflowSql::bind(lq, meetingId);
    WorkflowSql::bind(lq, iso(m->date));
    if (!m_readError.isEmpty() || !SqlRead::exec(lq, m_readError, tr("the meetings")))
        return out;
    while (lq.next())
        later << qMakePair(lq.value(0).toLongLong(), chairDomains(lq.value(0).toLongLong()));
    if (!m_readError.isEmpty())
        return out;

    for (qint64 appealId : appealIds) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT domain FROM appeals WHERE id = ?"_s);
        WorkflowSql::bind(q, appealId);
        if (!SqlRead::exec(q, m_readError, tr("the appeals' domains")))
            return {};
        if (!q.next())
            continue;
        DomainProposal p;
        p.appealId = appealId;
        p.domain = q.value(0).toString();
        p.matchesThisMeeting = MeetingPlanner::domainMatches(here, p.domain);
        if (p.matchesThisMeeting) {
            p.proposedMeetingId = meetingId;
        } else {
            for (const auto &l : later) {
                if (MeetingPlanner::domainMatches(l.second, p.domain)) {
                    p.proposedMeetingId = l.first;
                    break;
                }
            }
        }
        out << p;
    }
    return out;
}
