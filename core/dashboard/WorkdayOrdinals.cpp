#include "WorkdayOrdinals.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "WorkCalendar.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Built {
    QDate from;
    QDate to;
    size_t calendarKey = 0;
};

// What each connection's table holds; a mismatch in the row count (a rolled-back outer
// transaction, a reopened file) also triggers a rebuild.
QHash<QString, Built> &builtTables() {
    static QHash<QString, Built> tables;
    return tables;
}

size_t calendarKey(const WorkCalendar &calendar) {
    size_t seed = 0;
    for (const CalendarDay &day : calendar.exceptions())
        seed = qHashMulti(seed, day.date, int(day.kind));
    for (int year : calendar.knownYears())
        seed = qHashMulti(seed, year);
    return seed;
}

} // namespace

bool WorkdayOrdinals::ensure(Database &db, const WorkCalendar &calendar, const QDate &from,
                             const QDate &to, QString *error) {
    QSqlDatabase sql = db.sql();
    const size_t key = calendarKey(calendar);
    Built &built = builtTables()[sql.connectionName()];
    QSqlQuery q(sql);
    if (built.calendarKey == key && built.from.isValid() && built.from <= from && built.to >= to) {
        if (q.exec(u"SELECT count(*) FROM %1"_s.arg(tableName())) && q.next() &&
            q.value(0).toLongLong() == built.from.daysTo(built.to) + 1)
            return true;
    }
    // Build a generous range once, so that moving the as-of date rarely rebuilds.
    const QDate start = QDate(std::min(from, to).year() - 10, 1, 1);
    const QDate end = QDate(std::max(from, to).year() + 1, 12, 31);
    TransactionGuard guard(sql);
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS %1 (day TEXT PRIMARY KEY, ord INTEGER NOT NULL)"_s
                    .arg(tableName())) ||
        !q.exec(u"DELETE FROM %1"_s.arg(tableName()))) {
        if (error)
            *error = tr("Cannot prepare the working-day table: %1").arg(q.lastError().text());
        return false;
    }
    QVariantList days;
    QVariantList ords;
    int ord = 0;
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++ord;
        days << d.toString(Qt::ISODate);
        ords << ord;
    }
    q.prepare(u"INSERT INTO %1 (day, ord) VALUES (?, ?)"_s.arg(tableName()));
    q.addBindValue(days);
    q.addBindValue(ords);
    if (!q.execBatch() || !guard.commit()) {
        if (error)
            *error = tr("Cannot fill the working-day table: %1").arg(q.lastError().text());
        built = {};
        return false;
    }
    built = {start, end, key};
    return true;
}
