#include "core/records/DepartmentRepository.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/records/RecordDiff.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QVariantMap toMap(const Department &d) {
    return {{u"name"_s, d.name.trimmed()},
            {u"short_name"_s, d.shortName.trimmed()},
            {u"contact"_s, d.contact.trimmed()},
            {u"phone"_s, d.phone.trimmed()},
            {u"level"_s, d.level.trimmed()}};
}

void bindFields(QSqlQuery &q, const Department &d) {
    q.addBindValue(RecordDiff::text(d.name));
    q.addBindValue(RecordDiff::text(d.shortName));
    q.addBindValue(RecordDiff::text(d.contact));
    q.addBindValue(RecordDiff::text(d.phone));
    q.addBindValue(RecordDiff::text(d.level));
}
} // namespace

DepartmentRepository::DepartmentRepository(Database &db)
    : m_db(db) {}

bool DepartmentRepository::fail(const QString &message) {
    m_error = message;
    return false;
}

bool DepartmentRepository::insert(Department &department) {
    m_error.clear();
    const QString name = department.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Department name: is required"));
    if (!select(u"name = ?"_s, {name}).isEmpty())
        return fail(tr("Department name: %1 already exists").arg(name));
    if (!m_readError.isEmpty())
        return fail(m_readError);
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO departments (name, short_name, contact, phone, level) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    bindFields(q, department);
    if (!q.exec())
        return fail(tr("Cannot store the department %1: %2").arg(name, q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(u"department"_s, id, u"created"_s,
                               RecordDiff::values(toMap(department))))
        return fail(tr("Cannot write the audit log for the department %1").arg(name));
    if (!tx.commit())
        return fail(tr("Cannot commit the department %1").arg(name));
    department.id = id;
    department.name = name;
    return true;
}

bool DepartmentRepository::update(Department &department) {
    m_error.clear();
    m_conflict.reset();
    const QString name = department.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Department name: is required"));
    const auto before = find(department.id);
    if (!before)
        return fail(SqlRead::missing(m_readError,
                                     tr("There is no department with id %1").arg(department.id)));
    if (department.version > 0 && before->version != department.version)
        return refuseStale(*before);
    const auto same = select(u"name = ?"_s, {name});
    if (!same.isEmpty() && same.first().id != department.id)
        return fail(tr("Department name: %1 already exists").arg(name));
    if (!m_readError.isEmpty())
        return fail(m_readError);
    const QJsonObject changes = RecordDiff::changes(toMap(*before), toMap(department));
    if (changes.isEmpty())
        return true;
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE departments SET name = ?, short_name = ?, contact = ?, phone = ?, "
              "level = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    bindFields(q, department);
    q.addBindValue(department.id);
    q.addBindValue(before->version);
    if (!q.exec())
        return fail(tr("Cannot update the department %1: %2").arg(name, q.lastError().text()));
    // Another desk saved between the read above and this write.
    if (q.numRowsAffected() == 0)
        return refuseStale(*before);
    if (!AuditLog(m_db).record(u"department"_s, department.id, u"updated"_s, changes))
        return fail(tr("Cannot write the audit log for the department %1").arg(name));
    if (!tx.commit())
        return fail(tr("Cannot commit the department %1").arg(name));
    department.version = before->version + 1;
    return true;
}

bool DepartmentRepository::refuseStale(const Department &current) {
    m_conflict = EditConflict::find(m_db, u"department"_s, current.id,
                                    tr("The department %1").arg(current.name));
    return fail(m_conflict->message());
}

QList<Department> DepartmentRepository::select(const QString &condition,
                                               const QVariantList &values) const {
    QList<Department> out;
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, name, short_name, contact, phone, level, version FROM departments"_s +
              (condition.isEmpty() ? QString() : u" WHERE "_s + condition) + u" ORDER BY id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        SqlRead::fail(q, m_readError, tr("the department"));
        return out;
    }
    while (q.next()) {
        Department d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.shortName = q.value(2).toString();
        d.contact = q.value(3).toString();
        d.phone = q.value(4).toString();
        d.level = q.value(5).toString();
        d.version = q.value(6).toInt();
        out << d;
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the department")))
        out.clear();
    return out;
}

std::optional<Department> DepartmentRepository::find(qint64 id) const {
    const auto found = select(u"id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Department>(found.first());
}

std::optional<Department> DepartmentRepository::findByName(const QString &name) const {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return std::nullopt;
    // The full name wins over another department's short name.
    auto found = select(u"name = ?"_s, {n});
    if (found.isEmpty())
        found = select(u"short_name = ?"_s, {n});
    return found.isEmpty() ? std::nullopt : std::optional<Department>(found.first());
}

QList<Department> DepartmentRepository::list() const {
    return select({}, {});
}
