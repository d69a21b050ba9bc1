#pragma once

#include "core/workflow/Meeting.h"
#include "ui/Page.h"

#include <QDate>

class Database;
class NextStepBanner;
class MeetingAgendaTab;
class MeetingAssignTab;
class MeetingAttendeesTab;
class MeetingsModel;
class QComboBox;
class QDateEdit;
class MessageLine;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

// Plans meetings with the profile's rules in view (cadence, representatives, notice and
// catalogue lead times, warnings). The other tabs are classes of their own: the agenda
// (drag and drop, decisions, 乌海 domain matching), the attendees, and turning the decisions
// into assignments in one step. The page keeps the list and the current meeting and reads
// everything again when a tab changed something.
class MeetingsPage : public Page {
    Q_OBJECT

public:
    explicit MeetingsPage(Database &db, QWidget *parent = nullptr);

    MeetingsModel *model() const { return m_model; }
    qint64 currentMeetingId() const { return m_meetingId; }
    QString message() const;
    QStringList warnings() const { return m_warnings; }
    QString rulesText() const;
    QString domainText() const; // 乌海 domain matching of the current meeting
    QList<qint64> agendaTopicIds() const;

    // For tests (and the buttons): edit the current meeting.
    void setMeetingDate(const QDate &date);
    void setMeetingTitle(const QString &title);
    void selectMeeting(qint64 id);
    void setLeaderRole(qint64 leaderId, const QString &role); // empty role: not attending
    void setEnterpriseInvited(qint64 enterpriseId, bool invited);
    void setDepartmentAttending(qint64 departmentId, bool attending);
    void setAssignedOn(const QDate &date);
    int proposalCount() const;
    void setProposedLead(int row, qint64 departmentId); // before createAssignments()

public slots:
    void refresh() override;
    void newMeeting();
    bool saveMeeting();
    bool addTopicToAgenda(qint64 topicId = 0); // 0: the one chosen in the combo box
    bool removeAgendaItem();
    bool moveAgendaItem(int from, int to);
    bool saveDecision(qint64 topicId, const QString &decision);
    bool saveAttendees();
    bool createAssignments();

private:
    QWidget *createPlanTab();
    void loadMeeting();
    bool planChanged() const; // the Plan tab holds changes not saved yet
    // Before another meeting or a new one is shown: what was typed or ticked for this one and
    // not saved is thrown away only when the clerk says so (不保存); 取消 or Esc keeps it.
    bool mayLeave();
    void settlePlan(); // what the Plan tab holds now counts as shown
    bool resolveConflict(const Meeting &mine, const QString &message);
    void updateChecks();

    Database &m_db;
    NextStepBanner *m_nextStep = nullptr; // the first day's next step while the page is empty
    MeetingsModel *m_model;
    QTableView *m_view;
    qint64 m_meetingId = 0;
    // The meeting as the Plan tab showed it: kept while the clerk has changes there, so that a
    // refresh after another desk's save cannot make a save of older values look current.
    Meeting m_loaded;
    QStringList m_warnings;

    QDateEdit *m_date;
    QLineEdit *m_title;
    QLineEdit *m_place;
    QComboBox *m_form;
    QLabel *m_rules;
    MessageLine *m_warningLabel;
    QTabWidget *m_tabs = nullptr;
    MeetingAgendaTab *m_agenda;
    MeetingAttendeesTab *m_attendees;
    MeetingAssignTab *m_assign;
    MessageLine *m_message;
};
