#include "core/cli/CliApplication.h"

#include "core/AppVersion.h"
#include "core/Clock.h"
#include "core/cli/BackupCommand.h"
#include "core/cli/CalendarCommand.h"
#include "core/cli/CheckCommand.h"
#include "core/cli/CliContext.h"
#include "core/cli/CliHelp.h"
#include "core/cli/CopyCommand.h"
#include "core/cli/DeadlineCommand.h"
#include "core/cli/DemoCommand.h"
#include "core/cli/ExportCommand.h"
#include "core/cli/ImportCommand.h"
#include "core/cli/InitCommand.h"
#include "core/cli/ListCommand.h"
#include "core/cli/OverdueCommand.h"
#include "core/cli/PrintingCommand.h"
#include "core/cli/RestoreCommand.h"
#include "core/cli/ServerCommand.h"
#include "core/cli/ShowCommand.h"
#include "core/cli/TerminalSafeDevice.h"
#include "core/cli/UserCommand.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

CliApplication::CliApplication() = default;
CliApplication::~CliApplication() = default;

void CliApplication::addAllCommands() {
    addCommand(std::make_unique<InitCommand>());
    addCommand(std::make_unique<DeadlineCommand>());
    addCommand(std::make_unique<CalendarCommand>());
    addCommand(std::make_unique<CheckCommand>());
    addCommand(std::make_unique<ListCommand>());
    addCommand(std::make_unique<OverdueCommand>());
    addCommand(std::make_unique<DemoCommand>());
    addCommand(std::make_unique<ExportCommand>());
    addCommand(std::make_unique<ImportCommand>());
    addCommand(std::make_unique<ShowCommand>());
    // In the printing library (PrintingVerbs), loaded when they run or their help is read;
    // it also brings `export --out FILE.pdf` its writer.
    addCommand(std::make_unique<PrintingCommand>(u"print"_s));
    addCommand(std::make_unique<PrintingCommand>(u"report"_s));
    addCommand(std::make_unique<ServerCommand>());
    addCommand(std::make_unique<UserCommand>());
    addCommand(std::make_unique<CopyCommand>());
    addCommand(std::make_unique<BackupCommand>());
    addCommand(std::make_unique<RestoreCommand>());
}

void CliApplication::addCommand(std::unique_ptr<CliCommand> command) {
    m_commands.push_back(std::move(command));
}

CliCommand *CliApplication::find(const QString &name) const {
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QString dbPath;
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString opt = rest.takeFirst();
        if (opt == "--db"_L1) {
            if (rest.isEmpty()) {
                err << tr("--db: a file path is required") << Qt::endl;
                return CliCommand::BadInput;
            }
            dbPath = rest.takeFirst();
        } else if (opt.startsWith("--db="_L1)) {
            dbPath = opt.mid(5);
        } else if (opt == "--help"_L1 || opt == "-h"_L1) {
            out << CliHelp(m_commands).overview() << Qt::flush;
            return CliCommand::Ok;
        } else if (opt == "--version"_L1) {
            out << "qinqing-cli " << AppVersion::current().text() << Qt::endl;
            return CliCommand::Ok;
        } else {
            err << tr("%1: unknown option; see qinqing-cli --help").arg(opt) << Qt::endl;
            return CliCommand::BadInput;
        }
    }
    if (rest.isEmpty()) {
        err << CliHelp(m_commands).overview() << Qt::flush;
        return CliCommand::BadInput;
    }
    QString clockError;
    if (!Clock::fixFromEnvironment(&clockError)) {
        err << clockError << Qt::endl;
        return CliCommand::BadInput;
    }
    const QString verb = rest.takeFirst();
    if (verb == "help"_L1)
        return help(rest, out, err);
    CliCommand *command = find(verb);
    if (!command) {
        err << tr("%1: unknown command; see qinqing-cli --help").arg(verb) << Qt::endl;
        return CliCommand::BadInput;
    }
    if (rest.contains("--help"_L1) || rest.contains("-h"_L1)) {
        out << CliHelp(m_commands).verb(*command) << Qt::flush;
        return CliCommand::Ok;
    }
    // What the verb prints passes through TerminalSafeDevice: stored text reaches the
    // terminal as text, never as escape sequences.
    TerminalSafeDevice safeOut(out);
    TerminalSafeDevice safeErr(err);
    QTextStream verbOut(&safeOut);
    QTextStream verbErr(&safeErr);
    CliContext context(dbPath, verbOut, verbErr);
    const int code = command->run(context, rest);
    verbOut.flush();
    verbErr.flush();
    out.flush();
    err.flush();
    return code;
}

bool CliApplication::needsGuiApplication(const QStringList &arguments) const {
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        if (rest.takeFirst() == "--db"_L1 && !rest.isEmpty())
            rest.removeFirst();
    }
    if (rest.isEmpty())
        return false;
    const CliCommand *command = find(rest.takeFirst());
    return command && !rest.contains("--help"_L1) && !rest.contains("-h"_L1) &&
           command->needsGuiApplication(rest);
}

int CliApplication::help(const QStringList &words, QTextStream &out, QTextStream &err) const {
    const CliHelp help(m_commands);
    if (words.isEmpty()) {
        out << help.overview() << Qt::flush;
        return CliCommand::Ok;
    }
    if (words == QStringList{u"--man"_s}) {
        out << help.manPage() << Qt::flush;
        return CliCommand::Ok;
    }
    const CliCommand *command = words.size() == 1 ? find(words.first()) : nullptr;
    if (!command) {
        err << tr("help: %1 is not a command; the commands are %2")
                   .arg(words.join(u' '), commandNames().join(u", "_s))
            << Qt::endl;
        return CliCommand::BadInput;
    }
    out << help.verb(*command) << Qt::flush;
    return CliCommand::Ok;
}

QStringList CliApplication::commandNames() const {
    QStringList names;
    for (const auto &c : m_commands)
        names << c->name();
    return names;
}
