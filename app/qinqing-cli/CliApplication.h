#pragma once

#include "app/qinqing-cli/CliCommand.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

class QTextStream;

// Parses the global options (--db, --help, --version) and hands the rest to a verb.
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

private:
    void printHelp(QTextStream &out) const;
    CliCommand *find(const QString &name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
