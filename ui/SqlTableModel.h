#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

class Database;

// Base of every list in the program (appeals, topics, meetings, assignments): a read-only
// table whose filtering, sorting and searching happen in SQL and whose rows arrive lazily in
// chunks through canFetchMore()/fetchMore(), so that a list over 100,000 appeals opens as fast
// as one over ten.
//
// A subclass either describes its query (selectSql() + bindValues(), first column the record
// id, then one result column per Column) and lets the base page it with LIMIT/OFFSET, or
// overrides fetchRows() to page through a query object of its own.
class SqlTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the record id of the row (qint64)
        RawRole,                   // the value as stored, before displayValue()
    };

    struct Column {
        // A constructor rather than an aggregate, so that columns written {key, title, sort}
        // stay valid without naming the print title (-Wmissing-field-initializers).
        Column() = default;
        Column(QString k, QString t, QString sort = {}, QString print = {})
            : key(std::move(k))
            , title(std::move(t))
            , sortExpr(std::move(sort))
            , printTitle(std::move(print)) {}

        QString key;        // stable name, used to remember chosen columns
        QString title;      // header text (already translated)
        QString sortExpr;   // SQL expression to ORDER BY; empty: not sortable
        QString printTitle; // Chinese header of printed lists (official papers); empty: title
    };

    explicit SqlTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const QList<Column> &columns() const { return m_columns; }
    int columnIndex(const QString &key) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded (yet)
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int chunkSize() const { return m_chunkSize; }
    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }

    // Matching rows in total (not only the loaded ones); -1 when the subclass cannot tell.
    virtual int totalCount() const;
    // Every row the current filter and sort give, not only the loaded ones, read in chunks
    // through the same query as the view (for printing the list). False on an SQL error.
    bool readAllRows(QList<QVariantList> *rows);
    // The value a printed list shows for a stored one: codes in Chinese words whatever the
    // screen language, dates as QDate, full texts where the view abbreviates. Default: raw.
    virtual QVariant printValue(int column, const QVariant &raw) const;
    QString lastError() const { return m_lastError; }

public slots:
    // Drops the loaded rows and loads the first chunk again (after a filter or data change).
    void reload();

protected:
    void setColumns(const QList<Column> &columns);
    Database &database() const { return m_db; }
    void setLastError(const QString &error) { m_lastError = error; }

    // Rows [offset, offset + limit) in the current order; each row: id, then one value per
    // column. Returns false on an SQL error (lastError() says which).
    virtual bool fetchRows(int offset, int limit, QList<QVariantList> *rows);
    // The SELECT (without ORDER BY/LIMIT) the default fetchRows() pages through.
    virtual QString selectSql() const { return {}; }
    virtual QVariantList bindValues() const { return {}; }
    // ORDER BY clause for the current sort, with the id as tie-breaker so that paging is stable.
    QString orderByClause() const;
    // Display text of a stored value (status codes to words, ISO dates to local ones).
    virtual QVariant displayValue(int column, const QVariant &raw) const;
    virtual QVariant extraData(int row, int column, int role) const;

private:
    Database &m_db;
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    bool m_atEnd = false;
    bool m_notifying = false; // inside our own reset/insert signal
    int m_chunkSize = 256;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
};
