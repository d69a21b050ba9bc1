#include "ui/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ScreenFit {

QSize room(const QWidget *window) {
    const QScreen *screen =
        window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    // Room for the title bar and frame the window manager adds.
    return screen ? screen->availableGeometry().size() - QSize(16, 48) : QSize(1280, 720);
}

bool resize(QWidget *window, const QSize &wanted) {
    const QSize fitted = wanted.boundedTo(room(window)).expandedTo(window->minimumSizeHint());
    window->resize(fitted);
    return fitted != wanted;
}

} // namespace ScreenFit
