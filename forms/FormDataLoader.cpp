#include "forms/FormDataLoader.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/records/OfficeDetailsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QDate isoDate(const QVariant &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString joinNonEmpty(const QStringList &parts, const QString &separator) {
    QStringList kept;
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !kept.contains(t))
            kept << t;
    }
    return kept.join(separator);
}

const QString assignmentSelect = uR"(
SELECT s.id, COALESCE(a.number, ''), COALESCE(a.submitting_unit, ''),
       COALESCE(a.responsible_person, ''), COALESCE(a.phone, ''), COALESCE(t.title, ''),
       COALESCE(t.description, ''), COALESCE(a.problem, ''), d.name, s.lead_contact,
       s.lead_phone, d.contact, d.phone, s.assigned_on, s.progress_due, s.due_date, s.status,
       s.result, s.feedback, s.supervision, COALESCE(mt.decision, ''), COALESCE(s.meeting_id, 0),
       COALESCE(a.suggestions, ''), COALESCE(t.id, 0), s.original_due_date, s.rehandle_count
FROM assignments s
JOIN departments d ON d.id = s.lead_department_id
LEFT JOIN appeals a ON a.id = s.appeal_id
LEFT JOIN topics t ON t.id = COALESCE(s.topic_id, a.topic_id)
LEFT JOIN meeting_topics mt ON mt.meeting_id = s.meeting_id AND mt.topic_id = t.id
)"_s;

} // namespace

FormDataLoader::FormDataLoader(Database &db)
    : m_db(db) {}

QString FormDataLoader::setting(const QString &key) const {
    return m_db.setting(key);
}

std::optional<AppealFormData> FormDataLoader::appeal(qint64 id) {
    QSqlQuery q(m_db.sql());
    q.prepare(uR"(SELECT a.id, a.number, a.submitting_unit, a.responsible_person, a.phone,
                         a.submit_date, a.problem, a.suggestions, a.prior_handling, a.domain,
                         a.scope, COALESCE(e.uscc, ''), COALESCE(e.industry, '')
                  FROM appeals a LEFT JOIN enterprises e ON e.id = a.enterprise_id
                  WHERE a.id = ?)"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().isValid() ? q.lastError().text()
                                          : tr("There is no appeal with id %1.").arg(id);
        return std::nullopt;
    }
    AppealFormData a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.submittingUnit = q.value(2).toString();
    a.responsiblePerson = q.value(3).toString();
    a.phone = q.value(4).toString();
    a.submitDate = isoDate(q.value(5));
    a.problem = q.value(6).toString();
    a.suggestions = q.value(7).toString();
    a.priorHandling = q.value(8).toString();
    a.domain = q.value(9).toString();
    a.industryWide = q.value(10).toString() == "industry"_L1;
    a.uscc = q.value(11).toString();
    a.industry = q.value(12).toString();
    return a;
}

