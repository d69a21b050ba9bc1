#include "core/cli/BackupCommand.h"

#include "core/Database.h"
#include "core/NumberText.h"
#include "core/backup/BackupFolder.h"
#include "core/backup/DatabaseBackup.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/server/ServerAddress.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString BackupCommand::summary() const {
    return tr("write a backup of the database to a file, while others keep working");
}

QString BackupCommand::usage() const {
    return u"--out FILE"_s;
}

QString BackupCommand::description() const {
    return paragraphs({
        tr("Writes a consistent copy of the whole database to FILE, an SQLite database file: "
           "every record, scanned form and audit-log entry as they were at one moment, "
           "including what the desks have saved but SQLite has not yet moved from the -wal "
           "file into the database file (a plain copy of the file misses that). The desks may "
           "keep working meanwhile. From a server database (postgresql://…) the backup is an "
           "SQLite file as well. The file appears only when it is complete; an existing FILE "
           "is replaced. `qinqing-cli restore FILE` puts it back."),
        tr("  --out FILE    the backup file to write"),
        tr("Example:"),
        tr("  qinqing-cli --db qinqing.sqlite backup --out /media/usb/qinqing-2026-12-04.sqlite"),
    });
}

int BackupCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"out"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    if (!a.positional().isEmpty()) {
        context.err() << tr("%1: unexpected argument").arg(a.positional().first()) << Qt::endl;
        return BadInput;
    }
    const QString out = a.value(u"out"_s);
    if (out.isEmpty()) {
        context.err() << tr("backup: --out FILE is required") << Qt::endl;
        return BadInput;
    }
    if (!ServerAddress::looksLikeServer(context.databasePath()) &&
        !QFileInfo(context.databasePath()).isFile()) {
        context.err() << tr("%1: no such database file").arg(context.databasePath()) << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    DatabaseBackup backup(*db);
    if (!backup.writeTo(out)) {
        context.err() << backup.errorString() << Qt::endl;
        return Failed;
    }
    BackupFolder(*db).recordBackup();
    context.out() << tr("Backed up %1 to %2: %3 appeals.")
                         .arg(db->path(), out, NumberText::grouped(backup.appeals()))
                  << Qt::endl;
    return Ok;
}
