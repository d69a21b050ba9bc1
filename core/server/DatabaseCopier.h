#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// Moves an office to the server: copies every row of every table (records, scans as BLOBs,
// the audit log, settings) from one Qinqing database into another, usually an SQLite file
// into a newly initialised PostgreSQL database. All or nothing, in one transaction on the
// target: an error leaves the target as it was. Ids are kept, so references and the audit
// log's entity ids still hold.
class DatabaseCopier {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };

    DatabaseCopier(Database &source, Database &target);

    // Refuses a target that already holds records (anything beyond what initialising it
    // wrote: profiles, calendar, settings) and two databases at different schema versions.
    bool copy();
    // Per table, in copy order: the rows in the source and in the target after the copy.
    QList<TableCount> counts() const { return m_counts; }
    QString errorString() const { return m_error; }

private:
    QStringList tablesInOrder(QHash<QString, QStringList> *selfReferences);
    bool copyTable(const QString &table, const QStringList &selfReferences);
    qint64 count(Database &db, const QString &table);
    bool fail(const QString &message);

    Database &m_source;
    Database &m_target;
    QList<TableCount> m_counts;
    QString m_error;
};
