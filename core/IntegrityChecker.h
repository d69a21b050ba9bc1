#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

// Runs SQLite's own checks (integrity_check, foreign_key_check) and Qinqing's consistency
// rules, and reports each problem as one line a clerk can pass on to support.
class IntegrityChecker {
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    explicit IntegrityChecker(Database &db);

    // Empty when the database is sound.
    QStringList run() const;

private:
    Database &m_db;
};
