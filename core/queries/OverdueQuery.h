#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// 超期未办结: the open assignments whose deadline passed before a given date, with how many
// working days they are late, for supervision (督查) and the overdue report. Which items are
// chased is AssignmentState::chasedSql: escalated ones wait for the higher level and are left
// out, as the 催办通知 leaves them out.
class OverdueQuery {
    Q_DECLARE_TR_FUNCTIONS(OverdueQuery)

public:
    struct Item {
        qint64 assignmentId = 0;
        qint64 appealId = 0;  // 0 for an assignment of a whole topic
        QString appealNumber; // the topic's title for a topic assignment
        QString enterprise;   // the enterprise's name, else the submitting unit
        QString leadDepartment;
        QString status;
        QDate dueDate;
        QDate originalDueDate;
        int workingDaysOverdue = 0;
        bool extended = false; // an approved extension moved the deadline
    };

    explicit OverdueQuery(Database &db);

    // Sorted by due date (oldest first), then assignment id. Empty with errorString() set on a
    // database error.
    QList<Item> run(const QDate &asOf);
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};