QList<AssignmentFormData> FormDataLoader::loadAssignments(const QString &where,
                                                          const QVariantList &binds) {
    QList<AssignmentFormData> list;
    QSqlQuery q(m_db.sql());
    // The loop below asks further questions per row: PostgreSQL's driver streams a forward-only
    // result and would drop the rest of it, so there the rows are fetched whole.
    q.setForwardOnly(!m_db.isServer());
    q.prepare(assignmentSelect + where + u" ORDER BY d.name, s.id"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return list;
    }
    QHash<qint64, QString> chairs;
    while (q.next()) {
        AssignmentFormData s;
        s.id = q.value(0).toLongLong();
        s.number = q.value(1).toString();
        s.enterprise = q.value(2).toString();
        s.enterpriseContact = q.value(3).toString();
        s.enterprisePhone = q.value(4).toString();
        s.topicContent = joinNonEmpty(
            {q.value(5).toString(), q.value(6).toString(), q.value(7).toString()}, u"\n"_s);
        s.leadDepartment = q.value(8).toString();
        // The assignment's own contact wins; the department's standing contact fills the gap.
        s.leadContact =
            q.value(9).toString().isEmpty() ? q.value(11).toString() : q.value(9).toString();
        s.leadPhone =
            q.value(10).toString().isEmpty() ? q.value(12).toString() : q.value(10).toString();
        s.assignedOn = isoDate(q.value(13));
        s.progressDue = isoDate(q.value(14));
        s.dueDate = isoDate(q.value(15));
        s.status = q.value(16).toString();
        s.result = q.value(17).toString();
        s.feedback = q.value(18).toString();
        s.supervision = q.value(19).toString();
        s.decision = q.value(20).toString();
        s.problem = q.value(7).toString();
        s.suggestions = q.value(22).toString();
        s.topicId = q.value(23).toLongLong();
        s.originalDueDate = isoDate(q.value(24));
        s.rehandled = q.value(25).toInt() > 0;
        const qint64 meetingId = q.value(21).toLongLong();
        if (meetingId != 0) {
            if (!chairs.contains(meetingId))
                chairs.insert(meetingId,
                              meetingPeople(meetingId, {u"chair"_s}, true).join(u"、"_s));
            s.receivingLeader = chairs.value(meetingId);
        }
        list << s;
    }
    QSqlQuery c(m_db.sql());
    c.prepare(uR"(SELECT d.name, c.contact, c.phone, d.contact, d.phone
                  FROM assignment_cooperators c JOIN departments d ON d.id = c.department_id
                  WHERE c.assignment_id = ? ORDER BY d.name)"_s);
    for (AssignmentFormData &s : list) {
        c.addBindValue(s.id);
        if (!c.exec())
            continue;
        while (c.next()) {
            CooperatorFormData co;
            co.department = c.value(0).toString();
            co.contact =
                c.value(1).toString().isEmpty() ? c.value(3).toString() : c.value(1).toString();
            co.phone =
                c.value(2).toString().isEmpty() ? c.value(4).toString() : c.value(2).toString();
            s.cooperators << co;
        }
    }
    return list;
}

std::optional<AssignmentFormData> FormDataLoader::assignment(qint64 id) {
    const auto list = loadAssignments(u" WHERE s.id = ?"_s, {id});
    if (list.isEmpty()) {
        if (m_error.isEmpty())
            m_error = tr("There is no assignment with id %1.").arg(id);
        return std::nullopt;
    }
    return list.first();
}

QList<AssignmentFormData> FormDataLoader::meetingAssignments(qint64 meetingId) {
    return loadAssignments(u" WHERE s.meeting_id = ?"_s, {meetingId});
}

QList<AssignmentFormData> FormDataLoader::allAssignments() {
    return loadAssignments({}, {});
}

std::optional<EvaluationFormData> FormDataLoader::evaluation(qint64 id) {
    QSqlQuery q(m_db.sql());
    q.prepare(uR"(SELECT e.id, COALESCE(a.number, ''), e.evaluating_unit, e.responsible_person,
                         e.phone, e.submit_date, e.level, e.opinion, e.suggestions
                  FROM evaluations e JOIN assignments s ON s.id = e.assignment_id
                  LEFT JOIN appeals a ON a.id = s.appeal_id WHERE e.id = ?)"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().isValid() ? q.lastError().text()
                                          : tr("There is no evaluation with id %1.").arg(id);
        return std::nullopt;
    }
    EvaluationFormData e;
    e.id = q.value(0).toLongLong();
    e.number = q.value(1).toString();
    e.evaluatingUnit = q.value(2).toString();
    e.responsiblePerson = q.value(3).toString();
    e.phone = q.value(4).toString();
    e.submitDate = isoDate(q.value(5));
    e.level = q.value(6).toString();
    e.opinion = q.value(7).toString();
    e.suggestions = q.value(8).toString();
    return e;
}

