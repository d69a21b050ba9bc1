#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Gives a freshly created database what every Qinqing database has: the five rule profiles,
// the official working-day calendar, and an active profile.
class DatabaseInitializer {
    Q_DECLARE_TR_FUNCTIONS(DatabaseInitializer)

public:
    explicit DatabaseInitializer(Database &db);

    // True when the database has never been initialised (no profile, no calendar).
    bool isNew() const;
    // Initialises a new database with `profileCode`; on an initialised one only switches the
    // profile when `profileCode` is given and differs.
    bool initialize(const QString &profileCode);
    // Idempotent: fills in what a new database lacks, keeping a user's choices.
    bool ensureInitialized();

    QString errorString() const { return m_error; }

private:
    // True when the built-in profiles, the calendar and an active profile are all there.
    bool isComplete() const;

    Database &m_db;
    QString m_error;
};
