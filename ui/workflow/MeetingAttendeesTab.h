#pragma once

#include "core/workflow/Meeting.h"

#include <QMap>
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
    bool hasChanges() const { return held() != m_shown; } // ticked or chosen and not saved

signals:
    void message(const QString &text, bool error);
    void changed();

private:
    // Who attends, as one map: "L<id>" a leader's role, "D<id>" a department attending,
    // "E<id>" an enterprise invited with its representative. Absent: not attending.
    using Attendance = QMap<QString, QString>;
    static Attendance attendanceOf(const Meeting &meeting);
    Attendance held() const; // as the tab holds it now
    void hold(const Attendance &attendance);
    QString nameOf(const QString &key) const;
    QString valueText(const QString &key, const Attendance &attendance) const;
    bool store(const Attendance &attendance, int readVersion);
    bool resolveConflict(const Attendance &mine, const QString &conflictMessage);
    void filterEnterprises();

    Database &m_db;
    qint64 m_meetingId = 0;
    QTableWidget *m_leaders;
    QListWidget *m_departments;
    QTableWidget *m_enterprises;
    QLineEdit *m_enterpriseSearch;
    QCheckBox *m_agendaOnly;
    QSet<qint64> m_agendaEnterprises; // whose appeals are on this meeting's agenda
    // What the tab showed of the stored meeting and at which version: kept while the clerk has
    // changes not saved, so that a refresh after another desk's save keeps them (the other
    // desk's changes to other attendees shown beside them) and the save is weighed against
    // what the clerk saw (resolveConflict).
    Attendance m_shown;
    int m_shownVersion = 0;
    std::optional<Attendance> m_pending; // the clerk's unsaved attendance across loadChoices()
};
