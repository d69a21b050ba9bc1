#pragma once

#include "core/RuleProfile.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// The rule profiles of a database. The five regimes ship as JSON resources and are copied into
// every new database, where an office may adjust them; the active one is a setting.
class ProfileRepository {
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    explicit ProfileRepository(Database &db);

    static QStringList builtInCodes();
    static std::optional<RuleProfile> builtIn(const QString &code);

    // Copies the built-in profiles that the database does not have yet.
    bool installBuiltIns();

    QList<RuleProfile> list() const;
    std::optional<RuleProfile> find(const QString &code) const;
    // The active profile; falls back to the built-in 通辽 profile for an uninitialised file.
    RuleProfile active() const;
    QString activeCode() const;
    bool setActive(const QString &code);
    // Validates and stores a profile (insert or replace by code).
    bool save(const RuleProfile &profile);

    QString errorString() const { return m_error; }

private:
    Database &m_db;
    mutable QString m_error;
};
