#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli server init --db postgresql://… --profile P --admin NAME: makes a server database
// ready for an office (database, schema, roles, profile, first administrator).
class ServerCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
