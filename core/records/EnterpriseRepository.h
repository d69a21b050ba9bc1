#pragma once

#include "core/Enterprise.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// 企业: stored in enterprises, their tags (规上, 高新技术, ...) in enterprise_tags. Names are
// unique; the unified social credit code is stored normalised (upper-case, half-width) so that
// lookups by code find it however it was typed.
class EnterpriseRepository {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseRepository)

public:
    explicit EnterpriseRepository(Database &db);

    // Sets `enterprise.id`. Fails (errorString) on an empty or already used name.
    bool insert(Enterprise &enterprise);
    // Writes every field and replaces the tags; the audit entry lists what changed.
    bool update(const Enterprise &enterprise);

    std::optional<Enterprise> find(qint64 id) const;
    // Exact name after trimming.
    std::optional<Enterprise> findByName(const QString &name) const;
    std::optional<Enterprise> findByUscc(const QString &uscc) const;
    // Autocomplete: names containing `text`, those starting with it first, then shorter names.
    QList<Enterprise> searchByName(const QString &text, int limit = 20) const;

    QString errorString() const { return m_error; }

private:
    std::optional<Enterprise> findWhere(const QString &condition, const QVariant &value) const;
    QStringList loadTags(qint64 id) const;
    bool writeTags(qint64 id, const QStringList &tags);
    bool fail(const QString &message);

    Database &m_db;
    QString m_error;
    mutable QString m_readError; // why the last lookup failed; empty when it ran
};
