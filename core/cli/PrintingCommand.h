#pragma once

#include "core/cli/CliCommand.h"

#include <memory>
#include <vector>

// A verb whose code is in the printing library (print, report; see PrintingVerbs): the
// program knows its name, and asks the library's own command for everything else — help texts
// and the run — loading the library when that is first needed.
class PrintingCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PrintingCommand)

public:
    explicit PrintingCommand(QString name);
    ~PrintingCommand() override;

    QString name() const override { return m_name; }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;
    // Fonts and a paint device: main() loads the library, which makes the QGuiApplication.
    bool needsGuiApplication(const QStringList &) const override { return true; }

private:
    // The library's command of this name; nullptr (and m_error) when it cannot be loaded.
    CliCommand *command() const;

    QString m_name;
    mutable std::vector<std::unique_ptr<CliCommand>> m_loaded;
    mutable CliCommand *m_command = nullptr;
    mutable QString m_error;
};
