#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

// Opens a transaction and rolls it back on destruction unless commit() succeeded, so that an
// early return or an exception never leaves a multi-row change half-written.
//
// Guards nest: the outermost guard of a connection owns the real transaction, inner guards
// are savepoints. That lets a repository protect its own multi-row change and a caller still
// combine several such changes into one all-or-nothing unit.
//
// On an SQLite file the transaction starts with BEGIN IMMEDIATE: it takes the write lock at
// once, waiting up to busyTimeoutMs for another writer (a colleague's program, a script) to
// finish. A deferred BEGIN read first and then failed at its first write with "database is
// locked" without waiting, which blamed whatever row was being written.
class TransactionGuard {
    Q_DECLARE_TR_FUNCTIONS(TransactionGuard)

public:
    // How long a writer waits for another one on an SQLite file (its busy_timeout).
    static constexpr int busyTimeoutMs = 10000;

    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();

    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // False when the transaction could not be started; errorString() says why. Statements run
    // anyway stay inside a transaction that commit() rolls back, never half-stored.
    bool isActive() const { return m_active && !m_failed; }
    QString errorString() const { return m_error; }
    bool commit();
    void rollback();

    // Called with true when a writer has to wait for another program's write lock and with
    // false when the wait is over, so that the window can say so (another colleague is
    // saving). Set once by the GUI; the CLI just waits.
    static void setWaitNotifier(std::function<void(bool waiting)> notifier);

private:
    bool exec(const QString &sql);
    bool beginImmediate();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_failed = false; // a stand-in transaction holds statements that must not be kept
    int m_depth = 0;       // 0 for the outermost guard of the connection
    QString m_error;
};