QStringList FormDataLoader::meetingPeople(qint64 meetingId, const QStringList &roles,
                                          bool leaders) {
    QStringList placeholders;
    for (int i = 0; i < roles.size(); ++i)
        placeholders << u"?"_s;
    QSqlQuery q(m_db.sql());
    if (leaders)
        q.prepare(u"SELECT l.title || l.name FROM meeting_leaders m JOIN leaders l ON l.id = "
                  "m.leader_id WHERE m.meeting_id = ? AND m.role IN (%1) ORDER BY l.id"_s.arg(
                      placeholders.join(u',')));
    else
        q.prepare(u"SELECT d.name FROM meeting_departments m JOIN departments d ON d.id = "
                  "m.department_id WHERE m.meeting_id = ? AND m.role IN (%1) ORDER BY d.id"_s.arg(
                      placeholders.join(u',')));
    q.addBindValue(meetingId);
    for (const QString &r : roles)
        q.addBindValue(r);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

std::optional<MeetingFormData> FormDataLoader::meeting(qint64 id) {
    QSqlQuery q(m_db.sql());
    q.prepare(uR"(SELECT id, kind, title, meeting_date, place, form, minutes_number, summary,
                         notice_date, booking_from, booking_to, notice_scope
                  FROM meetings WHERE id = ?)"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().isValid() ? q.lastError().text()
                                          : tr("There is no meeting with id %1.").arg(id);
        return std::nullopt;
    }
    MeetingFormData m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.title = q.value(2).toString();
    m.date = isoDate(q.value(3));
    m.place = q.value(4).toString();
    m.form = q.value(5).toString();
    m.minutesNumber = q.value(6).toString();
    if (m.minutesNumber.trimmed().isEmpty() && m.date.isValid())
        m.minutesNumber = yearlyNumber(m.id, m.date);
    m.summary = q.value(7).toString();
    m.noticeDate = isoDate(q.value(8));
    m.bookingFrom = isoDate(q.value(9));
    m.bookingTo = isoDate(q.value(10));
    m.noticeScope = q.value(11).toString();
    const OfficeDetails office = OfficeDetailsRepository(m_db).load();
    m.contactPhone = office.phone;
    m.contactEmail = office.email;
    m.bookingHours = office.bookingHours;
    m.bookingPlace = office.bookingPlace;

    m.chairs = meetingPeople(id, {u"chair"_s}, true);
    m.attendees = m.chairs + meetingPeople(id, {u"attend"_s}, true);
    m.onLeave = meetingPeople(id, {u"leave"_s}, true) + meetingPeople(id, {u"leave"_s}, false);
    m.observers = meetingPeople(id, {u"observe"_s}, true) +
                  meetingPeople(id, {u"attend"_s, u"observe"_s}, false);

    QSqlQuery e(m_db.sql());
    e.prepare(u"SELECT en.name FROM meeting_enterprises m JOIN enterprises en ON en.id = "
              "m.enterprise_id WHERE m.meeting_id = ? ORDER BY en.id"_s);
    e.addBindValue(id);
    if (e.exec()) {
        while (e.next())
            m.enterprises << e.value(0).toString();
    }

    m.assignments = meetingAssignments(id);
    setDecidedDeadlines(id, m.assignments);
    QSqlQuery t(m_db.sql());
    t.prepare(uR"(SELECT t.id, t.title, t.description, mt.decision FROM meeting_topics mt
                  JOIN topics t ON t.id = mt.topic_id WHERE mt.meeting_id = ?
                  ORDER BY mt.position, t.id)"_s);
    t.addBindValue(id);
    if (t.exec()) {
        QSqlQuery ap(m_db.sql());
        ap.prepare(u"SELECT id FROM appeals WHERE topic_id = ? ORDER BY id"_s);
        while (t.next()) {
            MeetingTopicFormData topic;
            topic.title = t.value(1).toString();
            topic.description = t.value(2).toString();
            topic.decision = t.value(3).toString();
            const qint64 topicId = t.value(0).toLongLong();
            ap.addBindValue(topicId);
            if (ap.exec()) {
                QList<qint64> ids;
                while (ap.next())
                    ids << ap.value(0).toLongLong();
                for (qint64 appealId : ids) {
                    if (auto a = appeal(appealId))
                        topic.appeals << *a;
                }
            }
            // The topic's share of the meeting's assignments (read above, decided deadlines set).
            for (const AssignmentFormData &s : std::as_const(m.assignments)) {
                if (s.topicId == topicId)
                    topic.assignments << s;
            }
            m.topics << topic;
        }
    }
    return m;
}

