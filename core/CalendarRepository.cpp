#include "core/CalendarRepository.h"

#include "core/Database.h"
#include "core/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CalendarRepository::CalendarRepository(Database &db)
    : m_db(db) {}

WorkCalendar CalendarRepository::load(bool *ok) const {
    WorkCalendar calendar;
    QSqlQuery q(m_db.sql());
    const auto failed = [&] {
        m_error = tr("Cannot read the working-day calendar: %1").arg(q.lastError().text());
        qWarning("%s", qPrintable(m_error));
        calendar.setUnreadable(q.lastError().text());
        if (ok)
            *ok = false;
        return calendar;
    };
    if (!q.exec(u"SELECT day, kind, holiday FROM calendar_days"_s))
        return failed();
    while (q.next()) {
        CalendarDay day;
        day.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        day.kind =
            q.value(1).toString() == "work"_L1 ? CalendarDay::Kind::Work : CalendarDay::Kind::Off;
        day.holiday = q.value(2).toString();
        calendar.setDay(day);
    }
    if (q.lastError().isValid())
        return failed();
    if (!q.exec(u"SELECT year FROM calendar_years"_s))
        return failed();
    while (q.next())
        calendar.setYearKnown(q.value(0).toInt(), true);
    if (q.lastError().isValid())
        return failed();
    m_error.clear();
    if (ok)
        *ok = true;
    return calendar;
}

QList<CalendarRepository::YearSummary> CalendarRepository::years() const {
    QList<YearSummary> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT y.year, y.source, "
                "(SELECT COUNT(*) FROM calendar_days d WHERE d.kind = 'off' AND "
                " substr(d.day, 1, 4) = CAST(y.year AS TEXT)), "
                "(SELECT COUNT(*) FROM calendar_days d WHERE d.kind = 'work' AND "
                " substr(d.day, 1, 4) = CAST(y.year AS TEXT)) "
                "FROM calendar_years y ORDER BY y.year"_s)) {
        m_error = tr("Cannot read the working-day calendar: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out << YearSummary{q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toInt()};
    m_error.clear();
    return out;
}

bool CalendarRepository::importYears(const QList<int> &years, const QList<CalendarDay> &days,
                                     const QString &source) {
    QSqlDatabase db = m_db.sql();
    TransactionGuard tx(db);
    QSqlQuery q(db);
    auto fail = [&] {
        m_error = tr("Cannot save the calendar: %1").arg(q.lastError().text());
        return false;
    };
    for (int year : years) {
        q.prepare(u"DELETE FROM calendar_days WHERE day >= ? AND day <= ?"_s);
        q.addBindValue(u"%1-01-01"_s.arg(year));
        q.addBindValue(u"%1-12-31"_s.arg(year));
        if (!q.exec())
            return fail();
        q.prepare(u"INSERT INTO calendar_years (year, source) VALUES (?, ?) "
                  "ON CONFLICT (year) DO UPDATE SET source = excluded.source"_s);
        q.addBindValue(year);
        q.addBindValue(source);
        if (!q.exec())
            return fail();
    }
    q.prepare(u"INSERT INTO calendar_days (day, kind, holiday) VALUES (?, ?, ?) "
              "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, holiday = excluded.holiday"_s);
    for (const CalendarDay &day : days) {
        q.addBindValue(day.date.toString(Qt::ISODate));
        q.addBindValue(day.kind == CalendarDay::Kind::Work ? u"work"_s : u"off"_s);
        q.addBindValue(day.holiday);
        if (!q.exec())
            return fail();
    }
    if (!tx.commit())
        return fail();
    return true;
}

bool CalendarRepository::setDay(const CalendarDay &day) {
    return importYears({}, {day}, {});
}

bool CalendarRepository::clearDay(const QDate &date) {
    QSqlQuery q(m_db.sql());
    q.prepare(u"DELETE FROM calendar_days WHERE day = ?"_s);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = tr("Cannot save the calendar: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
