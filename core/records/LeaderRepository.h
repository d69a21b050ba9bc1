#pragma once

#include "core/Leader.h"

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
    bool update(const Leader &leader);

    std::optional<Leader> find(qint64 id) const;
    QList<Leader> list() const;
    // Leaders one of whose domains equals `domain` (seed 002's matching of appeal domains).
    QList<Leader> withDomain(const QString &domain) const;

    static QString joinDomains(const QStringList &domains);
    static QStringList splitDomains(const QString &stored);

    QString errorString() const { return m_error; }

private:
    QList<Leader> select(const QString &condition, const QVariantList &values) const;
    bool fail(const QString &message);

    Database &m_db;
    QString m_error;
    mutable QString m_readError; // why the last select failed; empty when it ran
};
