#include "core/TransactionGuard.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// Open guards per connection. Connections are used from one thread each (Qt SQL's rule).
QHash<QString, int> &depths() {
    thread_local QHash<QString, int> map;
    return map;
}
} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db)) {
    int &depth = depths()[m_db.connectionName()];
    m_depth = depth;
    m_active = m_depth == 0 ? m_db.transaction() : exec(u"SAVEPOINT qinqing_%1"_s.arg(m_depth));
    if (m_active)
        ++depth;
}

TransactionGuard::~TransactionGuard() {
    rollback();
}

bool TransactionGuard::exec(const QString &sql) {
    QSqlQuery q(m_db);
    return q.exec(sql);
}

bool TransactionGuard::commit() {
    if (!m_active)
        return false;
    m_active = false;
    --depths()[m_db.connectionName()];
    if (m_depth > 0)
        return exec(u"RELEASE SAVEPOINT qinqing_%1"_s.arg(m_depth));
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

void TransactionGuard::rollback() {
    if (!m_active)
        return;
    m_active = false;
    --depths()[m_db.connectionName()];
    if (m_depth > 0) {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it with the work undone.
        exec(u"ROLLBACK TO SAVEPOINT qinqing_%1"_s.arg(m_depth));
        exec(u"RELEASE SAVEPOINT qinqing_%1"_s.arg(m_depth));
        return;
    }
    m_db.rollback();
}
