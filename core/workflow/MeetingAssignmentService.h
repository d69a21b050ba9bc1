#pragma once

#include "core/Assignment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// The one step after a meeting: its decided topics become assignments (交办), one per appeal
// of a topic (or one for the topic when it has no appeals), led by the first department the
// topic was handed to, with the others cooperating; the meeting is then held.
class MeetingAssignmentService {
    Q_DECLARE_TR_FUNCTIONS(MeetingAssignmentService)

public:
    // One assignment to create from a decided topic: one per appeal of the topic (or one for
    // the topic when it has no appeals).
    struct AssignmentPlan {
        qint64 topicId = 0;
        qint64 appealId = 0;
        qint64 leadDepartmentId = 0;
        QList<CooperatingDepartment> cooperators;
    };

    struct CreationResult {
        QList<qint64> assignmentIds;
        QStringList warnings; // e.g. assigned later than the profile's lead time
    };

    explicit MeetingAssignmentService(Database &db);

    // Proposed assignments for the decided topics of the agenda: lead = first department the
    // topic was handed to, the others cooperate. None, with readError(), when a part cannot be
    // read.
    QList<AssignmentPlan> proposeAssignments(qint64 meetingId) const;
    // Creates all planned assignments in one transaction, assigned on `assignedOn`, and marks
    // the meeting held. Warns when the profile's assign-within lead time is exceeded.
    std::optional<CreationResult> createAssignments(qint64 meetingId,
                                                    const QList<AssignmentPlan> &plans,
                                                    const QDate &assignedOn);

    QString errorString() const { return m_error; }
    // Why proposeAssignments() proposed nothing because it could not read; empty when it ran.
    QString readError() const { return m_readError; }

private:
    // Nothing when it cannot be read (m_readError says why).
    std::optional<bool> topicAssigned(qint64 topicId) const;
    QString topicTitle(qint64 topicId) const;

    Database &m_db;
    QString m_error;
    mutable QString m_readError;
};
