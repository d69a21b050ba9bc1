#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// One verb of qinqing-cli. Exit codes follow one convention across verbs: 0 success, 1 the
// work failed (database, file system), 2 the user's input was wrong (arguments, file content).
class CliCommand {
public:
    enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `qinqing-cli --help`
    virtual QString usage() const = 0;   // the arguments, for `qinqing-cli VERB --help`
    // `args` are the words after the verb.
    virtual int run(CliContext &context, const QStringList &args) = 0;
};
