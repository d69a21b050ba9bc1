#pragma once

#include "core/Assignment.h"
#include "core/records/EditConflict.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QVariant>
#include <optional>

class Database;

// The assignments table (交办) with its cooperating departments and its history rows, read
// and written by column name. It decides nothing: AssignmentService moves an assignment
// through its statuses, FollowUpService records what follows it (reports, extensions,
// evaluations). Dates are ISO text, an unset one '' (the columns are NOT NULL).
class AssignmentRepository {
    Q_DECLARE_TR_FUNCTIONS(AssignmentRepository)

public:
    // Column name and new value of an UPDATE.
    using Sets = QList<QPair<QString, QVariant>>;

    explicit AssignmentRepository(Database &db);

    std::optional<Assignment> find(qint64 id) const;
    // Why find(id) returned nothing: the read's failure (the server away), or "… does not
    // exist" when it ran and there is no such assignment.
    QString missing(qint64 id) const;
    // True when the last find() could not read (as opposed to finding no such assignment).
    bool readFailed() const { return !m_readError.isEmpty(); }
    // Inserts the assignment (status assigned, original deadline = deadline) with its
    // cooperators; the id, or 0 with errorString() set.
    qint64 insert(const Assignment &a, bool dueUncertain, const QString &dueRule,
                  const QString &progressRule);
    // Sets the columns, stamps updated_at and raises the version, unless the assignment moved
    // on from the version the caller expects (expectVersion) or the one find() last read: then
    // nothing is written and conflict() says who changed it. Two desks changing the same
    // assignment at once never overwrite each other.
    bool update(qint64 id, const Sets &sets);
    // The next update of `id` must find it still at `version`, the one the clerk's screen
    // showed (not the one a later find() read).
    void expectVersion(qint64 id, int version) { m_expected.insert(id, version); }
    // True (conflict() set) when `a`, just read, is no longer the version the caller expects:
    // the screen is older than the assignment and its checks would judge the old state.
    bool movedOn(const Assignment &a);
    std::optional<EditConflict> conflict() const { return m_conflict; }
    bool removeCooperator(qint64 id, qint64 departmentId);
    // A row of the assignment's history (AuditLog).
    bool recordHistory(qint64 id, const QString &action, const QJsonObject &detail = {});
    // Fills an empty contact or phone with the department's; false when it does not exist.
    bool departmentContact(qint64 departmentId, QString *contact, QString *phone);
    // How messages name an assignment: by its appeal's number, as clerks know it (with why
    // not, when that cannot be read).
    QString label(qint64 id) const;

    QString errorString() const { return m_error; }

private:
    void refuse(qint64 id);

    Database &m_db;
    QString m_error;
    mutable QString m_readError; // why the last find() failed; empty when it ran
    QHash<qint64, int> m_expected;
    mutable QHash<qint64, int> m_seen; // the version find() read, per assignment
    std::optional<EditConflict> m_conflict;
};
