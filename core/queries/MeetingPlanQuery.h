#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

class Database;

// What the meetings page asks while a meeting is planned: which meeting to open, how many
// others fall in a period, the topics to put on an agenda, and the appeals and enterprises an
// agenda brings. On a database error an answer is empty (0) and errorString() says why.
class MeetingPlanQuery {
    Q_DECLARE_TR_FUNCTIONS(MeetingPlanQuery)

public:
    struct TopicChoice {
        qint64 id = 0;
        QString title;
        bool urgent = false;
        QDate scheduled; // the latest meeting whose agenda holds it; invalid: on none
    };

    explicit MeetingPlanQuery(Database &db);

    // The next planned meeting on or after `today`, else the latest meeting; 0 when none.
    qint64 meetingToOpen(const QDate &today);
    // Meetings other than `meetingId`, not cancelled, dated within [first, last].
    int othersInPeriod(qint64 meetingId, const QDate &first, const QDate &last);
    // The open topics: those on no agenda first (urgent first, newest first), then those on an
    // agenda, the latest meeting first.
    QList<TopicChoice> openTopics();
    // The appeals of the topics on the meeting's agenda, by id.
    QList<qint64> appealsOnAgenda(qint64 meetingId);
    // The accepted appeals of open topics on no agenda yet, by id.
    QList<qint64> appealsWaitingForAMeeting();
    // The registered enterprises whose appeals are on the meeting's agenda.
    QSet<qint64> enterprisesOnAgenda(qint64 meetingId);

    QString errorString() const { return m_error; }

private:
    QList<qint64> ids(const QString &sql, const QVariantList &binds);

    Database &m_db;
    QString m_error;
};
