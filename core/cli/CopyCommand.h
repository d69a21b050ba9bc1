#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli copy --from FILE.sqlite --to postgresql://…: moves an office's file to the
// server database (DatabaseCopier), all or nothing, and prints both sides' row counts.
class CopyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
