#pragma once

#include "core/queries/PagedQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

#include <memory>

// Base of every list in the program (appeals, topics, meetings, assignments): a read-only
// table whose filtering, sorting and searching happen in SQL and whose rows arrive lazily in
// chunks through canFetchMore()/fetchMore(), so that a list over 100,000 appeals opens as fast
// as one over ten.
//
// The rows come from a PagedQuery of core/queries (filters, sort and paging in one tested
// place); a subclass names the columns (titles on screen and on paper, in the query's order)
// and words the values. It holds no SQL.
class SqlTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the record id of the row (qint64)
        RawRole,                   // the value as stored, before displayValue()
    };

    struct Column {
        // A constructor rather than an aggregate, so that columns written {key, title} stay
        // valid without naming the print title (-Wmissing-field-initializers).
        Column() = default;
        Column(QString k, QString t, QString print = {})
            : key(std::move(k))
            , title(std::move(t))
            , printTitle(std::move(print)) {}

        QString key;        // the query's column key, also used to remember chosen columns
        QString title;      // header text (already translated)
        QString printTitle; // Chinese header of printed lists (official papers); empty: title
    };

    // Pages through `query`; the columns set later carry its columns' keys in its order.
    explicit SqlTableModel(std::unique_ptr<PagedQuery> query, QObject *parent = nullptr);
    ~SqlTableModel() override;

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

    // Matching rows in total (not only the loaded ones); -1 on a database error.
    int totalCount() const;
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
    PagedQuery &query() const { return *m_query; }
    void setLastError(const QString &error) const { m_lastError = error; }
    // Display text of a stored value (status codes to words, ISO dates to local ones).
    virtual QVariant displayValue(int column, const QVariant &raw) const;
    virtual QVariant extraData(int row, int column, int role) const;

private:
    bool fetchRows(int offset, int limit, QList<QVariantList> *rows);

    std::unique_ptr<PagedQuery> m_query;
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    bool m_atEnd = false;
    bool m_notifying = false; // inside our own reset/insert signal
    int m_chunkSize = 256;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QString m_lastError; // also set by the const totalCount()
};
