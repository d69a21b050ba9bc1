#pragma once

#include <QString>

// Everything that differs between SQLite (the embedded default) and PostgreSQL (the shared
// server mode) is decided here, so that the rest of the code writes one kind of SQL.
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind) {}

    static SqlDialect fromDriverName(const QString &driver);

    Kind kind() const { return m_kind; }
    QString name() const; // "sqlite" or "postgres", the suffix of dialect-specific migrations
    QString driverName() const;

    // Replaces the {{...}} placeholders of the schema files with this dialect's syntax.
    QString expandDdl(const QString &ddl) const;

    // True where appeal texts have a trigram full-text index (appeal_search).
    bool hasTrigramSearch() const { return m_kind == Kind::Sqlite; }

    // The SQL that returns the rowids matching a full-text query in appeal_search.
    QString trigramMatchSql() const;

    // Case-insensitive substring condition on a column with one bound parameter.
    QString containsCondition(const QString &column) const;
    // The same for the search `term`: where the term has no letters of two cases (Chinese,
    // digits) PostgreSQL is given LIKE, which compares bytes, instead of ILIKE, which folds the
    // case of every character of every row first (4× slower over 100,000 appeals).
    QString containsCondition(const QString &column, const QString &term) const;

    // Aggregate joining the texts of `expression` with `separator` (an SQL literal):
    // group_concat in SQLite, string_agg in PostgreSQL.
    QString joinedText(const QString &expression, const QString &separator) const;

    // `table` (with its alias) read through `index`: SQLite's INDEXED BY where its planner,
    // which has no statistics (no ANALYZE), would choose a worse path, such as an assignment's
    // wide row by id instead of a narrow covering index; PostgreSQL's planner has statistics.
    QString indexedBy(const QString &table, const QString &index) const;
    // True where a query's rows are better counted by the program than grouped in SQL: SQLite
    // sorts every row into a temporary B-tree for a GROUP BY not in index order, while a
    // server groups by hash and would otherwise send every row over the connection.
    bool countsInProgram() const { return m_kind == Kind::Sqlite; }

    // Rows of (table, referenced table, column) for every foreign key of the database.
    QString foreignKeysSql() const;
    // Moves the id counter of `table` past its highest id after rows were copied in with
    // their ids (PostgreSQL's identity columns do not notice); empty where nothing is needed.
    QString resetIdentitySql(const QString &table) const;

    // Run inside a copy's transaction: the audit log keeps the copied entries' names instead
    // of the copier's (PostgreSQL's audit_log_who trigger, schema step 017). Empty for SQLite.
    QString copyingSql() const;

    // Escapes % and _ for use in containsCondition's pattern (ESCAPE '\').
    static QString likePattern(const QString &text);

private:
    Kind m_kind;
};
