#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli check: SQLite's integrity and foreign-key checks plus Qinqing's own.
class CheckCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
