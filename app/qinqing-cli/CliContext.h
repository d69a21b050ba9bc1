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
    // Opens the database (creating and initialising it when new); prints why on failure.
    Database *database();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QString m_dbPath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};
