#include "core/cli/UserCommand.h"

#include "core/Database.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/cli/CliTable.h"
#include "core/cli/PasswordPrompt.h"
#include "core/records/DepartmentRepository.h"
#include "core/server/UserDirectory.h"

using namespace Qt::StringLiterals;

QString UserCommand::summary() const {
    return tr("add, list, disable users of a server database or change their passwords");
}

QString UserCommand::usage() const {
    return u"add LOGIN --role ROLE [--department NAME] [--full-name NAME] | list | "
           "disable LOGIN | passwd LOGIN"_s;
}

QString UserCommand::description() const {
    return paragraphs({
        tr("The administrator's verb for the people who log in to a server database (--db "
           "postgresql://…). Each user is a PostgreSQL login with a SCRAM password; the server "
           "itself enforces what the user's role may read and change. The password is asked "
           "for (twice on a terminal, or one line on standard input)."),
        tr("  add LOGIN      a new user: --role, and --department for a liaison\n"
           "  list           the users, their roles, departments and state\n"
           "  disable LOGIN  the user can no longer log in; the name stays in the history\n"
           "  passwd LOGIN   a new password"),
        tr("  --role admin       管理员: users, profile, calendar\n"
           "  --role clerk       登记员: key in, screen, topics, meetings, assign\n"
           "  --role supervisor  督查: deadlines, extension decisions, reminders, reports\n"
           "  --role liaison     部门联络员 of one --department: only its assignments\n"
           "  --role leader      领导: reads only"),
        tr("Example:"),
        tr("  qinqing-cli --db postgresql://wangli@server/qinqing user add zhaomin --role clerk"),
    });
}

int UserCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"role"_s, u"department"_s, u"full-name"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
    const QString action = words.value(0);
    if (!QStringList{u"add"_s, u"list"_s, u"disable"_s, u"passwd"_s}.contains(action) ||
        (action != "list"_L1 && words.size() != 2)) {
        context.err() << tr("user: write add LOGIN, list, disable LOGIN or passwd LOGIN; see "
                            "qinqing-cli user --help")
                      << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    UserDirectory users(*db);
    if (!db->isServer()) {
        context.err() << tr("user: %1 is a database file; users and passwords belong to a "
                            "server database (--db postgresql://…)")
                             .arg(db->path())
                      << Qt::endl;
        return BadInput;
    }
    if (action == "list"_L1) {
        CliTable table({u"login"_s, u"name"_s, u"role"_s, u"department"_s, u"state"_s});
        for (const auto &u : users.list())
            table.addRow({u.name, u.fullName, UserDirectory::roleLabel(u.role), u.department,
                          u.disabled ? tr("disabled") : tr("active")});
        table.write(context.out(), u"tsv"_s);
        return Ok;
    }
    const QString login = words.at(1);
    if (action == "disable"_L1) {
        if (!users.disable(login)) {
            context.err() << users.errorString() << Qt::endl;
            return Failed;
        }
        context.out() << tr("%1 can no longer log in.").arg(login) << Qt::endl;
        return Ok;
    }
    UserDirectory::User user;
    user.name = login;
    if (action == "add"_L1) {
        const auto role = UserDirectory::roleFromCode(a.value(u"role"_s));
        if (!role) {
            context.err() << tr("--role: one of admin, clerk, supervisor, liaison, leader")
                          << Qt::endl;
            return BadInput;
        }
        user.role = *role;
        user.fullName = a.value(u"full-name"_s);
        if (a.has(u"department"_s)) {
            const auto department = DepartmentRepository(*db).findByName(a.value(u"department"_s));
            if (!department) {
                context.err()
                    << tr("--department: there is no department %1").arg(a.value(u"department"_s))
                    << Qt::endl;
                return BadInput;
            }
            user.departmentId = department->id;
        }
    }
    QString error;
    const QString password =
        PasswordPrompt::read(tr("Password for %1:").arg(login), context.err(), &error);
    if (password.isEmpty()) {
        context.err() << error << Qt::endl;
        return BadInput;
    }
    const bool ok =
        action == "add"_L1 ? users.add(user, password) : users.setPassword(login, password);
    if (!ok) {
        context.err() << users.errorString() << Qt::endl;
        return Failed;
    }
    context.out()
        << (action == "add"_L1
                ? tr("%1 (%2) can now log in.").arg(login, UserDirectory::roleLabel(user.role))
                : tr("The password of %1 was changed.").arg(login))
        << Qt::endl;
    return Ok;
}
