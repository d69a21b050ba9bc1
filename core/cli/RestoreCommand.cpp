#include "core/cli/RestoreCommand.h"

#include "core/NumberText.h"
#include "core/backup/DatabaseRestore.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/server/ServerAddress.h"

using namespace Qt::StringLiterals;

QString RestoreCommand::summary() const {
    return tr("put a backup back in place of the database file, keeping the file it replaces");
}

QString RestoreCommand::usage() const {
    return u"FILE"_s;
}

QString RestoreCommand::description() const {
    return paragraphs({
        tr("Replaces the database file (--db) with the backup FILE, written by `qinqing-cli "
           "backup`, File ▸ Back up… or the automatic backups. FILE is checked first: it must "
           "be an SQLite file that passes SQLite's integrity check and a Qinqing database of a "
           "schema this program reads (an older one is upgraded). Otherwise nothing changes "
           "and the command says why."),
        tr("The file it replaces is kept beside it as NAME-before-restore-DATE-TIME.sqlite. "
           "Desks that have the file open see the restored records at once. To put a backup "
           "on a server database, copy it into a new one: `qinqing-cli copy --from FILE --to "
           "postgresql://…`."),
        tr("Example:"),
        tr("  qinqing-cli --db qinqing.sqlite restore "
           "backups/qinqing-daily-20261203-180000.sqlite"),
        tr("Exit codes: 2 when FILE is not a sound Qinqing backup (nothing changed)."),
    });
}

int RestoreCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    if (a.positional().size() != 1) {
        context.err() << (a.positional().isEmpty()
                              ? tr("restore: name the backup file: qinqing-cli restore FILE")
                              : tr("%1: unexpected argument").arg(a.positional().at(1)))
                      << Qt::endl;
        return BadInput;
    }
    if (ServerAddress::looksLikeServer(context.databasePath())) {
        context.err() << tr("restore works on a database file. To put a backup on the server, "
                            "copy it into a new server database: qinqing-cli copy --from %1 "
                            "--to postgresql://…")
                             .arg(a.positional().first())
                      << Qt::endl;
        return BadInput;
    }
    DatabaseRestore restore;
    if (!restore.verify(a.positional().first())) {
        context.err() << restore.errorString() << Qt::endl;
        return BadInput;
    }
    if (!restore.restoreInto(context.databasePath())) {
        context.err() << restore.errorString() << Qt::endl;
        if (!restore.asidePath().isEmpty())
            context.err() << tr("The file as it was is kept as %1.").arg(restore.asidePath())
                          << Qt::endl;
        return Failed;
    }
    context.out() << tr("Restored %1 from %2: %3 appeals.")
                         .arg(context.databasePath(), a.positional().first(),
                              NumberText::grouped(restore.appeals()))
                  << Qt::endl;
    if (!restore.asidePath().isEmpty())
        context.out() << tr("The file it replaced is kept as %1.").arg(restore.asidePath())
                      << Qt::endl;
    return Ok;
}
