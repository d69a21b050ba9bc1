#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <list>
#include <memory>
#include <utility>

class QSqlDatabase;

// The statements a connection prepared, kept for the next call with the same SQL text. Each
// prepare costs a round trip on a PostgreSQL server (Qt's driver sends PREPARE, then EXECUTE,
// then DEALLOCATE when the query goes: three per statement) and an sqlite3_prepare on a file;
// the list, its searches, the overdue set and the dashboard run the same few statements at
// every keystroke and refresh. Bounded: the least recently used statement goes first.
//
// There is one cache per Qt connection, found by the connection's name as Qt finds the
// connection itself, so that every query class holding a Database reaches it; it is used only
// in the connection's own thread (Qt's rule for the connection). Database drops it whenever
// the connection closes or is opened again: a server's prepared statements end with its
// session.
class PreparedStatementCache {
public:
    // The statements kept per connection: the list's sorts, plans and filters give a few dozen
    // texts.
    static constexpr int kDefaultCapacity = 48;

    // One prepared statement lent to one caller: bind and run it with exec(), read its rows
    // through query(). When the lease ends the statement is finished (on a file its read
    // transaction ends, on a server the rest of its rows is dropped), so that a kept statement
    // holds no cursor or lock.
    class Lease {
    public:
        Lease(Lease &&other) noexcept
            : m_query(std::move(other.m_query))
            , m_prepared(other.m_prepared) {}
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ~Lease();

        // False when the statement could not be prepared (query().lastError() says why).
        bool isPrepared() const { return m_prepared; }
        // Binds `binds` to the statement's placeholders in order and runs it.
        bool exec(const QVariantList &binds);
        QSqlQuery &query() { return *m_query; }

    private:
        friend class PreparedStatementCache;
        Lease(std::shared_ptr<QSqlQuery> query, bool prepared)
            : m_query(std::move(query))
            , m_prepared(prepared) {}
        std::shared_ptr<QSqlQuery> m_query;
        bool m_prepared = false;
    };

    // The statement for `sql` on `db` from the connection's cache (made on first use).
    static Lease prepare(const QSqlDatabase &db, const QString &sql);
    // Lets every statement of the connection go, before it closes or is opened again.
    static void forget(const QString &connectionName);

    explicit PreparedStatementCache(int capacity = kDefaultCapacity)
        : m_capacity(capacity) {}
    PreparedStatementCache(const PreparedStatementCache &) = delete;
    PreparedStatementCache &operator=(const PreparedStatementCache &) = delete;

    // The statement for `sql` on `db`, forward-only: the kept one when there is one, else newly
    // prepared and kept. A statement still lent (the same SQL run inside a loop over its own
    // rows) or whose last run failed (a broken connection, a dropped statement) is not lent
    // again: the caller gets a new one.
    Lease lease(const QSqlDatabase &db, const QString &sql);
    int size() const { return int(m_entries.size()); }

private:
    struct Entry {
        QString sql;
        std::shared_ptr<QSqlQuery> query;
    };
    int m_capacity;
    std::list<Entry> m_entries; // most recently used first
};
