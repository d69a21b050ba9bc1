#include "core/BulkRows.h"

#include "core/Database.h"
#include "core/IsoDate.h"
#include "core/SqliteHandle.h"

#include <QSqlError>
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
        m_query.emplace(m_db.sql());
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql)) {
            m_error = m_query->lastError().text();
            return false;
        }
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            m_query->bindValue(it.key(), it.value());
        if (!m_query->exec()) {
            m_error = m_query->lastError().text();
            return false;
        }
        m_row.resize(m_query->record().count());
        return true;
    }
    m_statement = SqliteHandle::prepare(handle, sql, binds, &m_error);
    return m_statement != nullptr;
}

bool BulkRows::next() {
    if (!m_statement) {
        if (!m_query || !m_query->isActive() || !m_query->next()) {
            if (m_query && m_query->lastError().isValid())
                m_error = m_query->lastError().text();
            return false;
        }
        for (int c = 0; c < m_row.size(); ++c)
            m_row[c] = m_query->value(c).toString().toUtf8();
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
