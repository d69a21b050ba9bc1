#pragma once

#include "core/workflow/Meeting.h"

#include <QSet>
#include <QWidget>
#include <optional>

class Database;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QTableWidget;

// Who comes to the meeting: leaders with their roles (主持/出席/请假/列席), the departments
// attending, and the enterprises invited with their representatives — by default only the
// enterprises whose appeals are on the agenda (in bold) and those invited are listed.
class MeetingAttendeesTab : public QWidget {
    Q_OBJECT

public:
    explicit MeetingAttendeesTab(Database &db, QWidget *parent = nullptr);

    // Reads the leaders, departments and enterprises to choose from.
    void loadChoices();
    void showMeeting(qint64 meetingId, const std::optional<Meeting> &meeting);

    void setLeaderRole(qint64 leaderId, const QString &role); // empty role: not attending
    void setEnterpriseInvited(qint64 enterpriseId, bool invited);
    void setDepartmentAttending(qint64 departmentId, bool attending);
    // The three lists together, in one transaction.
    bool save();

signals:
    void message(const QString &text, bool error);
    void changed();

private:
    void filterEnterprises();

    Database &m_db;
    qint64 m_meetingId = 0;
    QTableWidget *m_leaders;
    QListWidget *m_departments;
    QTableWidget *m_enterprises;
    QLineEdit *m_enterpriseSearch;
    QCheckBox *m_agendaOnly;
    QSet<qint64> m_agendaEnterprises; // whose appeals are on this meeting's agenda
};
