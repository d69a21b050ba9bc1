#include "core/BatchInsert.h"

#include "core/Database.h"
#include "core/SqlRead.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns,
                         const QString &returning)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_returning(returning) {}

void BatchInsert::add(const QVariantList &values) {
    Q_ASSERT(values.size() == m_columns.size());
    m_rows << values;
}

QString BatchInsert::statement(int rows) const {
    const QString one = u'(' + QStringList(m_columns.size(), u"?"_s).join(u", "_s) + u')';
    QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s)) +
                  QStringList(rows, one).join(u", "_s);
    if (!m_returning.isEmpty())
        sql += u" RETURNING "_s + m_returning;
    return sql;
}

bool BatchInsert::exec(const std::function<void(const QSqlQuery &)> &returned) {
    m_error.clear();
    const int perStatement = qBound(1, kMaxValues / int(qMax(1, m_columns.size())), kMaxRows);
    QSqlQuery q(m_db.sql());
    int prepared = 0; // rows of the statement q holds
    for (int first = 0; first < m_rows.size(); first += perStatement) {
        const int rows = int(qMin<qsizetype>(perStatement, m_rows.size() - first));
        if (rows != prepared) {
            if (!q.prepare(statement(rows))) {
                m_error = SqlRead::reason(q);
                return false;
            }
            prepared = rows;
        }
        for (int r = first; r < first + rows; ++r)
            for (const QVariant &v : m_rows.at(r))
                q.addBindValue(v);
        if (!q.exec()) {
            m_error = SqlRead::reason(q);
            return false;
        }
        while (returned && q.next())
            returned(q);
        if (q.lastError().isValid()) {
            m_error = SqlRead::reason(q);
            return false;
        }
    }
    m_rows.clear();
    return true;
}
