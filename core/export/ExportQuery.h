#pragma once

#include "core/export/ExportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

class Database;

// Reads the lists the office exports: the problem list (问题建议清单: every appeal with its
// assignment), the assignments (交办事项) and the evaluations (评价). Filters: one meeting, and a
// date range on the list's own date (submission, assignment or evaluation date).
class ExportQuery {
    Q_DECLARE_TR_FUNCTIONS(ExportQuery)

public:
    enum class Kind { ProblemList, Assignments, Evaluations };
    struct Filter {
        qint64 meetingId = 0; // 0: all
        QDate from;           // invalid: open-ended
        QDate to;
    };

    explicit ExportQuery(Database &db);

    static QStringList kindNames(); // problem-list, assignments, evaluations
    static std::optional<Kind> kindFromName(const QString &name);

    // nullopt on a database error (errorString() says which).
    std::optional<ExportTable> build(Kind kind, const Filter &filter);
    QString errorString() const { return m_error; }

private:
    std::optional<ExportTable> run(ExportTable table, const QString &sql, const Filter &filter,
                                   const QString &dateColumn, const QString &meetingColumn);

    Database &m_db;
    QString m_error;
};
