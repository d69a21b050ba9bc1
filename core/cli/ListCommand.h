#pragma once

#include "core/cli/CliCommand.h"

class CliArguments;

// qinqing-cli list appeals|enterprises|departments|profiles [filters] [--format tsv|json]
// Appeals take the filters, search, sort and paging of AppealListQuery; the other lists take
// --limit/--offset only. TSV has a header row; JSON is an array of objects.
class ListCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;

private:
    int listAppeals(CliContext &context, CliArguments &a, const QString &format);
    int listSimple(CliContext &context, const QString &what, CliArguments &a,
                   const QString &format);
};
