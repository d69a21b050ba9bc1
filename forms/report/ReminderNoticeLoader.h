#pragma once

#include "forms/report/ReminderNoticeData.h"

#include <QCoreApplication>
#include <optional>

class Database;

// Reads the 催办通知 of overdue assignments as of a date. "Overdue" and "the deadline in force"
// are the deadline dashboard's (DashboardQuery), so the notice says what the dashboard shows:
// an extension approved after the date does not count, one approved before it does.
class ReminderNoticeLoader {
    Q_DECLARE_TR_FUNCTIONS(ReminderNoticeLoader)

public:
    // The lead department is asked to report within this many working days of the notice.
    static constexpr int reportWithinWorkingDays = 3;

    explicit ReminderNoticeLoader(Database &db);

    // One assignment; nullopt with errorString() when it does not exist or is not overdue.
    std::optional<ReminderNoticeData> assignment(qint64 id, const QDate &asOf);
    // Every overdue assignment of a meeting, by lead department then most overdue first; an
    // empty list with errorString() set when there are none (or on a database error).
    QList<ReminderNoticeData> meeting(qint64 meetingId, const QDate &asOf);
    // Every overdue assignment among `ids` (the dashboard's selection), same order; ids that
    // are not overdue are left out.
    QList<ReminderNoticeData> assignments(const QList<qint64> &ids, const QDate &asOf);

    QString errorString() const { return m_error; }

private:
    QList<ReminderNoticeData> load(const QList<qint64> &ids, const QDate &asOf);

    Database &m_db;
    QString m_error;
};
