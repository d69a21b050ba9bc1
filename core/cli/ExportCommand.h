#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli export problem-list|assignments|evaluations [--meeting ID] [--from D] [--to D]
//     [--public] [--sheet-per-department] --out FILE.xlsx|FILE.csv|FILE.pdf
// Prints "N rows -> FILE" on stdout. --public keeps only the profile's public fields and masks
// names and phone numbers (公开). PDF needs the forms library's renderer (registered by
// qinqing-cli at start-up).
class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
    // A .pdf is painted; .xlsx and .csv are not.
    bool needsGuiApplication(const QStringList &args) const override;
};
