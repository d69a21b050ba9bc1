#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli print KIND [--id ID | --meeting ID | --blank] [--variant 000|004]
//     [--as-of DATE] --out FILE
// Writes one of the official documents as PDF (or ODT for minutes, 处理意见 and 催办通知).
// --as-of dates the 催办通知 (which items are overdue, by how much); default today.
class PrintCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
    // Fonts and a paint device.
    bool needsGuiApplication(const QStringList &) const override { return true; }
};