QString FormDataLoader::yearlyNumber(qint64 meetingId, const QDate &date) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT count(*) FROM meetings WHERE status <> 'cancelled' AND meeting_date >= ? "
              "AND (meeting_date < ? OR (meeting_date = ? AND id <= ?))"_s);
    q.addBindValue(QDate(date.year(), 1, 1).toString(Qt::ISODate));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(meetingId);
    if (!q.exec() || !q.next() || q.value(0).toInt() < 1)
        return {};
    return u"第%1期"_s.arg(q.value(0).toInt());
}

void FormDataLoader::setDecidedDeadlines(qint64 meetingId, QList<AssignmentFormData> &list) {
    // The history in order: created with its deadline, corrected (deadline_changed), until the
    // first extension or 重办 (reopened), which come after the meeting.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.entity_id, l.action, l.detail FROM audit_log l "
              "JOIN assignments s ON s.id = l.entity_id WHERE l.entity = 'assignment' AND "
              "s.meeting_id = ? AND l.action IN ('created', 'deadline_changed', "
              "'extension_approved', 'reopened') ORDER BY l.entity_id, l.id"_s);
    q.addBindValue(meetingId);
    QHash<qint64, QDate> decided;
    QSet<qint64> closed;
    if (q.exec()) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (closed.contains(id))
                continue;
            const QString action = q.value(1).toString();
            const QJsonObject detail =
                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            if (action == "created"_L1)
                decided.insert(id, isoDate(detail.value("due"_L1).toString()));
            else if (action == "deadline_changed"_L1)
                decided.insert(id, isoDate(detail.value("to"_L1).toString()));
            else
                closed.insert(id);
        }
    }
    for (AssignmentFormData &s : list) {
        const QDate d = decided.value(s.id);
        // Without a history (imported or older data) the first deadline stands, unless the
        // item was handled again, which rewrote it.
        s.decidedDueDate = d.isValid() ? d : (s.rehandled ? QDate() : s.originalDueDate);
        if (!s.decidedDueDate.isValid())
            s.decidedDueDate = s.dueDate;
    }
}

FormContext FormDataLoader::context(const QString &variant) {
    const RuleProfile profile = ProfileRepository(m_db).active();
    FormContext c;
    c.profileCode = profile.code;
    c.profileName = profile.name;
    // The office's own name when it set one (Settings ▸ Office), else the profile's.
    const QString issuer = OfficeDetailsRepository(m_db).load().issuer;
    c.issuer = issuer.isEmpty() ? profile.issuer : issuer;
    c.meetingName = profile.meetingName;
    c.replyOffice = profile.replyOffice.isEmpty() ? c.issuer : profile.replyOffice;
    for (const ExclusionReason &r : profile.exclusionReasons)
        c.exclusionReasons << r.label;
    c.variant = profile.formVariant == "004"_L1 ? u"004"_s : u"000"_s;
    if (!variant.isEmpty() && variant != c.variant) {
        c.variant = variant;
        return c; // titles left empty: FormWording supplies the seed's own
    }
    c.form1Title = profile.form1Title;
    c.form2Title = profile.form2Title;
    c.form3Title = profile.form3Title;
    return c;
}
