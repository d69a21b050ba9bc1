#include "core/cli/CheckCommand.h"

#include "core/Database.h"
#include "core/IntegrityChecker.h"
#include "core/backup/JournalPolicy.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/server/ServerAddress.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString CheckCommand::summary() const {
    return tr("check the database file for damage and broken references");
}

QString CheckCommand::usage() const {
    return u"[--repair]"_s;
}

QString CheckCommand::description() const {
    return paragraphs({
        tr("Checks the database file as it is, without upgrading it first: SQLite's "
           "integrity check and the references between records (an assignment whose appeal"
           " is missing, and the like). Prints \"no problems found\", or each problem on "
           "standard error and exits with 1."),
        tr("  --repair   first rebuild the full-text search index (when a search misses "
           "appeals that are there)"),
    });
}

int CheckCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {}, {u"repair"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    // Look at the file as it is: opening it normally would migrate it first.
    Database db;
    if (!db.openWithoutMigrating(context.databasePath(), Database::Create::Never)) {
        context.err() << db.errorString() << Qt::endl;
        return Failed;
    }
    if (a.has(u"repair"_s) && db.isServer()) {
        context.out() << tr("A server database has no search index to rebuild.") << Qt::endl;
    } else if (a.has(u"repair"_s)) {
        QSqlQuery q(db.sql());
        if (!q.exec(u"INSERT INTO appeal_search (appeal_search) VALUES ('rebuild')"_s)) {
            context.err() << tr("repair: %1").arg(q.lastError().text()) << Qt::endl;
            return Failed;
        }
        context.out() << tr("The search index was rebuilt.") << Qt::endl;
    }
    const QStringList problems = IntegrityChecker(db).run();
    if (!db.isServer() &&
        JournalPolicy::folderOf(context.databasePath()) == JournalPolicy::Folder::Network)
        context.out() << JournalPolicy::networkNote() << Qt::endl;
    if (problems.isEmpty()) {
        context.out() << tr("%1: no problems found.").arg(context.databasePath()) << Qt::endl;
        return Ok;
    }
    for (const QString &p : problems)
        context.err() << p << '\n';
    context.err() << tr("%n problem(s) found.", nullptr, int(problems.size())) << Qt::endl;
    return Failed;
}
