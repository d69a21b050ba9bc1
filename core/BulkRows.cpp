#include "core/BulkRows.h"

#include "core/Database.h"
#include "core/IsoDate.h"
#include "core/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <sqlite3.h>

BulkRows::BulkRows(Database &db)
    : m_db(db) {}

BulkRows::~BulkRows() {
    sqlite3_finalize(m_statement);
}

bool BulkRows::exec(const QString &sql, const QVariantMap &binds) {
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_error.clear();
    sqlite3 *handle = SqliteHandle::of(m_db.sql());
    if (!handle) {
        m_server.reset(); // the previous statement finished before the next one is lent
        m_server.emplace(PreparedStatementCache::prepare(m_db.sql(), sql));
        QSqlQuery &q = m_server->query();
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (!m_server->isPrepared() || !q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        m_row.resize(q.record().count());
        return true;
    }
    m_statement = SqliteHandle::prepare(handle, sql, binds, &m_error);
    return m_statement != nullptr;
}

bool BulkRows::next() {
    if (!m_statement) {
        QSqlQuery *q = m_server ? &m_server->query() : nullptr;
        if (!q || !q->isActive() || !q->next()) {
            if (q && q->lastError().isValid())
                m_error = q->lastError().text();
            return false;
        }
        for (int c = 0; c < m_row.size(); ++c)
            m_row[c] = q->value(c).toString().toUtf8();
        return true;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

qint64 BulkRows::integer(int column) const {
    if (!m_statement)
        return m_row.value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView BulkRows::text(int column) const {
    if (!m_statement)
        return m_row.at(column);
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column))
                 : QByteArrayView();
}

QDate BulkRows::date(int column) const {
    return IsoDate::fromUtf8(text(column));
}
