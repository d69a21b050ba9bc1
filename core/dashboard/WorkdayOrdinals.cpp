#include "core/dashboard/WorkdayOrdinals.h"

#include "core/WorkCalendar.h"

WorkdayOrdinals::WorkdayOrdinals(const WorkCalendar &calendar, const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    m_first = from.toJulianDay();
    m_ordinals.reserve(from.daysTo(to) + 1);
    int ord = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++ord;
        m_ordinals << ord;
    }
}

bool WorkdayOrdinals::contains(const QDate &date) const {
    if (!date.isValid())
        return false;
    const qint64 i = date.toJulianDay() - m_first;
    return i >= 0 && i < m_ordinals.size();
}

int WorkdayOrdinals::ordinal(const QDate &date) const {
    return contains(date) ? m_ordinals.at(date.toJulianDay() - m_first) : -1;
}
