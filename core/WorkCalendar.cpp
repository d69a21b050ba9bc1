#include "core/WorkCalendar.h"

#include "core/CalendarFileParser.h"

#include <QFile>
#include <algorithm>

using namespace Qt::StringLiterals;

WorkCalendar WorkCalendar::builtIn() {
    WorkCalendar calendar;
    QFile file(u":/calendar/calendar-cn-2023-2026.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return calendar;
    const CalendarFileParser::Result parsed = CalendarFileParser::parse(file.readAll(), u"tsv"_s);
    calendar.mergeYears(parsed.years, parsed.days);
    return calendar;
}

void WorkCalendar::mergeYears(const QList<int> &years, const QList<CalendarDay> &days) {
    const QSet<int> replaced(years.begin(), years.end());
    m_days.removeIf([&](const auto &it) { return replaced.contains(it.key().year()); });
    for (const CalendarDay &day : days)
        m_days.insert(day.date, day);
    m_years.unite(replaced);
}

void WorkCalendar::setDay(const CalendarDay &day) {
    m_days.insert(day.date, day);
}

void WorkCalendar::clearDay(const QDate &date) {
    m_days.remove(date);
}

void WorkCalendar::setYearKnown(int year, bool known) {
    if (known)
        m_years.insert(year);
    else
        m_years.remove(year);
}

void WorkCalendar::setUnreadable(const QString &why) {
    m_days.clear();
    m_years.clear();
    m_unreadable = why;
}

int WorkCalendar::yearToImport(const QDate &today) const {
    if (!today.isValid())
        return 0;
    if (!isYearKnown(today.year()))
        return today.year();
    if (today.month() >= 11 && !isYearKnown(today.year() + 1))
        return today.year() + 1;
    return 0;
}

QList<int> WorkCalendar::knownYears() const {
    QList<int> years(m_years.begin(), m_years.end());
    std::sort(years.begin(), years.end());
    return years;
}

QList<CalendarDay> WorkCalendar::exceptions() const {
    QList<CalendarDay> days = m_days.values();
    std::sort(days.begin(), days.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return days;
}

QList<CalendarDay> WorkCalendar::exceptionsInYear(int year) const {
    QList<CalendarDay> days;
    for (const CalendarDay &day : exceptions()) {
        if (day.date.year() == year)
            days << day;
    }
    return days;
}

bool WorkCalendar::isWorkingDay(const QDate &date) const {
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->kind == CalendarDay::Kind::Work;
    return date.dayOfWeek() <= 5;
}

QString WorkCalendar::holidayName(const QDate &date) const {
    const auto it = m_days.constFind(date);
    return it != m_days.constEnd() ? it->holiday : QString();
}

QString WorkCalendar::uncertainReason(int year) const {
    if (isUnreadable())
        return tr("The working-day calendar could not be read (%1); the date counts weekends "
                  "only and is not an established deadline.")
            .arg(m_unreadable);
    return tr("The working-day calendar has no official holiday arrangement for %1; the date "
              "counts weekends only and may change when that year's notice is added.")
        .arg(year);
}

Deadline WorkCalendar::addWorkingDays(const QDate &start, int days) const {
    Deadline result;
    if (!start.isValid() || days < 0)
        return result;
    QDate d = start;
    int counted = 0;
    while (counted < days) {
        d = d.addDays(1);
        if (result.certain && !isYearKnown(d.year())) {
            result.certain = false;
            result.reason = uncertainReason(d.year());
        }
        if (isWorkingDay(d))
            ++counted;
    }
    result.date = d;
    return result;
}

Deadline WorkCalendar::addCalendarDays(const QDate &start, int days) const {
    Deadline result;
    if (!start.isValid() || days < 0)
        return result;
    QDate d = start.addDays(days);
    // A period ending on a day off is extended to the next working day (第二百零三条).
    while (true) {
        if (result.certain && !isYearKnown(d.year())) {
            result.certain = false;
            result.reason = uncertainReason(d.year());
        }
        if (isWorkingDay(d))
            break;
        d = d.addDays(1);
    }
    result.date = d;
    return result;
}

Deadline WorkCalendar::add(const QDate &start, int amount, DeadlineUnit unit) const {
    return unit == DeadlineUnit::WorkingDays ? addWorkingDays(start, amount)
                                             : addCalendarDays(start, amount);
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const {
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

QDate WorkCalendar::nextWorkingDayOnOrAfter(const QDate &date) const {
    QDate d = date;
    while (d.isValid() && !isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

Deadline WorkCalendar::subtractWorkingDays(const QDate &date, int days) const {
    Deadline result;
    if (!date.isValid() || days < 0)
        return result;
    QDate d = date;
    int counted = 0;
    while (counted < days) {
        d = d.addDays(-1);
        if (result.certain && !isYearKnown(d.year())) {
            result.certain = false;
            result.reason = uncertainReason(d.year());
        }
        if (isWorkingDay(d))
            ++counted;
    }
    result.date = d;
    return result;
}
