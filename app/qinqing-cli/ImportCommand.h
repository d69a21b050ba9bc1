#pragma once

#include "app/qinqing-cli/CliCommand.h"

// qinqing-cli import appeals FILE.csv [--dry-run]: all or nothing; every bad row on stderr as
// "row N: column: reason" and exit 2 with nothing written; warnings do not block.
class ImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
