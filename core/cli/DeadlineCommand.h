#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli deadline --from DATE --working-days N | --calendar-days N
// Prints the deadline alone on stdout. When the calendar lacks a year the count passes
// through, the estimate is printed, the reason goes to stderr and the exit code is 3, so a
// script cannot mistake it for a settled date.
class DeadlineCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)

public:
    enum { Uncertain = 3 };

    QString name() const override { return QStringLiteral("deadline"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
