#pragma once

#include "core/cli/CliCommand.h"

// qinqing-cli --db PATH demo --appeals N [--seed S] [--today DATE]
// Fills an EMPTY database with synthetic records (DemoDataGenerator). A database that already
// has appeals, enterprises, departments or meetings is refused with exit 1 — there is no
// --force, because demo rows mixed into real cases could not be told apart afterwards.
class DemoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
};
