#include "core/server/UserDirectory.h"

#include "core/Database.h"
#include "core/TransactionGuard.h"
#include "core/records/RecordDiff.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// Role names go into CREATE ROLE, which takes no bound parameters: only plain names pass.
bool validLogin(const QString &name) {
    static const QRegularExpression re(u"^[a-z][a-z0-9_]{1,30}$"_s);
    return re.match(name).hasMatch() && !name.startsWith("qinqing_"_L1) &&
           !name.startsWith("pg_"_L1) && name != "postgres"_L1;
}

QString quoteLiteral(const QString &text) {
    return u'\'' + QString(text).replace(u'\'', "''"_L1) + u'\'';
}
} // namespace

UserDirectory::UserDirectory(Database &db)
    : m_db(db) {}

QString UserDirectory::roleCode(Role role) {
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Liaison:
        return u"liaison"_s;
    case Role::Leader:
        return u"leader"_s;
    }
    return {};
}

std::optional<UserDirectory::Role> UserDirectory::roleFromCode(const QString &code) {
    for (Role r : {Role::Admin, Role::Clerk, Role::Supervisor, Role::Liaison, Role::Leader}) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString UserDirectory::roleLabel(Role role) {
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Liaison:
        return tr("Department liaison");
    case Role::Leader:
        return tr("Leader");
    }
    return {};
}

QString UserDirectory::groupRole(Role role) {
    return u"qinqing_"_s + roleCode(role);
}

bool UserDirectory::fail(const QString &message) {
    m_error = message;
    return false;
}

bool UserDirectory::checkServer() {
    m_error.clear();
    if (!m_db.isServer())
        return fail(tr("Users and passwords belong to a server database; %1 is a file, used by "
                       "whoever opens it.")
                        .arg(m_db.path()));
    return true;
}

bool UserDirectory::add(const User &user, const QString &password) {
    if (!checkServer())
        return false;
    if (!validLogin(user.name))
        return fail(tr("Login: %1 is not usable; use 2 to 31 lower-case letters, digits or _, "
                       "starting with a letter (the full name may be Chinese)")
                        .arg(user.name));
    if (password.size() < 8)
        return fail(tr("Password: at least 8 characters"));
    if ((user.role == Role::Liaison) != (user.departmentId > 0))
        return fail(user.role == Role::Liaison
                        ? tr("Department: a department liaison works for one department")
                        : tr("Department: only a department liaison is bound to a department"));
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO users (name, full_name, role, department_id, created_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(user.name);
    q.addBindValue(RecordDiff::text(user.fullName));
    q.addBindValue(roleCode(user.role));
    q.addBindValue(user.departmentId > 0 ? QVariant(user.departmentId)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(RecordDiff::now());
    if (!q.exec())
        return fail(tr("Cannot add the user %1: %2").arg(user.name, q.lastError().text()));
    // Administrators manage the other users: CREATEROLE lets them create and change logins.
    const QString attributes = user.role == Role::Admin ? u" CREATEROLE"_s : QString();
    if (!q.exec(u"SET LOCAL password_encryption = 'scram-sha-256'"_s) ||
        !q.exec(u"CREATE ROLE %1 LOGIN%2 PASSWORD %3 IN ROLE %4"_s.arg(
            user.name, attributes, quoteLiteral(password), groupRole(user.role))))
        return fail(tr("Cannot create the login %1: %2").arg(user.name, q.lastError().text()));
    if (!tx.commit())
        return fail(tr("Cannot add the user %1: %2").arg(user.name, m_db.sql().lastError().text()));
    return true;
}

bool UserDirectory::setPassword(const QString &name, const QString &password) {
    if (!checkServer())
        return false;
    if (!validLogin(name))
        return fail(tr("There is no user %1").arg(name));
    if (password.size() < 8)
        return fail(tr("Password: at least 8 characters"));
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SET LOCAL password_encryption = 'scram-sha-256'"_s) ||
        !q.exec(u"ALTER ROLE %1 PASSWORD %2"_s.arg(name, quoteLiteral(password))))
        return fail(tr("Cannot change the password of %1: %2").arg(name, q.lastError().text()));
    return tx.commit() || fail(tr("Cannot change the password of %1").arg(name));
}

bool UserDirectory::disable(const QString &name) {
    if (!checkServer())
        return false;
    if (!validLogin(name))
        return fail(tr("There is no user %1").arg(name));
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE users SET disabled = 1 WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return fail(tr("Cannot disable %1: %2").arg(name, q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return fail(tr("There is no user %1").arg(name));
    if (!q.exec(u"ALTER ROLE %1 NOLOGIN"_s.arg(name)))
        return fail(tr("Cannot disable %1: %2").arg(name, q.lastError().text()));
    return tx.commit() || fail(tr("Cannot disable %1").arg(name));
}

QList<UserDirectory::User> UserDirectory::list() const {
    QList<User> users;
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT u.name, u.full_name, u.role, u.department_id, d.name, u.disabled "
           "FROM users u LEFT JOIN departments d ON d.id = u.department_id ORDER BY u.name"_s);
    while (q.next()) {
        User u;
        u.name = q.value(0).toString();
        u.fullName = q.value(1).toString();
        u.role = roleFromCode(q.value(2).toString()).value_or(Role::Leader);
        u.departmentId = q.value(3).toLongLong();
        u.department = q.value(4).toString();
        u.disabled = q.value(5).toInt() != 0;
        users << u;
    }
    return users;
}

std::optional<UserDirectory::User> UserDirectory::current() const {
    if (!m_db.isServer())
        return std::nullopt;
    for (const User &u : list()) {
        if (u.name == m_db.userName())
            return u;
    }
    return std::nullopt;
}
