#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;
class WorkCalendar;

// Counts the deadlines of every open assignment (交办) again after the working-day calendar
// changed: a year imported from the State Council's notice settles the deadlines that were only
// estimated while that year was missing (due_uncertain), and a corrected day moves the
// deadlines it falls into, in a known year as well.
//
// Only deadlines the profile's rules computed are counted again: from the stored basis
// (deadline_start, due_rule, progress_rule; schema step 14), or for assignments written before
// it, from the assignment day and the active profile when that reproduces the stored dates with
// the calendar before the change. A date the clerk set by hand, or moved by an approved
// extension, stays. Every assignment whose deadlines or certainty change gets an audit entry
// ("deadline_recomputed"), written in the caller's transaction.
class DeadlineSettlement {
    Q_DECLARE_TR_FUNCTIONS(DeadlineSettlement)

public:
    // One deadline that moved.
    struct Move {
        qint64 assignmentId = 0;
        QString item;          // the appeal's number, or the topic's title
        QString department;    // the lead department
        bool progress = false; // the first progress report's date rather than the result's
        QDate from;
        QDate to;
        bool certain = true; // the new date rests on known years only

        int days() const { return int(from.daysTo(to)); }
    };
    struct Report {
        QList<Move> moved;
        int confirmed = 0;        // estimates that became certain on the same date
        int stillUncertain = 0;   // open items whose deadlines are still estimates
        QStringList notRecounted; // uncertain items set by hand: the clerk checks them

        bool isEmpty() const { return moved.isEmpty() && confirmed == 0; }
    };

    explicit DeadlineSettlement(Database &db);

    // `before`: the calendar the stored deadlines were computed with; `after`: the new one.
    // `change` names the change for the audit entries ("2027" for an imported year, a date for
    // a corrected day). Returns nothing (and errorString()) when a read or write failed; the
    // caller rolls its transaction back.
    std::optional<Report> settle(const WorkCalendar &before, const WorkCalendar &after,
                                 const QString &change);
    QString errorString() const { return m_error; }

    // "WH2026-0334 市住建局: deadline 2027-01-04 → 2027-01-06 (+2 days)", for the CLI and the
    // clerk's summary.
    static QString describe(const Move &move);

private:
    Database &m_db;
    QString m_error;
};
