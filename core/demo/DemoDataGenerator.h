#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// Fills an empty database with synthetic but realistic records — enterprises with valid
// unified social credit codes, departments, leaders, meetings, topics, appeals across the
// usual domains, assignments in every status with deadlines from the active rule profile and
// working-day calendar, progress reports, extensions and evaluations — for demonstrations,
// manual testing and the benchmark.
//
// Deterministic: the same seed, count and reference date ("today" in the demo world) give
// byte-identical tables, because every random choice comes from one seeded QRandomGenerator
// and every date derives from Options::today, never from the clock.
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options {
        int appeals = 1000;
        quint32 seed = 1;
        // "Today" in the demo world: the last meeting was held about a week before it, so that
        // open items are overdue, due soon and on track as of this date; later meetings are
        // planned. Appeals come in over the 46 months before it (not before the calendar's
        // first known year).
        QDate today = fixedReferenceDate();
    };

    struct Summary {
        int enterprises = 0;
        int departments = 0;
        int leaders = 0;
        int meetings = 0;
        int topics = 0;
        int appeals = 0;
        int assignments = 0;
        int progressReports = 0;
        int extensions = 0;
        int evaluations = 0;
    };

    explicit DemoDataGenerator(Database &db);

    // Demo rows must never mix with real cases: generate() refuses a database that already has
    // appeals, enterprises, departments or meetings.
    bool hasRecords() const;
    bool generate(const Options &options);

    Summary summary() const { return m_summary; }
    QString errorString() const { return m_error; }

    // The reference date of the README's measurements, the default of Options::today.
    static QDate fixedReferenceDate() { return QDate(2026, 11, 16); }
    // Options::today must be from two months into the calendar's first known year on.
    QDate earliestReferenceDate() const;
    // Whether every deadline generated as of `today` (the latest assignment of a held meeting,
    // the profile's longer limit and a 15-day extension) falls within the calendar's known
    // years. Later dates work too, but some deadlines are then marked uncertain, as real ones
    // would be.
    bool staysInCalendar(const QDate &today) const;
    // The latest date not after `notAfter` (default: the end of the last known year) that
    // stays in the calendar.
    QDate latestReferenceDate(const QDate &notAfter = {}) const;

    // GB 32100-2015: the 18th character of a unified social credit code from the first 17.
    static QChar usccCheckCharacter(const QString &first17);

private:
    class Run;

    Database &m_db;
    Summary m_summary;
    QString m_error;
};
