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

    // The calendar of this database. When it cannot be read, `ok` is set to false, the error
    // is kept and the calendar returned knows no year (WorkCalendar::setUnreadable), so that a
    // caller that does not check still marks every deadline uncertain instead of counting
    // with an empty calendar as if it were complete.
    WorkCalendar load(bool *ok = nullptr) const;

    // One known year as Settings lists it.
    struct YearSummary {
        int year = 0;
        QString source; // "built-in", "notice", "notice:FILE" or a file name
        int daysOff = 0;
        int workingDays = 0; // make-up working days
    };
    // Empty with errorString() when the calendar cannot be read.
    QList<YearSummary> years() const;

    // Replaces whole years in one transaction. `source` says where they came from.
    bool importYears(const QList<int> &years, const QList<CalendarDay> &days,
                     const QString &source);
    bool setDay(const CalendarDay &day);
    bool clearDay(const QDate &date);

    QString errorString() const { return m_error; }

private:
    Database &m_db;
    mutable QString m_error;
};
