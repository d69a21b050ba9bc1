#include "ui/GuiApplication.h"

int main(int argc, char *argv[]) {
    GuiApplication app(argc, argv);
    return app.start();
}
