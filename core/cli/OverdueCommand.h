#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli overdue [--as-of YYYY-MM-DD] [--format tsv|json]
// The open assignments past their deadline as of a date (default today), oldest first.
class OverdueCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(OverdueCommand)

public:
    QString name() const override { return QStringLiteral("overdue"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
