#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli backup --out FILE: a consistent copy of the database while others work on it
// (DatabaseBackup), as one SQLite file that `restore` reads, also from a server database.
class BackupCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
