#pragma once

#include "core/Department.h"
#include "core/records/EditConflict.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// 部门: the departments that collect appeals and handle assignments. Names are unique.
class DepartmentRepository {
    Q_DECLARE_TR_FUNCTIONS(DepartmentRepository)

public:
    explicit DepartmentRepository(Database &db);

    bool insert(Department &department); // sets department.id
    // Refused (conflict() set) when the stored version is no longer department.version:
    // someone saved it after it was read. On success department.version is the new version.
    // A version of 0 (never read) is not checked.
    bool update(Department &department);

    std::optional<Department> find(qint64 id) const;
    // By full name or short name (经济发展局 / 经发局), trimmed.
    std::optional<Department> findByName(const QString &name) const;
    QList<Department> list() const;

    QString errorString() const { return m_error; }
    // Who changed the record under the refused update, and when.
    std::optional<EditConflict> conflict() const { return m_conflict; }
    // Why the last read failed (list(), find…()); empty when it ran.
    QString readError() const { return m_readError; }

private:
    QList<Department> select(const QString &condition, const QVariantList &values) const;
    bool fail(const QString &message);
    bool refuseStale(const Department &current);

    Database &m_db;
    QString m_error;
    std::optional<EditConflict> m_conflict;
    mutable QString m_readError; // why the last select failed; empty when it ran
};
