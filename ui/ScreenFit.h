#pragma once

#include <QSize>

class QWidget;

// Window sizes that suit the screen the window is on: what a window would like on a large
// screen, but no larger than the screen's free area (task bar excluded) less the title bar and
// frame, so that no button sits off a 1366 × 768 laptop or a 1024 × 768 office machine.
namespace ScreenFit {
// The free area of the window's screen less room for the frame (1280 × 720 when unknown).
QSize room(const QWidget *window);
// Resizes to `wanted` bounded by room() (never below the window's minimum size hint); returns
// whether `wanted` had to shrink.
bool resize(QWidget *window, const QSize &wanted);
} // namespace ScreenFit
