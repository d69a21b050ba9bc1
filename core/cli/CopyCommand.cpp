#include "core/cli/CopyCommand.h"

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/server/DatabaseCopier.h"
#include "core/server/ServerAddress.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString CopyCommand::summary() const {
    return tr("copy every record, scan and audit entry of a database file to a server database");
}

QString CopyCommand::usage() const {
    return u"--from FILE.sqlite --to postgresql://USER@HOST:PORT/DATABASE"_s;
}

QString CopyCommand::description() const {
    return paragraphs({
        tr("Moves an office's database file to the server: copies every record, scanned form "
           "and audit-log entry into a server database made with `qinqing-cli server init` that "
           "has no records yet; the copy replaces its profile, calendar and settings with the "
           "file's and keeps its users. All or nothing: on any error the server keeps what it "
           "had. Prints the rows of every table on both sides. The file is only read."),
        tr("  --from FILE    the SQLite database file\n"
           "  --to URL       the server database"),
        tr("Example:"),
        tr("  qinqing-cli copy --from qinqing.sqlite --to postgresql:///qinqing"),
    });
}

int CopyCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"from"_s, u"to"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QString from = a.value(u"from"_s);
    const QString to = a.value(u"to"_s);
    if (from.isEmpty() || to.isEmpty()) {
        context.err() << tr("copy: both --from and --to are required") << Qt::endl;
        return BadInput;
    }
    if (!ServerAddress::looksLikeServer(from) && !QFileInfo(from).isFile()) {
        context.err() << tr("--from: %1: no such database file").arg(from) << Qt::endl;
        return BadInput;
    }
    Database source;
    Database target;
    if (!source.open(from, Database::Create::Never)) {
        context.err() << tr("--from: %1").arg(source.errorString()) << Qt::endl;
        return Failed;
    }
    if (!target.open(to, Database::Create::Never)) {
        context.err() << tr("--to: %1").arg(target.errorString()) << Qt::endl;
        return Failed;
    }
    if (target.isReadOnly()) {
        context.err() << tr("--to: %1").arg(target.readOnlyReason()) << Qt::endl;
        return Failed;
    }
    if (DatabaseInitializer(target).isNew()) {
        context.err() << tr("--to: %1 is not initialised; run qinqing-cli --db %1 server init "
                            "first")
                             .arg(target.path())
                      << Qt::endl;
        return BadInput;
    }
    DatabaseCopier copier(source, target);
    const bool ok = copier.copy();
    const auto counts = copier.counts();
    if (!counts.isEmpty()) {
        context.out() << tr("table").leftJustified(24) << tr("source").rightJustified(10)
                      << tr("target").rightJustified(10) << '\n';
        for (const auto &c : counts)
            context.out() << c.table.leftJustified(24)
                          << QString::number(c.source).rightJustified(10)
                          << QString::number(c.target).rightJustified(10) << '\n';
    }
    if (!ok) {
        context.err() << copier.errorString() << Qt::endl;
        return Failed;
    }
    context.out() << tr("Copied %1 to %2.").arg(source.path(), target.path()) << Qt::endl;
    return Ok;
}
