#include "core/PreparedStatementCache.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>

namespace {

// The caches by connection name. The lock guards the map only: each cache is used by its
// connection's thread alone.
QMutex registryLock;
QHash<QString, std::shared_ptr<PreparedStatementCache>> &registry() {
    static QHash<QString, std::shared_ptr<PreparedStatementCache>> caches;
    return caches;
}

} // namespace

PreparedStatementCache::Lease::~Lease() {
    if (m_query)
        m_query->finish();
}

bool PreparedStatementCache::Lease::exec(const QVariantList &binds) {
    if (!m_prepared)
        return false;
    for (int i = 0; i < binds.size(); ++i)
        m_query->bindValue(i, binds.at(i));
    return m_query->exec();
}

PreparedStatementCache::Lease PreparedStatementCache::prepare(const QSqlDatabase &db,
                                                              const QString &sql) {
    std::shared_ptr<PreparedStatementCache> cache;
    {
        QMutexLocker lock(&registryLock);
        std::shared_ptr<PreparedStatementCache> &slot = registry()[db.connectionName()];
        if (!slot)
            slot = std::make_shared<PreparedStatementCache>();
        cache = slot;
    }
    return cache->lease(db, sql);
}

void PreparedStatementCache::forget(const QString &connectionName) {
    std::shared_ptr<PreparedStatementCache> cache;
    {
        QMutexLocker lock(&registryLock);
        cache = registry().take(connectionName);
    }
    // The statements go here, outside the lock (on a server each sends its DEALLOCATE).
}

PreparedStatementCache::Lease PreparedStatementCache::lease(const QSqlDatabase &db,
                                                            const QString &sql) {
    // A few dozen entries: a walk costs less than keeping a hash in step with the list.
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->sql != sql)
            continue;
        if (it->query.use_count() > 1)
            break; // lent: a statement of its own for this caller, the kept one stays
        if (it->query->lastError().isValid()) {
            m_entries.erase(it); // its last run failed: prepared anew below
            break;
        }
        m_entries.splice(m_entries.begin(), m_entries, it);
        return Lease(m_entries.front().query, true);
    }
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return Lease(query, false);
    const bool kept = std::any_of(m_entries.begin(), m_entries.end(),
                                  [&sql](const Entry &e) { return e.sql == sql; });
    if (!kept) {
        m_entries.push_front({sql, query});
        while (int(m_entries.size()) > m_capacity)
            m_entries.pop_back();
    }
    return Lease(query, true);
}
