#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli init [--profile CODE]: creates the database with a rule profile, or switches the
// profile of an existing one.
class InitCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
