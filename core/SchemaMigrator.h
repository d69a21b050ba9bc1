#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class Database;

// Brings a database to the current schema version, one step per version, each step inside its
// own transaction so that a failed upgrade leaves the database at the previous version.
// Steps are the files :/schema/NNN_name.sql (portable) and NNN_name.<dialect>.sql.
class SchemaMigrator {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    explicit SchemaMigrator(Database &db);

    static int latestVersion();
    static int storedVersion(const QSqlDatabase &db);

    // Migrates up to targetVersion (latestVersion() when -1). Refuses a database written by a
    // newer Qinqing, because an older program would misread its tables.
    bool migrate(int targetVersion = -1);
    QString errorString() const { return m_error; }

    // The statements of one schema file, split so that trigger bodies stay whole.
    static QStringList splitStatements(const QString &script);

private:
    bool applyStep(int version);

    Database &m_db;
    QString m_error;
};
