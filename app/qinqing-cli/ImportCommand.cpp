#include "app/qinqing-cli/ImportCommand.h"

#include "app/qinqing-cli/CliArguments.h"
#include "app/qinqing-cli/CliContext.h"
#include "core/Database.h"
#include "core/import/AppealCsvImporter.h"

using namespace Qt::StringLiterals;

QString ImportCommand::summary() const {
    return tr("import appeals from a CSV file (UTF-8 or GB18030), all rows or none");
}

QString ImportCommand::usage() const {
    return u"appeals FILE.csv [--dry-run]"_s;
}

int ImportCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {}, {u"dry-run"_s});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
    if (words.isEmpty() || words.first() != "appeals"_L1) {
        context.err() << tr("say what to import: qinqing-cli import appeals FILE.csv") << Qt::endl;
        return BadInput;
    }
    if (words.size() != 2) {
        context.err() << (words.size() < 2 ? tr("import appeals: the CSV file is missing")
                                           : tr("%1: unexpected argument").arg(words.at(2)))
                      << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;

    AppealCsvImporter importer(*db);
    const bool dryRun = a.has(u"dry-run"_s);
    importer.setDryRun(dryRun);
    const AppealCsvImporter::Result r = importer.importFile(words.at(1));
    for (const auto &w : r.warnings)
        context.err() << tr("warning: %1").arg(w.toString()) << Qt::endl;
    if (!r.ok) {
        for (const auto &e : r.errors)
            context.err() << e.toString() << Qt::endl;
        QSet<int> rows;
        for (const auto &e : r.errors) {
            if (e.row > 0)
                rows.insert(e.row);
        }
        // No English plural forms are installed: spell both out.
        if (rows.isEmpty())
            context.err() << tr("nothing imported") << Qt::endl;
        else if (rows.size() == 1)
            context.err() << tr("nothing imported: 1 row has errors") << Qt::endl;
        else
            context.err() << tr("nothing imported: %1 rows have errors").arg(rows.size())
                          << Qt::endl;
        return r.writeFailed ? Failed : BadInput;
    }
    if (dryRun) {
        context.out()
            << (r.imported == 1
                    ? tr("1 appeal can be imported; nothing written (--dry-run)")
                    : tr("%1 appeals can be imported; nothing written (--dry-run)").arg(r.imported))
            << Qt::endl;
        return Ok;
    }
    context.out() << (r.imported == 1 ? tr("imported 1 appeal")
                                      : tr("imported %1 appeals").arg(r.imported))
                  << Qt::endl;
    if (!r.numbers.isEmpty())
        context.out() << tr("numbers: %1")
                             .arg(r.numbers.size() == 1
                                      ? r.numbers.first()
                                      : r.numbers.first() + u" … "_s + r.numbers.last())
                      << Qt::endl;
    if (!r.createdEnterprises.isEmpty())
        context.out() << tr("new enterprises: %1").arg(r.createdEnterprises.join(u"、"_s))
                      << Qt::endl;
    if (!r.createdDepartments.isEmpty())
        context.out() << tr("new departments: %1").arg(r.createdDepartments.join(u"、"_s))
                      << Qt::endl;
    context.out() << tr("file encoding: %1").arg(r.encoding) << Qt::endl;
    return Ok;
}
