#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Database;

// The people who log in to a server database (table users, schema step 017): each is a
// PostgreSQL login role with a SCRAM password, member of the group role of its kind, which
// decides what the server lets it read and change. Only an administrator (qinqing_admin with
// CREATEROLE, or the postgres user) can change them. Not for SQLite files: they have no
// logins.
class UserDirectory {
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    enum class Role { Admin, Clerk, Supervisor, Liaison, Leader };

    struct User {
        QString name; // the login
        QString fullName;
        Role role = Role::Clerk;
        qint64 departmentId = 0; // a liaison's department
        QString department;      // its name
        bool disabled = false;
    };

    explicit UserDirectory(Database &db);

    static QString roleCode(Role role); // admin, clerk, …
    static std::optional<Role> roleFromCode(const QString &code);
    static QString roleLabel(Role role); // 管理员, 登记员, … (translated)
    static QString groupRole(Role role); // qinqing_admin, …

    // Creates the login and its users row, all or nothing. A liaison needs its department.
    bool add(const User &user, const QString &password);
    bool setPassword(const QString &name, const QString &password);
    // The login can no longer connect; its name stays in the log and history.
    bool disable(const QString &name);
    QList<User> list() const;
    // The user logged in on `db`, if it is one of Qinqing's users.
    std::optional<User> current() const;

    QString errorString() const { return m_error; }

private:
    bool checkServer();
    bool fail(const QString &message);

    Database &m_db;
    QString m_error;
};
