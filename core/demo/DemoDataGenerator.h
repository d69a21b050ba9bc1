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
// Deterministic: the same seed and count give byte-identical tables, because every random
// choice comes from one seeded QRandomGenerator and every date derives from referenceDate(),
// never from the clock.
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options {
        int appeals = 1000;
        quint32 seed = 1;
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

    // "Today" in the demo world: meetings after it are planned, deadlines before it may be
    // overdue. Appeals are submitted from firstSubmitDate() to lastSubmitDate().
    static QDate referenceDate() { return QDate(2026, 11, 16); }
    static QDate firstSubmitDate() { return QDate(2023, 1, 3); }
    static QDate lastSubmitDate() { return QDate(2026, 10, 30); }

    // GB 32100-2015: the 18th character of a unified social credit code from the first 17.
    static QChar usccCheckCharacter(const QString &first17);

private:
    class Run;

    Database &m_db;
    Summary m_summary;
    QString m_error;
};
