#pragma once

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

class Database;

// What every verb needs: the database it works on (opened on first use) and the two output
// streams, so that tests can capture what a verb prints.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QString &dbPath, QTextStream &out, QTextStream &err);
    ~CliContext();

    QString databasePath() const { return m_dbPath; }
    // Opens the database for reading; prints why on failure. Never creates one: a mistyped
    // path or a share that is not mounted must not look like an office with nothing to do.
    Database *database();
    // The same for a verb that changes the database: refuses (and prints why) a file that was
    // opened read-only because it is damaged or write-protected.
    Database *writableDatabase();
    // For `init` only: opens, or creates and initialises a new database.
    Database *createDatabase();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    Database *openDatabase(bool create);

    QString m_dbPath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};
