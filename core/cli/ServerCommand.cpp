#include "core/cli/ServerCommand.h"

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/cli/PasswordPrompt.h"
#include "core/server/ServerAddress.h"
#include "core/server/ServerDatabaseCreator.h"
#include "core/server/UserDirectory.h"

using namespace Qt::StringLiterals;

QString ServerCommand::summary() const {
    return tr("set up a PostgreSQL server database for several desks (server init)");
}

QString ServerCommand::usage() const {
    return u"init --db postgresql://USER@HOST:PORT/DATABASE --profile CODE --admin LOGIN "
           "[--full-name NAME]"_s;
}

QString ServerCommand::description() const {
    return paragraphs({
        tr("Sets up a PostgreSQL server database for several desks: creates the database when "
           "it is missing, its tables, the roles of Qinqing's users and the first "
           "administrator LOGIN (password asked for), with the rule profile CODE. Run it on the "
           "server as a PostgreSQL user allowed to create databases and roles (postgres)."),
        tr("Several desks (Debian 12 server):"),
        tr("  sudo apt-get install postgresql qinqing\n"
           "  sudo -u postgres qinqing-cli server init --db postgresql:///qinqing \\\n"
           "       --profile tongliao --admin wangli\n"
           "  # let the desks in: /etc/postgresql/15/main/postgresql.conf\n"
           "  #   listen_addresses = '*'\n"
           "  # /etc/postgresql/15/main/pg_hba.conf (the office's network)\n"
           "  #   host qinqing all 192.168.1.0/24 scram-sha-256\n"
           "  sudo systemctl restart postgresql\n"
           "  sudo -u postgres qinqing-cli copy --from qinqing.sqlite --to postgresql:///qinqing\n"
           "  qinqing-cli --db postgresql://wangli@SERVER/qinqing user add zhaomin --role clerk"),
        tr("On each desk: qinqing --db postgresql://zhaomin@SERVER/qinqing, or File > Connect "
           "to server…, and log in."),
    });
}

int ServerCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"db"_s, u"profile"_s, u"admin"_s, u"full-name"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    if (a.positional() != QStringList{u"init"_s}) {
        context.err() << tr("server: write server init; see qinqing-cli server --help") << Qt::endl;
        return BadInput;
    }
    const QString location = a.value(u"db"_s, context.databasePath());
    const ServerAddress address = ServerAddress::parse(location);
    if (!address.isValid()) {
        context.err() << tr("--db: %1").arg(address.error()) << Qt::endl;
        return BadInput;
    }
    const QString profile = a.value(u"profile"_s);
    if (profile.isEmpty() || !ProfileRepository::builtInCodes().contains(profile)) {
        context.err()
            << tr("--profile: one of %1").arg(ProfileRepository::builtInCodes().join(u", "_s))
            << Qt::endl;
        return BadInput;
    }
    UserDirectory::User admin;
    admin.name = a.value(u"admin"_s);
    admin.fullName = a.value(u"full-name"_s);
    admin.role = UserDirectory::Role::Admin;
    if (admin.name.isEmpty()) {
        context.err() << tr("--admin: the login of the first administrator is required")
                      << Qt::endl;
        return BadInput;
    }
    ServerDatabaseCreator creator;
    if (!creator.ensureExists(address)) {
        context.err() << creator.errorString() << Qt::endl;
        return Failed;
    }
    Database db;
    if (!db.open(location)) {
        context.err() << db.errorString() << Qt::endl;
        return Failed;
    }
    DatabaseInitializer init(db);
    if (!init.initialize(profile)) {
        context.err() << init.errorString() << Qt::endl;
        return Failed;
    }
    UserDirectory users(db);
    bool haveAdmin = false;
    for (const auto &u : users.list())
        haveAdmin = haveAdmin || u.name == admin.name;
    if (!haveAdmin) {
        QString error;
        const QString password = PasswordPrompt::read(
            tr("Password for the administrator %1:").arg(admin.name), context.err(), &error);
        if (password.isEmpty()) {
            context.err() << error << Qt::endl;
            return BadInput;
        }
        if (!users.add(admin, password)) {
            context.err() << users.errorString() << Qt::endl;
            return Failed;
        }
    }
    context.out() << tr("%1 is ready (profile %2, schema %3); %4 administers its users.")
                         .arg(db.path(), profile)
                         .arg(db.schemaVersion())
                         .arg(admin.name)
                  << Qt::endl;
    return Ok;
}
