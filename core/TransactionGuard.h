#pragma once

#include <QSqlDatabase>

// Opens a transaction and rolls it back on destruction unless commit() succeeded, so that an
// early return or an exception never leaves a multi-row change half-written.
//
// Guards nest: the outermost guard of a connection owns the real transaction, inner guards
// are savepoints. That lets a repository protect its own multi-row change and a caller still
// combine several such changes into one all-or-nothing unit.
class TransactionGuard {
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();

    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; // 0 for the outermost guard of the connection
};
