#include "core/cli/PrintingCommand.h"

#include "core/cli/CliContext.h"
#include "core/cli/PrintingLibrary.h"
#include "core/cli/PrintingVerbs.h"

PrintingCommand::PrintingCommand(QString name)
    : m_name(std::move(name)) {}

// The library's objects are destroyed by the library's code, which stays loaded.
PrintingCommand::~PrintingCommand() = default;

CliCommand *PrintingCommand::command() const {
    if (m_command)
        return m_command;
    PrintingVerbs *verbs = PrintingLibrary::verbs(&m_error);
    if (!verbs)
        return nullptr;
    if (m_loaded.empty())
        m_loaded = verbs->commands();
    for (const auto &c : m_loaded) {
        if (c->name() == m_name)
            m_command = c.get();
    }
    if (!m_command)
        m_error = tr("the printing library has no command %1").arg(m_name);
    return m_command;
}

QString PrintingCommand::summary() const {
    const CliCommand *c = command();
    return c ? c->summary() : tr("(not available: %1)").arg(m_error);
}

QString PrintingCommand::usage() const {
    const CliCommand *c = command();
    return c ? c->usage() : QString();
}

QString PrintingCommand::description() const {
    const CliCommand *c = command();
    return c ? c->description() : tr("Not available: %1").arg(m_error);
}

int PrintingCommand::run(CliContext &context, const QStringList &args) {
    CliCommand *c = command();
    if (!c) {
        context.err() << m_name << ": " << m_error << Qt::endl;
        return Failed;
    }
    PrintingLibrary::shareToday(*PrintingLibrary::verbs());
    return c->run(context, args);
}
