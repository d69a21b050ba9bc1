#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli report summary (--month YYYY-MM | --quarter YYYYQn | --from D --to D)
//     --out FILE.pdf|FILE.odt
// Writes the leaders' summary report (诉求办理情况月报/季报) for the period.
class ReportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
    // Fonts and a paint device.
    bool needsGuiApplication(const QStringList &) const override { return true; }
};
