#pragma once

#include "core/queries/AppealListQuery.h"

#include <QObject>
#include <memory>

class Database;

// The exact count of the appeals a filter finds (AppealListQuery::count), counted in a thread
// of its own on a connection of its own (Database::openCopyOf), so that the window stays
// responsive while a common term is counted over a million appeals (about a second). Only
// the latest request is ever reported: start() and cancel() stop a count still running
// (sqlite3_interrupt on a file; on a server its answer is dropped), and a count that ends
// after either is not reported.
class AppealCounter : public QObject {
    Q_OBJECT

public:
    explicit AppealCounter(Database &db, QObject *parent = nullptr);
    ~AppealCounter() override; // cancels and waits for the threads still running

    // Starts counting; a count still running for an earlier request is cancelled. Returns the
    // request's number, which counted() and failed() carry.
    int start(const AppealListQuery::Filter &filter);
    void cancel();
    // A request is being counted (it will be reported unless cancelled).
    bool isCounting() const { return m_current != 0; }
    // Waits for every thread to end (tests, shutdown); counts already over are reported
    // through the event loop as usual.
    void waitForIdle();

signals:
    void counted(int request, qint64 count);
    void failed(int request, const QString &error);

private:
    struct Job;
    void finish(int request, qint64 count, const QString &error);

    Database &m_db;
    int m_next = 0;
    int m_current = 0; // the request still to be reported, 0 when none
    QList<std::shared_ptr<Job>> m_jobs;
};
