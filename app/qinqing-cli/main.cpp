#include "app/BuildInfo.h"
#include "app/qinqing-cli/CliApplication.h"
#include "translations/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

// Printing needs fonts and a paint device, hence a GUI application, but the CLI must run on a
// server with no display: fall back to the offscreen platform.
std::unique_ptr<QCoreApplication> guiApplication(int &argc, char *argv[]) {
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
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CliApplication cli;
    cli.addAllCommands();
    // Only the verbs that paint pay for a platform plugin and fonts (a list or a check runs in
    // a few milliseconds, as a sqlite3 process does).
    const std::unique_ptr<QCoreApplication> app =
        cli.needsGuiApplication(arguments) ? guiApplication(argc, argv)
                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationVersion(installBuildInfo().text());
    Translations::install(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
