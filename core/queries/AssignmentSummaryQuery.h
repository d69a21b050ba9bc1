#pragma once

#include "core/Assignment.h"
#include "core/workflow/AssignmentService.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

class Database;

// What the assignment panel's heading says about one assignment: the stored assignment, the
// appeal's number and subject (a topic's title for a topic, else the problem), the
// departments by name and the deadline state as of a day, with the active profile's warning
// window and the official calendar.
class AssignmentSummaryQuery {
    Q_DECLARE_TR_FUNCTIONS(AssignmentSummaryQuery)

public:
    struct Summary {
        Assignment assignment;
        QString appealNumber; // empty for a topic's assignment
        QString subject;
        QString leadDepartment;
        QStringList cooperatingDepartments; // in the order of assignment.cooperators
        int approvedExtensions = 0;         // approved on or before the as-of day
        AssignmentService::DeadlineState deadlineState = AssignmentService::DeadlineState::Closed;
    };

    explicit AssignmentSummaryQuery(Database &db);

    // Empty when there is no such assignment or on a database error (errorString() says).
    std::optional<Summary> find(qint64 id, const QDate &asOf);
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};
