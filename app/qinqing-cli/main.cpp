#include "app/BuildInfo.h"
#include "app/qinqing-cli/CliApplication.h"
#include "translations/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[]) {
    // Printing needs fonts and a paint device, hence a GUI application, but the CLI must run
    // on a server with no display: fall back to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Cron jobs and ssh sessions have no XDG_RUNTIME_DIR; Qt then warns on stderr, which
    // scripts read for our messages. Use the private folder Qt would fall back to anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
        if (QDir().mkpath(dir)) {
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationVersion(installBuildInfo().text());
    Translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli;
    cli.addAllCommands();
    return cli.run(app.arguments().mid(1), out, err);
}
