#pragma once

#include "core/workflow/Meeting.h"

#include <QWidget>
#include <optional>

class Database;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

// The meeting's agenda: topics ordered by drag and drop (stored at once as
// meeting_topics.position), the open topics that can join it, the decision on each topic, and
// for 乌海 the match of the agenda's appeals to the chairing vice-mayor's domains.
class MeetingAgendaTab : public QWidget {
    Q_OBJECT

public:
    explicit MeetingAgendaTab(Database &db, QWidget *parent = nullptr);

    // Shows the meeting (none: an unsaved one).
    void showMeeting(qint64 meetingId, const std::optional<Meeting> &meeting);
    QList<qint64> topicIds() const;
    QString domainText() const;
    bool hasTyping() const; // a decision typed and not saved

    bool addTopic(qint64 topicId = 0); // 0: the one chosen in the combo box
    bool removeCurrent();
    bool move(int from, int to);
    bool saveDecision(qint64 topicId, const QString &decision);

signals:
    void message(const QString &text, bool error);
    // The agenda changed: the meeting list and the other tabs need reading again.
    void changed();

private:
    bool saveOrder();
    void showDecision();
    void updateDomainCheck();

    Database &m_db;
    qint64 m_meetingId = 0;
    QListWidget *m_agenda;
    QComboBox *m_topicChoice;
    QPlainTextEdit *m_decision;
    QLabel *m_domainLabel;
    bool m_filling = false;     // the list is being filled or rearranged by the program
    qint64 m_decisionTopic = 0; // whose decision the decision field shows
};
