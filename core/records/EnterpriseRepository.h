#pragma once

#include "core/Enterprise.h"
#include "core/records/EditConflict.h"

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
    // Many new enterprises at once (an import's), checked as insert() checks each: stored and
    // logged in a few statements instead of several each (BatchInsert). All or none.
    bool insertMany(QList<Enterprise> &enterprises);
    // Writes every field and replaces the tags; the audit entry lists what changed. Refused
    // (conflict() set) when the stored version is no longer enterprise.version: someone saved
    // it after it was read. On success enterprise.version is the new version. A version of 0
    // (never read) is not checked.
    bool update(Enterprise &enterprise);
    // Gives a stored enterprise the credit code it lacked (an import's file knows it).
    bool fillUscc(qint64 id, const QString &uscc);

    std::optional<Enterprise> find(qint64 id) const;
    // Exact name after trimming.
    std::optional<Enterprise> findByName(const QString &name) const;
    std::optional<Enterprise> findByUscc(const QString &uscc) const;
    // Autocomplete: names containing `text`, those starting with it first, then shorter names.
    QList<Enterprise> searchByName(const QString &text, int limit = 20) const;
    // Every enterprise's id, name and credit code, without the tags: one query however many
    // there are, for an import to look its rows up in. Empty with readError() on failure.
    QList<Enterprise> summaries() const;
    QString readError() const { return m_readError; }

    QString errorString() const { return m_error; }
    // Who changed the record under the refused update, and when.
    std::optional<EditConflict> conflict() const { return m_conflict; }

private:
    std::optional<Enterprise> findWhere(const QString &condition, const QVariant &value) const;
    QStringList loadTags(qint64 id) const;
    bool writeTags(qint64 id, const QStringList &tags);
    bool fail(const QString &message);
    bool refuseStale(const Enterprise &current);

    Database &m_db;
    QString m_error;
    std::optional<EditConflict> m_conflict;
    mutable QString m_readError; // why the last lookup failed; empty when it ran
};
