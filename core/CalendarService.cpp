#include "core/CalendarService.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/TransactionGuard.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

CalendarService::CalendarService(Database &db)
    : m_db(db) {}

std::optional<CalendarService::Report> CalendarService::importYears(const QList<int> &years,
                                                                    const QList<CalendarDay> &days,
                                                                    const QString &source,
                                                                    bool dryRun) {
    QStringList names;
    for (int y : years)
        names << QString::number(y);
    return apply([&](CalendarRepository &repo) { return repo.importYears(years, days, source); },
                 names.join(u", "_s), dryRun);
}

std::optional<CalendarService::Report> CalendarService::setDay(const CalendarDay &day,
                                                               bool dryRun) {
    return apply([&](CalendarRepository &repo) { return repo.setDay(day); },
                 day.date.toString(Qt::ISODate), dryRun);
}

std::optional<CalendarService::Report> CalendarService::clearDay(const QDate &date, bool dryRun) {
    return apply([&](CalendarRepository &repo) { return repo.clearDay(date); },
                 date.toString(Qt::ISODate), dryRun);
}

std::optional<CalendarService::Report>
CalendarService::apply(const std::function<bool(CalendarRepository &)> &change, const QString &what,
                       bool dryRun) {
    m_error.clear();
    TransactionGuard tx(m_db.sql());
    if (!tx.isActive()) {
        m_error = tr("Cannot save the calendar: %1").arg(tx.errorString());
        return std::nullopt;
    }
    CalendarRepository repo(m_db);
    bool ok = false;
    // Deadlines are never counted again against a calendar that could not be read.
    const WorkCalendar before = repo.load(&ok);
    if (!ok || !change(repo)) {
        m_error = repo.errorString();
        return std::nullopt;
    }
    const WorkCalendar after = repo.load(&ok);
    if (!ok) {
        m_error = repo.errorString();
        return std::nullopt;
    }
    DeadlineSettlement settlement(m_db);
    const auto report = settlement.settle(before, after, what);
    if (!report) {
        m_error = settlement.errorString();
        return std::nullopt;
    }
    if (dryRun) {
        tx.rollback();
        return report;
    }
    if (!tx.commit()) {
        m_error = tr("Cannot save the calendar: %1").arg(tx.errorString());
        return std::nullopt;
    }
    return report;
}
