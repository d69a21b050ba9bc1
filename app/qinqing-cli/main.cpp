#include "core/BuildInfo.h"
#include "core/cli/CliApplication.h"
#include "core/cli/PrintingLibrary.h"
#include "core/cli/PrintingVerbs.h"
#include "translations/Translations.h"

#include <QTextStream>
#include <memory>

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CliApplication cli;
    cli.addAllCommands();
    // Only the verbs that paint load the printing library (Qt Gui and the rest) and run under
    // its QGuiApplication with a platform plugin; every other verb costs a QCoreApplication, a
    // few milliseconds. When the library cannot be loaded the verb says so, translated.
    PrintingVerbs *printing =
        cli.needsGuiApplication(arguments) ? PrintingLibrary::verbs() : nullptr;
    const std::unique_ptr<QCoreApplication> app =
        printing ? printing->createApplication(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationName(QStringLiteral("qinqing"));
    QCoreApplication::setApplicationVersion(installBuildInfo().text());
    Translations::install(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
