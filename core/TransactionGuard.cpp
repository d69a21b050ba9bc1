#include "core/TransactionGuard.h"

#include "core/SqliteHandle.h"

#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// Open guards per connection. Connections are used from one thread each (Qt SQL's rule).
QHash<QString, int> &depths() {
    thread_local QHash<QString, int> map;
    return map;
}

std::function<void(bool)> &waitNotifier() {
    static std::function<void(bool)> notifier;
    return notifier;
}
} // namespace

void TransactionGuard::setWaitNotifier(std::function<void(bool)> notifier) {
    waitNotifier() = std::move(notifier);
}

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db)) {
    int &depth = depths()[m_db.connectionName()];
    m_depth = depth;
    if (m_depth > 0)
        m_active = exec(u"SAVEPOINT qinqing_%1"_s.arg(m_depth));
    else if (SqliteHandle::of(m_db))
        m_active = beginImmediate();
    else
        m_active = m_db.transaction();
    if (m_active)
        ++depth;
    else if (m_error.isEmpty())
        m_error = tr("Cannot start a transaction on %1: %2")
                      .arg(m_db.databaseName(), m_db.lastError().text());
}

TransactionGuard::~TransactionGuard() {
    rollback();
}

bool TransactionGuard::beginImmediate() {
    sqlite3 *handle = SqliteHandle::of(m_db);
    // First without waiting, so that the window is told only when there is a wait.
    sqlite3_busy_timeout(handle, 0);
    int rc = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_BUSY) {
        if (waitNotifier())
            waitNotifier()(true);
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        rc = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (waitNotifier())
            waitNotifier()(false);
    }
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        return true;
    }
    if ((rc & 0xff) == SQLITE_BUSY) {
        m_error = tr("Another program or a colleague is saving to the database file %1 and did "
                     "not finish within %2 seconds. Nothing was saved; please try again in a "
                     "moment.")
                      .arg(QDir::toNativeSeparators(m_db.databaseName()))
                      .arg(busyTimeoutMs / 1000);
    } else {
        m_error = tr("Cannot start saving to the database file %1: %2")
                      .arg(QDir::toNativeSeparators(m_db.databaseName()),
                           QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    // Statements a caller runs anyway go into a transaction that is never committed (without
    // one each would be stored on its own: half an import). They fail at once instead of
    // waiting again for the lock.
    sqlite3_busy_timeout(handle, 0);
    if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) {
        m_failed = true;
        return true;
    }
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    return false;
}

bool TransactionGuard::exec(const QString &sql) {
    QSqlQuery q(m_db);
    return q.exec(sql);
}

bool TransactionGuard::commit() {
    if (!m_active)
        return false;
    if (m_failed) {
        rollback();
        return false;
    }
    m_active = false;
    --depths()[m_db.connectionName()];
    if (m_depth > 0)
        return exec(u"RELEASE SAVEPOINT qinqing_%1"_s.arg(m_depth));
    if (m_db.commit())
        return true;
    // Read before the rollback, whose own failure ("cannot rollback - no transaction is
    // active": SQLite already rolled back after a full disk) would hide the reason.
    m_error = SqliteHandle::fileProblem(m_db);
    if (m_error.isEmpty())
        m_error = tr("Cannot save to %1: %2").arg(m_db.databaseName(), m_db.lastError().text());
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
    if (m_failed) {
        sqlite3 *handle = SqliteHandle::of(m_db);
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        return;
    }
    m_db.rollback();
}
