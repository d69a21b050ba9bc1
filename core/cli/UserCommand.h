#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli --db postgresql://… user add|list|disable|passwd: the administrator's verb for
// the people who log in to a server database (UserDirectory).
class UserCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
