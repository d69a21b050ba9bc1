#pragma once

#include "core/Leader.h"
#include "core/records/EditConflict.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// 领导: the leaders who chair meetings and receive appeals. Their domains (分管领域) are stored
// comma-separated in leaders.domains; 、 and ， are accepted as separators when typed.
class LeaderRepository {
    Q_DECLARE_TR_FUNCTIONS(LeaderRepository)

public:
    explicit LeaderRepository(Database &db);

    bool insert(Leader &leader); // sets leader.id
    // Refused (conflict() set) when the stored version is no longer leader.version: someone
    // saved it after it was read. On success leader.version is the new version. A version of
    // 0 (never read) is not checked.
    bool update(Leader &leader);

    std::optional<Leader> find(qint64 id) const;
    QList<Leader> list() const;
    // Leaders one of whose domains equals `domain` (seed 002's matching of appeal domains).
    QList<Leader> withDomain(const QString &domain) const;

    static QString joinDomains(const QStringList &domains);
    static QStringList splitDomains(const QString &stored);

    QString errorString() const { return m_error; }
    // Who changed the record under the refused update, and when.
    std::optional<EditConflict> conflict() const { return m_conflict; }

private:
    QList<Leader> select(const QString &condition, const QVariantList &values) const;
    bool fail(const QString &message);
    bool refuseStale(const Leader &current);

    Database &m_db;
    QString m_error;
    std::optional<EditConflict> m_conflict;
    mutable QString m_readError; // why the last select failed; empty when it ran
};
