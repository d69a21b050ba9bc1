#pragma once

#include <QDate>
#include <QList>

class WorkCalendar;

// Working-day ordinals over a range of dates: ordinal(d) counts the working days from the start
// of the range up to and including d, so that "working days from assignment to completion" is
// ordinal(completed) - ordinal(assigned) — one array read per date instead of walking the
// calendar for each of thousands of rows. Built once per use from the calendar in memory.
class WorkdayOrdinals {
public:
    WorkdayOrdinals() = default; // an empty range: contains() nothing
    WorkdayOrdinals(const WorkCalendar &calendar, const QDate &from, const QDate &to);

    bool contains(const QDate &date) const;
    // -1 for a date outside the range (or invalid).
    int ordinal(const QDate &date) const;

private:
    qint64 m_first = 0; // Julian day of the range's first date
    QList<int> m_ordinals;
};
