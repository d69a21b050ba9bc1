#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

class QTextStream;

// Parses the global options (--db, --help, --version) and hands the rest to a verb; `help`
// is answered here from what the verbs say about themselves (CliHelp).
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    // Every verb of qinqing-cli, in the order `help` lists them.
    void addAllCommands();
    void addCommand(std::unique_ptr<CliCommand> command);

    // `arguments` without the program name.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Whether the verb in `arguments` (without the program name) paints; see
    // CliCommand::needsGuiApplication. Callable before the application object exists.
    bool needsGuiApplication(const QStringList &arguments) const;

private:
    // `help`, `help VERB`, `help --man`.
    int help(const QStringList &words, QTextStream &out, QTextStream &err) const;
    QStringList commandNames() const;
    CliCommand *find(const QString &name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
