#include "core/cli/InitCommand.h"

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"

using namespace Qt::StringLiterals;

QString InitCommand::summary() const {
    return tr("create the database with a rule profile (%1)")
        .arg(ProfileRepository::builtInCodes().join(u", "_s));
}

QString InitCommand::usage() const {
    return u"[--profile CODE]"_s;
}

QString InitCommand::description() const {
    return paragraphs({
        tr("Creates the database file (--db, or the default one) with the official "
           "working-day calendar and the five rule profiles, and makes one profile active:"
           " tongliao when --profile is not given. On an existing database --profile "
           "switches the profile; without it init only says which profile is in use."),
        tr("  --profile CODE   the regime whose deadlines, forms and rules the office "
           "follows:\n"
           "                   tongliao 通辽, heyuan 河源, wuhai 乌海, qingxin 清新, wushen "
           "乌审旗"),
        tr("Example:"),
        tr("  qinqing-cli --db office.sqlite init --profile wushen"),
    });
}

int InitCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {u"profile"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QString code = a.value(u"profile"_s);
    Database *db = context.createDatabase();
    if (!db)
        return Failed;
    DatabaseInitializer init(*db);
    if (!code.isEmpty() && !init.initialize(code)) {
        context.err() << init.errorString() << Qt::endl;
        return BadInput;
    }
    const RuleProfile active = ProfileRepository(*db).active();
    context.out()
        << tr("Database %1 uses the profile %2 (%3).").arg(db->path(), active.code, active.name)
        << Qt::endl;
    return Ok;
}
