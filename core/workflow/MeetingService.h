#pragma once

#include "core/records/EditConflict.h"
#include "core/workflow/Meeting.h"
#include "core/workflow/MeetingPlanner.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

class Database;
class QSqlQuery;

// Meetings: planning under the active profile's rules, the agenda of topics, attendees and
// decisions per topic. MeetingAssignmentService turns the decisions into assignments.
class MeetingService {
    Q_DECLARE_TR_FUNCTIONS(MeetingService)

public:
    // What the domain matching proposes for one appeal (乌海: the vice-mayor on duty receives
    // the appeals of his domains; others wait for a later meeting).
    struct DomainProposal {
        qint64 appealId = 0;
        QString domain;
        bool matchesThisMeeting = false;
        qint64 proposedMeetingId = 0; // this meeting, a later planned one, or 0 when none fits
    };

    explicit MeetingService(Database &db);

    qint64 create(const Meeting &meeting); // header fields only; returns the id or 0
    // Header fields only. With meeting.version set, refused when the stored meeting has moved
    // on since it was read (conflict() says by whom and when).
    bool update(const Meeting &meeting);
    bool setStatus(qint64 meetingId, const QString &status);
    std::optional<Meeting> find(qint64 meetingId) const;
    // Why find() returned nothing: the read's failure (the server away), or "Meeting N does
    // not exist" when it ran and there is no such meeting.
    QString missing(qint64 meetingId) const;
    QList<Meeting> list() const; // by date, newest first; empty with readError() on failure

    // Replaces the agenda with `topicIds` in this order; decisions already taken are kept.
    bool setAgenda(qint64 meetingId, const QList<qint64> &topicIds);
    bool setDecision(qint64 meetingId, qint64 topicId, const QString &decision);
    bool setLeaders(qint64 meetingId, const QList<Meeting::LeaderRole> &leaders);
    bool setDepartments(qint64 meetingId, const QList<Meeting::DepartmentRole> &departments);
    bool setEnterprises(qint64 meetingId, const QList<Meeting::Representative> &enterprises);
    // The three lists of who attends, stored together or not at all. With `readVersion` set
    // (the version the lists were read at), refused like update() when the meeting moved on.
    bool setAttendees(qint64 meetingId, const QList<Meeting::LeaderRole> &leaders,
                      const QList<Meeting::DepartmentRole> &departments,
                      const QList<Meeting::Representative> &enterprises, int readVersion = 0);

    // The profile's rules checked for the stored meeting as of `today`; one warning, code
    // "unreadable", saying why when the meeting or the period's others cannot be read.
    QList<MeetingPlanner::Warning> checkPlan(qint64 meetingId, const QDate &today) const;
    MeetingPlanner planner() const;

    // Domain matching (profiles with domainMatching) for the given appeals; none, with
    // readError(), when the chairs' domains or the appeals cannot be read.
    QList<DomainProposal> proposeByDomain(qint64 meetingId, const QList<qint64> &appealIds) const;

    QString errorString() const { return m_error; }
    // Set when the last update() or setAttendees() was refused because another desk changed
    // the meeting after it was read.
    std::optional<EditConflict> conflict() const { return m_conflict; }
    // Why the last find(), list() or proposeByDomain() could not read; empty when it ran.
    QString readError() const { return m_readError; }

private:
    // Raises the meeting's version inside the caller's transaction; with `readVersion` set, only
    // from that version (else the conflict or the missing meeting is reported).
    bool raiseVersion(qint64 meetingId, int readVersion);
    QString label(qint64 meetingId) const;
    bool replaceRows(qint64 meetingId, const QString &table, const QString &action,
                     const std::function<bool(QSqlQuery &)> &insertAll);
    QStringList chairDomains(qint64 meetingId) const;

    Database &m_db;
    QString m_error;
    std::optional<EditConflict> m_conflict;
    mutable QString m_readError; // why the last find() or list() failed; empty when it ran
};
