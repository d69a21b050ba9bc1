#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli restore FILE: puts a backup back in place of the database file (DatabaseRestore),
// after checking it, keeping the file it replaces.
class RestoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
