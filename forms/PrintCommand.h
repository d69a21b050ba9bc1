#pragma once

#include "CliCommand.h"

// qinqing-cli print KIND [--id ID | --meeting ID | --blank] [--variant 000|004] --out FILE
// Writes one of the official documents as PDF (or ODT for minutes and 处理意见).
class PrintCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext &context, const QStringList &args) override;
};
