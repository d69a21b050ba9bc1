#pragma once

#include "core/WorkCalendar.h"

#include <QCoreApplication>

class Database;

// Keeps the working-day calendar in the database, so that a year a user imported or a day a
// user corrected is what every deadline of that database is computed with.
class CalendarRepository {
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database &db);

    WorkCalendar load() const;

    // Replaces whole years in one transaction. `source` says where they came from.
    bool importYears(const QList<int> &years, const QList<CalendarDay> &days,
                     const QString &source);
    bool setDay(const CalendarDay &day);
    bool clearDay(const QDate &date);

    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};
