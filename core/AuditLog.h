#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// Who changed what and when, for every record's history tab. Entries are written in the same
// transaction as the change they describe.
class AuditLog {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString who;
        QString entity; // appeal, assignment, meeting, ...
        qint64 entityId = 0;
        QString action; // created, screened, extended, ...
        QJsonObject detail;
    };

    explicit AuditLog(Database &db);

    // The operating-system user unless set: clerks share no login with the program.
    static QString currentUser();
    static void setCurrentUser(const QString &user);
    // Who the entries of this database name: on a server the role that logged in (the server
    // knows who it is), on a file currentUser().
    QString user() const;

    bool record(const QString &entity, qint64 entityId, const QString &action,
                const QJsonObject &detail = {});
    // Many entries of one action at once (an import's appeals, by id with their details): a
    // few statements instead of one per entry (BatchInsert), in the caller's transaction.
    bool recordMany(const QString &entity, const QString &action,
                    const QList<QPair<qint64, QJsonObject>> &entries);
    // Empty with errorString() set when the history cannot be read.
    QList<Entry> history(const QString &entity, qint64 entityId) const;
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    mutable QString m_error;
};
