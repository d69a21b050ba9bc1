#include "app/qinqing-cli/CliApplication.h"

#include "app/qinqing-cli/CalendarCommand.h"
#include "app/qinqing-cli/CheckCommand.h"
#include "app/qinqing-cli/CliContext.h"
#include "app/qinqing-cli/DeadlineCommand.h"
#include "app/qinqing-cli/DemoCommand.h"
#include "app/qinqing-cli/ExportCommand.h"
#include "app/qinqing-cli/ImportCommand.h"
#include "app/qinqing-cli/InitCommand.h"
#include "app/qinqing-cli/ListCommand.h"
#include "app/qinqing-cli/OverdueCommand.h"
#include "app/qinqing-cli/PrintCommand.h"
#include "app/qinqing-cli/ReportCommand.h"
#include "app/qinqing-cli/ShowCommand.h"
#include "forms/report/ExportTablePdf.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

CliApplication::CliApplication() = default;
CliApplication::~CliApplication() = default;

void CliApplication::addAllCommands() {
    ExportTablePdf::registerWithExporter(); // `export --out FILE.pdf`
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
    addCommand(std::make_unique<PrintCommand>());
    addCommand(std::make_unique<ReportCommand>());
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

void CliApplication::printHelp(QTextStream &out) const {
    out << tr("Usage: qinqing-cli [--db PATH] COMMAND [ARGUMENTS]") << "\n\n"
        << tr("Commands:") << '\n';
    for (const auto &c : m_commands)
        out << "  " << c->name().leftJustified(10) << ' ' << c->summary() << '\n';
    out << '\n'
        << tr("Options:") << '\n'
        << "  --db PATH   " << tr("the database file (default: %1)").arg(u"~/.local/share/…"_s)
        << '\n'
        << "  --help      " << tr("this help; COMMAND --help explains a command") << '\n'
        << "  --version   " << tr("the program's version") << '\n';
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QString dbPath;
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first().startsWith("--"_L1)) {
        const QString opt = rest.takeFirst();
        if (opt == "--db"_L1) {
            if (rest.isEmpty()) {
                err << tr("--db: a file path is required") << Qt::endl;
                return CliCommand::BadInput;
            }
            dbPath = rest.takeFirst();
        } else if (opt.startsWith("--db="_L1)) {
            dbPath = opt.mid(5);
        } else if (opt == "--help"_L1) {
            printHelp(out);
            return CliCommand::Ok;
        } else if (opt == "--version"_L1) {
            out << QCoreApplication::applicationName() << ' '
                << QCoreApplication::applicationVersion() << Qt::endl;
            return CliCommand::Ok;
        } else {
            err << tr("%1: unknown option; see qinqing-cli --help").arg(opt) << Qt::endl;
            return CliCommand::BadInput;
        }
    }
    if (rest.isEmpty()) {
        printHelp(err);
        return CliCommand::BadInput;
    }
    const QString verb = rest.takeFirst();
    CliCommand *command = find(verb);
    if (!command) {
        err << tr("%1: unknown command; see qinqing-cli --help").arg(verb) << Qt::endl;
        return CliCommand::BadInput;
    }
    if (rest.contains("--help"_L1) || rest.contains("-h"_L1)) {
        out << tr("Usage: qinqing-cli [--db PATH] %1 %2").arg(command->name(), command->usage())
            << '\n'
            << command->summary() << Qt::endl;
        return CliCommand::Ok;
    }
    CliContext context(dbPath, out, err);
    const int code = command->run(context, rest);
    out.flush();
    err.flush();
    return code;
}
