#include "core/queries/SqlListQuery.h"

#include "core/Database.h"
#include "core/PreparedStatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SqlListQuery::SqlListQuery(Database &db, QList<Column> columns)
    : m_db(db)
    , m_columns(std::move(columns)) {}

QStringList SqlListQuery::columns() const {
    QStringList keys;
    for (const Column &c : m_columns)
        keys << c.key;
    return keys;
}

bool SqlListQuery::isSortable(int column) const {
    return column >= 0 && column < m_columns.size() && !m_columns.at(column).sortExpr.isEmpty();
}

void SqlListQuery::setSort(int column, Qt::SortOrder order) {
    m_sortColumn = isSortable(column) ? column : -1;
    m_sortOrder = order;
}

QString SqlListQuery::orderBy() const {
    // The first column of every select is the id; it breaks ties so that LIMIT/OFFSET pages
    // never repeat or skip a row.
    if (m_sortColumn < 0)
        return u" ORDER BY 1 DESC"_s;
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return u" ORDER BY "_s + m_columns.at(m_sortColumn).sortExpr + u' ' + dir + u", 1 "_s + dir;
}

bool SqlListQuery::fetch(int offset, int limit, QList<QVariantList> *rows) {
    m_error.clear();
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
        m_db.sql(), selectSql() + orderBy() + u" LIMIT ? OFFSET ?"_s);
    QSqlQuery &q = statement.query();
    if (!statement.exec(bindValues() + QVariantList{limit, offset})) {
        m_error = tr("The list could not be read: %1").arg(q.lastError().text());
        return false;
    }
    const int width = int(m_columns.size()) + 1;
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << q.value(c);
        rows->append(row);
    }
    return true;
}

int SqlListQuery::count() {
    m_error.clear();
    PreparedStatementCache::Lease statement = PreparedStatementCache::prepare(
        m_db.sql(), u"SELECT COUNT(*) FROM ("_s + selectSql() + u") AS counted"_s);
    QSqlQuery &q = statement.query();
    if (!statement.exec(bindValues()) || !q.next()) {
        m_error = tr("The list could not be counted: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}
