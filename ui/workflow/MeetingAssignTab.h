#pragma once

#include "core/workflow/Meeting.h"

#include <QWidget>
#include <optional>

class Database;
class QDateEdit;
class QTableWidget;

// Turns the meeting's decided topics into assignments in one step: one proposal per appeal
// with the proposed lead (the first department the topic was handed to, changeable here) and
// the cooperating departments.
class MeetingAssignTab : public QWidget {
    Q_OBJECT

public:
    explicit MeetingAssignTab(Database &db, QWidget *parent = nullptr);

    // Another meeting: 交办日期 starts on today or, for a meeting still ahead, on the meeting's
    // day; a day before the meeting cannot be chosen (the assignments would be refused).
    void showMeeting(qint64 meetingId, const std::optional<Meeting> &meeting);
    int proposalCount() const;
    void setProposedLead(int row, qint64 departmentId);
    void setAssignedOn(const QDate &date);
    bool createAssignments();

signals:
    void message(const QString &text, bool error);
    void changed();

private:
    QString rowKey(int row) const; // "topic/appeal" of a proposal's row

    Database &m_db;
    qint64 m_meetingId = 0;
    QTableWidget *m_proposals;
    QDateEdit *m_assignedOn;
};
