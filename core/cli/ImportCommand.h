#pragma once

#include "core/cli/CliCommand.h"
#include "core/import/AppealCsvImporter.h"

class CliArguments;
class Database;

// qinqing-cli import appeals FILE.xlsx|FILE.csv [--sheet NAME] [--dry-run]: all or nothing; every
// bad row on stderr as "row N: column: reason" and exit 2 with nothing written; warnings do not
// block. A file with many errors shows the first ones and counts the rest.
class ImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;

    // Errors (and warnings) printed one per line; the rest are counted.
    static constexpr int shownMessages = 20;

private:
    static int applyMapping(CliContext &context, const CliArguments &a, Database &db,
                            AppealCsvImporter &importer);
    static int runForm1(CliContext &context, const QStringList &files, bool dryRun);
    static void printMappings(CliContext &context, Database &db);
    static void printMessages(CliContext &context, const AppealCsvImporter::Result &r);
    static void printSkipped(CliContext &context, const AppealCsvImporter::Result &r);
};
