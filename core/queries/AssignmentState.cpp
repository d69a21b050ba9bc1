#include "core/queries/AssignmentState.h"

#include "core/WorkCalendar.h"

using namespace Qt::StringLiterals;

QStringList AssignmentState::openStatusCodes() {
    return {u"assigned"_s, u"in_progress"_s, u"returned"_s, u"escalated"_s};
}

QStringList AssignmentState::allStatusCodes() {
    return {u"assigned"_s, u"in_progress"_s, u"done"_s,    u"evaluated"_s,
            u"returned"_s, u"escalated"_s,   u"deferred"_s};
}

bool AssignmentState::isOpen(const QString &statusCode) {
    return openStatusCodes().contains(statusCode);
}

bool AssignmentState::isOverdue(const QString &statusCode, const QDate &dueDate,
                                const QDate &asOf) {
    return isOpen(statusCode) && dueDate.isValid() && dueDate < asOf;
}

bool AssignmentState::isExtended(int approvedByThen) {
    return approvedByThen > 0;
}

bool AssignmentState::isWaitingOn(const QString &statusCode, const QString &waitingCode,
                                  const Waiting &waiting, const QDate &asOf) {
    if (!waiting.since.isValid())
        return statusCode == waitingCode;
    if (waiting.since > asOf)
        return false;
    return waiting.until.isValid() ? asOf < waiting.until : statusCode == waitingCode;
}

QString AssignmentState::statusOn(const QString &statusCode, const QDate &completedOn,
                                  const Waiting &escalation, const Waiting &deferral,
                                  const QDate &asOf) {
    const QString deferred = u"deferred"_s;
    const QString escalated = u"escalated"_s;
    if (isWaitingOn(statusCode, deferred, deferral, asOf))
        return deferred;
    if (isWaitingOn(statusCode, escalated, escalation, asOf))
        return escalated;
    if ((statusCode == "done"_L1 || statusCode == "evaluated"_L1) && completedOn.isValid() &&
        completedOn > asOf)
        return u"in_progress"_s;
    if (statusCode == deferred || statusCode == escalated)
        return u"in_progress"_s; // it went into that state only after the date
    return statusCode;
}

namespace {
// isWaitingOn in SQL over the columns `<state>_on` and `<state>_until` (ISO text, '' unset),
// as 1 or 0 (an integer, so that PostgreSQL takes it as SQLite does).
QString waitingSql(const QString &alias, const QString &state, const QString &param) {
    return u"(CASE WHEN %1.%2_on <> '' AND %1.%2_on > %3 THEN 0 "
           "WHEN %1.%2_on <> '' AND %1.%2_until <> '' THEN "
           "(CASE WHEN %3 < %1.%2_until THEN 1 ELSE 0 END) "
           "WHEN %1.status = '%2' THEN 1 ELSE 0 END)"_s.arg(alias, state, param);
}
} // namespace

QString AssignmentState::escalatedOnSql(const QString &alias, const QString &param) {
    return waitingSql(alias, u"escalated"_s, param);
}

QString AssignmentState::deferredOnSql(const QString &alias, const QString &param) {
    return waitingSql(alias, u"deferred"_s, param);
}

QDate AssignmentState::dueSoonLimit(const WorkCalendar &calendar, const QDate &asOf,
                                    int windowWorkingDays) {
    // The day before the (N+1)th working day: a deadline on a weekend or holiday right after
    // the Nth working day is due soon too — exactly "at most N working days left", as
    // AssignmentService::deadlineState counts it for the assignment pages.
    return calendar.addWorkingDays(asOf, std::max(0, windowWorkingDays) + 1).date.addDays(-1);
}

AssignmentState::DeadlineState AssignmentState::state(const QString &statusCode,
                                                      const QDate &dueDate, const QDate &asOf,
                                                      const QDate &dueSoonLimitDate) {
    if (!isOpen(statusCode) || !dueDate.isValid())
        return DeadlineState::None;
    if (dueDate < asOf)
        return DeadlineState::Overdue;
    if (dueDate <= dueSoonLimitDate)
        return DeadlineState::DueSoon;
    return DeadlineState::OnTrack;
}

QString AssignmentState::openSql(const QString &alias) {
    QStringList quoted;
    for (const QString &code : openStatusCodes())
        quoted << u'\'' + code + u'\'';
    return u"%1.status IN (%2)"_s.arg(alias, quoted.join(u", "_s));
}

QString AssignmentState::overdueSql(const QString &alias) {
    return u"(%1 AND %2.due_date < ?)"_s.arg(openSql(alias), alias);
}

QString AssignmentState::chasedSql(const QString &alias) {
    return u"(%1 AND %2 = 0)"_s.arg(overdueSql(alias), escalatedOnSql(alias, u"?"_s));
}

QString AssignmentState::approvedExtensionsSql(const QString &alias) {
    // decided_on compares as ISO text; an approved extension always has one. Only those of the
    // current period count: after 重办 the deadline comes from the reopening (deadline_start is
    // that day), not from an extension of the first round.
    return u"(SELECT COUNT(*) FROM extensions x WHERE x.assignment_id = %1.id AND "
           "x.status = 'approved' AND x.decided_on <= ? AND x.decided_on >= %1.deadline_start)"_s
               .arg(alias);
}

QString AssignmentState::stateCode(DeadlineState s) {
    switch (s) {
    case DeadlineState::None:
        return u"none"_s;
    case DeadlineState::OnTrack:
        return u"on-track"_s;
    case DeadlineState::DueSoon:
        return u"due-soon"_s;
    case DeadlineState::Overdue:
        return u"overdue"_s;
    }
    return u"none"_s;
}

AssignmentState::DeadlineState AssignmentState::stateFromCode(const QString &code, bool *ok) {
    for (DeadlineState s : {DeadlineState::None, DeadlineState::OnTrack, DeadlineState::DueSoon,
                            DeadlineState::Overdue}) {
        if (stateCode(s) == code) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return DeadlineState::None;
}
