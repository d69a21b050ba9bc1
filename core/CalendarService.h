#pragma once

#include "core/CalendarDay.h"
#include "core/workflow/DeadlineSettlement.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class CalendarRepository;
class Database;

// Changes the working-day calendar and settles the deadlines it changes, as one transaction:
// a year imported (from the State Council's notice or a file) or a day corrected, then every
// open assignment's computed deadlines counted again (DeadlineSettlement), each moved one with
// an audit entry. The report tells the clerk which items moved and by how much.
//
// With `dryRun` the same work is done and rolled back, so that the clerk sees what saving would
// move before confirming.
class CalendarService {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    using Report = DeadlineSettlement::Report;

    explicit CalendarService(Database &db);

    // Replaces whole years; `source` says where they came from (a file name, 国务院通知).
    std::optional<Report> importYears(const QList<int> &years, const QList<CalendarDay> &days,
                                      const QString &source, bool dryRun = false);
    std::optional<Report> setDay(const CalendarDay &day, bool dryRun = false);
    std::optional<Report> clearDay(const QDate &date, bool dryRun = false);

    QString errorString() const { return m_error; }

private:
    std::optional<Report> apply(const std::function<bool(CalendarRepository &)> &change,
                                const QString &what, bool dryRun);

    Database &m_db;
    QString m_error;
};
