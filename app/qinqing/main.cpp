#include "core/BuildInfo.h"
#include "ui/GuiApplication.h"

int main(int argc, char *argv[]) {
    GuiApplication app(argc, argv);
    // --version and the About box show the commit too.
    app.setApplicationVersion(installBuildInfo().text());
    return app.start();
}
