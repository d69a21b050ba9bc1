#pragma once

#include "core/Appeal.h"
#include "core/records/EditConflict.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// 诉求 records. insert() and update() write what a clerk keys in from the form; the screening
// decision (status, screening_*) belongs to the screening and workflow services, so update()
// leaves those columns alone. Every write has its audit-log entry in the same transaction.
class AppealRepository {
    Q_DECLARE_TR_FUNCTIONS(AppealRepository)

public:
    explicit AppealRepository(Database &db);

    // Sets appeal.id, createdAt/updatedAt, and appeal.number when it was empty (AppealNumbering,
    // year of the submit date). Fails on a number already in use.
    bool insert(Appeal &appeal);
    // Many new appeals at once (an import), checked as insert() checks each: numbered, stored
    // and logged in a few statements instead of several per appeal, which on a server are as
    // many round trips (BatchInsert). All or none; failedIndex() names the appeal at fault
    // when one is (-1 otherwise).
    bool insertMany(QList<Appeal> &appeals);
    int failedIndex() const { return m_failedIndex; }
    // Writes the form fields (number, unit, enterprise, contact, date, channel, department,
    // texts, domain, scope, urgency). Not status, screening, topic or duplicate. Once the
    // appeal is assigned (交办) its number is printed on the sheets the departments work from,
    // so a changed number is refused then; every other correction is allowed and its old and
    // new values go into the history. The save is refused (conflict() set) when the appeal's
    // version is no longer appeal.version: someone saved it after it was read. On success
    // appeal.version is the new version. A version of 0 (never read) is not checked.
    bool update(Appeal &appeal);
    // Who changed the record under the refused update, and when.
    std::optional<EditConflict> conflict() const { return m_conflict; }
    // 0 takes the appeal out of its topic.
    bool setTopic(qint64 appealId, qint64 topicId);
    // Marks `appealId` as a duplicate of `originalId` (0 clears the mark). A duplicate of a
    // duplicate points at the first original, so chains never form.
    bool markDuplicate(qint64 appealId, qint64 originalId);

    std::optional<Appeal> find(qint64 id) const;
    std::optional<Appeal> findByNumber(const QString &number) const;
    QList<Appeal> forEnterprise(qint64 enterpriseId) const;
    // False too when the check could not run: readError() then says why.
    bool numberInUse(const QString &number, qint64 exceptId = 0) const;

    // The appeal's current (most recent) assignment, if it was ever assigned.
    struct AssignmentInfo {
        qint64 id = 0;
        QDate assignedOn;
        QDate dueDate;
        QString leadDepartment;
    };
    // Nothing too when it could not be read: readError() then says why.
    std::optional<AssignmentInfo> currentAssignment(qint64 appealId) const;

    QString errorString() const { return m_error; }
    // Why the last read failed (find…(), numberInUse(), currentAssignment()); empty when it ran.
    QString readError() const { return m_readError; }

private:
    QList<Appeal> select(const QString &condition, const QVariantList &values) const;
    bool fail(const QString &message);
    // The first required field `a` lacks, as its message; empty when none is missing.
    static QString requiredMissing(const Appeal &a);
    // Those of `numbers` that appeals already have.
    QStringList numbersInUse(const QStringList &numbers) const;
    bool refuseStale(const Appeal &current);
    QString missing(qint64 id) const; // "no such appeal", or why it could not be read

    Database &m_db;
    QString m_error;
    mutable QString m_readError; // why the last select failed; empty when it ran
    std::optional<EditConflict> m_conflict;
    int m_failedIndex = -1;
};
