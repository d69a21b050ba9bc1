#pragma once

#include "core/export/ExportSource.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>
#include <optional>

class Database;

// Reads the lists the office exports: the problem list (问题建议清单: every appeal with its
// assignment), the assignments (交办事项) and the evaluations (评价). Filters: one meeting, and a
// date range on the list's own date (submission, assignment or evaluation date).
//
// source() streams the rows from one query, with the stored codes already in Chinese words
// (StatusLabels::printedSqlCase), so that an export of a million rows holds one row at a time.
class ExportQuery {
    Q_DECLARE_TR_FUNCTIONS(ExportQuery)

public:
    enum class Kind { ProblemList, Assignments, Evaluations };
    // For publication the rows also carry the record's people and phone numbers that no
    // column shows (ExportTable::privateColumns), for PublicMasker.
    enum class Purpose { Office, Publication };
    struct Filter {
        qint64 meetingId = 0; // 0: all
        QDate from;           // invalid: open-ended
        QDate to;
    };

    explicit ExportQuery(Database &db);

    static QStringList kindNames(); // problem-list, assignments, evaluations
    static std::optional<Kind> kindFromName(const QString &name);

    std::unique_ptr<ExportSource> source(Kind kind, const Filter &filter,
                                         Purpose purpose = Purpose::Office);
    // The whole list in memory, for small lists and tests; nullopt on a database error
    // (errorString() says which).
    std::optional<ExportTable> build(Kind kind, const Filter &filter,
                                     Purpose purpose = Purpose::Office);
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};
