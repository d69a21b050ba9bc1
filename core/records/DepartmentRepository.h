#pragma once

#include "core/Department.h"

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
    bool update(const Department &department);

    std::optional<Department> find(qint64 id) const;
    // By full name or short name (经济发展局 / 经发局), trimmed.
    std::optional<Department> findByName(const QString &name) const;
    QList<Department> list() const;

    QString errorString() const { return m_error; }
    // Why the last read failed (list(), find…()); empty when it ran.
    QString readError() const { return m_readError; }

private:
    QList<Department> select(const QString &condition, const QVariantList &values) const;
    bool fail(const QString &message);

    Database &m_db;
    QString m_error;
    mutable QString m_readError; // why the last select failed; empty when it ran
};
