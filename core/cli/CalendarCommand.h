#pragma once

#include "core/CalendarService.h"
#include "core/cli/CliCommand.h"

// qinqing-cli calendar show YEAR | import NOTICE|FILE [--year Y] [--dry-run] |
//                     set DATE off|work [--name NAME] | clear DATE
// The State Council publishes the next year's holidays each October-November; this is how an
// office adds it without a new program.
class CalendarCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;

private:
    int show(CliContext &context, const QStringList &words);
    int import(CliContext &context, const QStringList &words, int year, bool dryRun);
    int set(CliContext &context, const QStringList &words, const QString &name);
    int clear(CliContext &context, const QStringList &words);
    static void printSettlement(CliContext &context, const CalendarService::Report &report,
                                bool dryRun);
};
