#include "core/cli/CliHelp.h"

#include "core/AppVersion.h"
#include "core/Database.h"
#include "core/cli/CliCommand.h"
#include "core/cli/ManPageWriter.h"

#include <QDir>

using namespace Qt::StringLiterals;

CliHelp::CliHelp(const Commands &commands)
    : m_commands(commands) {}

QString CliHelp::synopsis(const CliCommand &command) {
    return u"qinqing-cli [--db PATH] %1 %2"_s.arg(command.name(), command.usage());
}

QString CliHelp::globalOptions() const {
    // Where a database goes when --db is not given, written with ~ so that the man page
    // generated at build time does not carry the builder's home folder.
    QString path = QDir::toNativeSeparators(Database::defaultPath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (path.startsWith(home))
        path = u"~"_s + path.mid(home.size());
    return u"  --db PATH   "_s +
           tr("the database file (default: %1); only init creates a new one").arg(path) + u'\n' +
           u"  --help      "_s + tr("this overview; help COMMAND explains a command") + u'\n' +
           u"  --version   "_s + tr("the program's version and the commit it was built from") +
           u'\n';
}

QString CliHelp::exitStatus() const {
    return tr("Exit status: 0 done; 1 the work failed (database, file system); 2 the input was "
              "wrong (an argument, a file's content), with a message on standard error that "
              "names it. A command may add its own, listed in its help.");
}

QString CliHelp::overview() const {
    QString text = tr("Usage: qinqing-cli [--db PATH] COMMAND [ARGUMENTS]") + u"\n\n"_s +
                   tr("Commands:") + u'\n';
    for (const auto &c : m_commands)
        text += u"  "_s + c->name().leftJustified(10) + u' ' + c->summary() + u'\n';
    text += u"  "_s + u"help"_s.leftJustified(10) + u' ' +
            tr("explain a command: help COMMAND (or COMMAND --help)") + u"\n\n"_s + tr("Options:") +
            u'\n' + globalOptions() + u'\n' + exitStatus() + u'\n' +
            tr("The manual of every command: man qinqing-cli") + u'\n';
    return text;
}

QString CliHelp::verb(const CliCommand &command) const {
    QString text = tr("Usage: %1").arg(synopsis(command)) + u"\n\n"_s + command.summary() + u'\n';
    const QString description = command.description().trimmed();
    if (!description.isEmpty())
        text += u'\n' + command.description() + u'\n';
    return text;
}

QString CliHelp::manPage() const {
    const AppVersion &version = AppVersion::current();
    ManPageWriter man(u"qinqing-cli"_s, version);
    man.section(tr("NAME"));
    man.line(u"qinqing-cli - "_s +
             tr("the command line of Qinqing, case management for government-enterprise "
                "dialogue meetings"));
    man.section(tr("SYNOPSIS"));
    man.preformatted(tr("qinqing-cli [--db PATH] COMMAND [ARGUMENTS]"));
    man.section(tr("DESCRIPTION"));
    man.text(tr("qinqing-cli works on the same database file as the desktop program qinqing: "
                "it creates a database, imports and lists appeals, computes deadlines on the "
                "official working-day calendar, prints the official forms, writes exports and "
                "reports, and fills a database with demo data. It needs no display, so that it "
                "runs in scripts, over ssh and from cron."));
    man.section(tr("OPTIONS"));
    man.text(globalOptions());
    man.section(tr("COMMANDS"));
    for (const auto &c : m_commands) {
        man.subsection(c->name());
        man.preformatted(synopsis(*c));
        man.text(c->summary());
        man.text(c->description());
    }
    man.subsection(u"help"_s);
    man.preformatted(u"qinqing-cli help [COMMAND | --man]"_s);
    man.text(tr("Without a command: the overview of --help. With one: that command's manual, "
                "as in this page. --man writes this page."));
    man.section(tr("EXIT STATUS"));
    man.text(exitStatus());
    man.section(tr("ENVIRONMENT"));
    man.preformatted(
        u"LANG, LC_ALL, LC_MESSAGES   "_s +
        tr("a Chinese locale (zh_CN.UTF-8) gives Chinese messages; English otherwise") +
        u"\nQT_QPA_PLATFORM             "_s +
        tr("offscreen when not set: qinqing-cli needs no display"));
    man.section(tr("SEE ALSO"));
    man.text(tr("qinqing(1); the manual inside the program (F1)."));
    return man.result();
}
