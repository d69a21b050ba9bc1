#include "core/queries/AppealCounter.h"

#include "core/Database.h"
#include "core/SqliteHandle.h"

#include <QMutex>
#include <QThread>
#include <sqlite3.h>

struct AppealCounter::Job {
    QThread *thread = nullptr;
    QMutex mutex;              // guards handle and cancelled
    sqlite3 *handle = nullptr; // the worker's file connection while it counts
    bool cancelled = false;

    void cancel() {
        QMutexLocker lock(&mutex);
        cancelled = true;
        // Safe from another thread while the connection is open; the worker clears the handle
        // under the same lock before it closes the connection.
        if (handle)
            sqlite3_interrupt(handle);
    }
};

AppealCounter::AppealCounter(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {}

AppealCounter::~AppealCounter() {
    cancel();
    waitForIdle();
    for (const auto &job : std::as_const(m_jobs))
        delete job->thread; // its `finished` would have been handled after this
}

int AppealCounter::start(const AppealListQuery::Filter &filter) {
    cancel();
    const int request = ++m_next;
    m_current = request;
    auto job = std::make_shared<Job>();
    const Database *source = &m_db;
    job->thread = QThread::create([this, job, source, filter, request] {
        qint64 count = -1;
        QString error;
        {
            Database db;
            if (!db.openCopyOf(*source)) {
                error = db.errorString();
            } else {
                {
                    // Cancelled before it began: the handle is never published, so that no
                    // cancel() can reach a connection about to be closed.
                    QMutexLocker lock(&job->mutex);
                    if (job->cancelled)
                        return;
                    job->handle = SqliteHandle::of(db.sql());
                }
                AppealListQuery query(db);
                query.setFilter(filter);
                count = query.count();
                error = query.errorString();
                QMutexLocker lock(&job->mutex);
                job->handle = nullptr;
            }
        }
        // Back to the counter's thread (which waits for this one before the counter goes);
        // dropped there if another request came meanwhile.
        QMetaObject::invokeMethod(
            this, [this, request, count, error] { finish(request, count, error); },
            Qt::QueuedConnection);
    });
    m_jobs << job;
    connect(job->thread, &QThread::finished, this, [this, job] {
        m_jobs.removeOne(job);
        job->thread->deleteLater();
    });
    job->thread->start(QThread::LowPriority);
    return request;
}

void AppealCounter::cancel() {
    m_current = 0;
    for (const auto &job : std::as_const(m_jobs))
        job->cancel();
}

void AppealCounter::waitForIdle() {
    for (const auto &job : std::as_const(m_jobs))
        job->thread->wait();
}

void AppealCounter::finish(int request, qint64 count, const QString &error) {
    if (request != m_current)
        return; // cancelled, or an older request
    m_current = 0;
    if (count < 0)
        emit failed(request, error);
    else
        emit counted(request, count);
}
