#include "core/export/QuerySource.h"

#include "core/Database.h"
#include "core/SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Any driver through Qt SQL: each row's values are converted to UTF-8 once.
class SqlQueryRows : public ExportRows {
public:
    SqlQueryRows(QSqlQuery query, qsizetype columns)
        : m_query(std::move(query))
        , m_cells(columns) {}

    bool next() override {
        if (!m_query.next()) {
            if (m_query.lastError().isValid())
                m_error = m_query.lastError().text();
            return false;
        }
        for (qsizetype c = 0; c < m_cells.size(); ++c)
            m_cells[c] = ExportCell::bytes(m_query.value(int(c)));
        return true;
    }
    QByteArrayView cell(int c) const override { return m_cells.at(c); }
    QString error() const override { return m_error; }

private:
    QSqlQuery m_query;
    QList<QByteArray> m_cells;
    QString m_error;
};

// An export reads the whole file once, front to back: neither the connection's 256 MB memory
// map nor its 64 MB page cache (Database's pragmas, chosen for the screens' repeated queries)
// helps it, and both would count in its memory — a million rows took 300 MB that way. While
// an export reads, the connection maps nothing and caches 4 MB; then it is set back.
class LeanScan {
public:
    explicit LeanScan(sqlite3 *db)
        : m_db(db)
        , m_mmap(pragma("mmap_size"))
        , m_cache(pragma("cache_size")) {
        set("mmap_size", 0);
        set("cache_size", -4096);
    }
    ~LeanScan() {
        set("mmap_size", m_mmap);
        set("cache_size", m_cache);
    }
    LeanScan(const LeanScan &) = delete;
    LeanScan &operator=(const LeanScan &) = delete;

private:
    qint64 pragma(const char *name) {
        sqlite3_stmt *q = nullptr;
        qint64 value = 0;
        if (sqlite3_prepare_v2(m_db, QByteArray("PRAGMA ").append(name).constData(), -1, &q,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            value = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
        return value;
    }
    void set(const char *name, qint64 value) {
        const QByteArray sql = "PRAGMA " + QByteArray(name) + " = " + QByteArray::number(value);
        sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    }

    sqlite3 *m_db;
    qint64 m_mmap;
    qint64 m_cache;
};

// SQLite through its C API: a row's cells are the bytes SQLite holds, handed to the writer
// without a copy (sqlite3_column_text is NUL-terminated and valid until the next step). Qt's
// QSQLITE plugin and Qinqing link the same system libsqlite3, so its handle is valid here.
class SqliteRows : public ExportRows {
public:
    SqliteRows(sqlite3 *db, sqlite3_stmt *statement, std::unique_ptr<LeanScan> lean)
        : m_db(db)
        , m_statement(statement)
        , m_lean(std::move(lean)) {}
    ~SqliteRows() override { sqlite3_finalize(m_statement); } // before m_lean sets back
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool next() override {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    QByteArrayView cell(int c) const override {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c));
        return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, c)) : QByteArrayView();
    }
    QString error() const override { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    std::unique_ptr<LeanScan> m_lean;
    QString m_error;
};

void bindAll(QSqlQuery &q, const QVariantMap &binds) {
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
}

} // namespace

QuerySource::QuerySource(Database &db, ExportTable layout, Sql sql)
    : m_db(db)
    , m_layout(std::move(layout))
    , m_sql(std::move(sql)) {}

QString QuerySource::selectSql() const {
    QString text = u"SELECT "_s + m_sql.select.join(u", "_s) + u' ' + m_sql.from;
    if (!m_sql.where.isEmpty())
        text += u" WHERE "_s + m_sql.where;
    if (!m_sql.orderBy.isEmpty())
        text += u" ORDER BY "_s + m_sql.orderBy;
    return text;
}

std::unique_ptr<ExportRows> QuerySource::rows(QString *error) {
    if (sqlite3 *db = SqliteHandle::of(m_db.sql())) {
        auto lean = std::make_unique<LeanScan>(db);
        QString reason;
        sqlite3_stmt *statement = SqliteHandle::prepare(db, selectSql(), m_sql.binds, &reason);
        if (!statement) {
            if (error)
                *error = tr("Cannot read the list \"%1\": %2").arg(m_layout.title, reason);
            return nullptr;
        }
        return std::make_unique<SqliteRows>(db, statement, std::move(lean));
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(selectSql()) || (bindAll(q, m_sql.binds), !q.exec())) {
        if (error)
            *error =
                tr("Cannot read the list \"%1\": %2").arg(m_layout.title, q.lastError().text());
        return nullptr;
    }
    return std::make_unique<SqlQueryRows>(std::move(q),
                                          m_layout.columns.size() + m_layout.privateColumns.size());
}

qint64 QuerySource::countRows() {
    if (m_count >= 0)
        return m_count;
    std::optional<LeanScan> lean;
    if (sqlite3 *db = SqliteHandle::of(m_db.sql()))
        lean.emplace(db);
    QSqlQuery q(m_db.sql());
    QString text = u"SELECT count(*) "_s + m_sql.countFrom;
    if (!m_sql.where.isEmpty())
        text += u" WHERE "_s + m_sql.where;
    q.prepare(text);
    bindAll(q, m_sql.binds);
    if (!q.exec() || !q.next())
        return -1;
    m_count = q.value(0).toLongLong();
    return m_count;
}

std::optional<QStringList> QuerySource::groups(QString *error) {
    const int column = m_layout.columnIndex(m_layout.groupByKey);
    if (column < 0)
        return QStringList();
    std::optional<LeanScan> lean;
    if (sqlite3 *db = SqliteHandle::of(m_db.sql()))
        lean.emplace(db);
    QString text = u"SELECT DISTINCT "_s + m_sql.select.at(column) + u' ' + m_sql.from;
    if (!m_sql.where.isEmpty())
        text += u" WHERE "_s + m_sql.where;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(text);
    bindAll(q, m_sql.binds);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Cannot read the list \"%1\": %2").arg(m_layout.title, q.lastError().text());
        return std::nullopt;
    }
    QStringList list;
    while (q.next())
        list << q.value(0).toString(); // NULL (no department) is the empty group
    list.removeDuplicates();
    std::sort(list.begin(), list.end());
    return list;
}
