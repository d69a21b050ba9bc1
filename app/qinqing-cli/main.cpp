#include "CliApplication.h"
#include "FormsCommands.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Printing needs fonts and a paint device, hence a GUI application, but the CLI must run
    // on a server with no display: fall back to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINQING_VERSION));
    Translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli;
    cli.addCoreCommands();
    FormsCommands::addTo(cli);
    return cli.run(app.arguments().mid(1), out, err);
}
