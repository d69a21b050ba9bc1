#pragma once

#include <QWidget>

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

    void showMeeting(qint64 meetingId);
    int proposalCount() const;
    void setProposedLead(int row, qint64 departmentId);
    void setAssignedOn(const QDate &date);
    bool createAssignments();

signals:
    void message(const QString &text, bool error);
    void changed();

private:
    Database &m_db;
    qint64 m_meetingId = 0;
    QTableWidget *m_proposals;
    QDateEdit *m_assignedOn;
};
