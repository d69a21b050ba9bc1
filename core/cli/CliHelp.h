#pragma once

#include <QCoreApplication>
#include <memory>
#include <vector>

class CliCommand;

// The help texts of qinqing-cli, all made from what each CliCommand says about itself (name,
// summary, usage, description), so that a new verb appears in `--help`, `help VERB` and the man
// page without anything added here.
class CliHelp {
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    using Commands = std::vector<std::unique_ptr<CliCommand>>;

    explicit CliHelp(const Commands &commands);

    // `qinqing-cli --help`: the synopsis, one line per verb, the global options.
    QString overview() const;
    // `qinqing-cli help VERB` and `qinqing-cli VERB --help`.
    QString verb(const CliCommand &command) const;
    // `qinqing-cli help --man`: the whole manual as a man page (roff), in the UI language.
    QString manPage() const;

    // The one-line synopsis of a verb, also used in error messages.
    static QString synopsis(const CliCommand &command);

private:
    QString globalOptions() const;
    QString exitStatus() const;

    const Commands &m_commands;
};
