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
    virtual QString usage() const = 0;   // the arguments, one line: the synopsis
    // The verb's manual: what it does, each argument and option, an example, the exit codes
    // beyond 0/1/2. Shown by `qinqing-cli help VERB` and `VERB --help`, and written into the
    // man page (`help --man`, generated at build time), so a new verb documents itself here and
    // nowhere else; tst_cli_help fails for a verb that leaves it empty. Plain text through tr():
    // paragraphs separated by a blank line; lines starting with two spaces are kept as they are
    // (option lists, examples), e.g. "  --out FILE    the PDF to write".
    virtual QString description() const { return {}; }
    // `args` are the words after the verb.
    virtual int run(CliContext &context, const QStringList &args) = 0;
    // Whether run() paints (fonts, a PDF): then main() loads the printing library (Qt Gui and
    // the rest; see PrintingVerbs) and runs under its QGuiApplication with a platform plugin,
    // which costs several times what a query does; every other verb runs under a
    // QCoreApplication. Asked before any application object exists: look at `args` only.
    virtual bool needsGuiApplication(const QStringList &args) const {
        Q_UNUSED(args);
        return false;
    }

protected:
    // Joins a description's paragraphs with blank lines; one that ends in a colon ("Example:",
    // "示例：") stays with the next.
    static QString paragraphs(const QStringList &parts) {
        QString text;
        for (const QString &part : parts) {
            if (!text.isEmpty()) {
                const bool heading = text.endsWith(u':') || text.endsWith(QChar(0xFF1A));
                text += heading ? QStringLiteral("\n") : QStringLiteral("\n\n");
            }
            text += part;
        }
        return text;
    }
};
