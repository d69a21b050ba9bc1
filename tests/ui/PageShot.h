#pragma once

#include <QApplication>
#include <QDir>
#include <QString>
#include <QWidget>

// With QINQING_SCREENSHOT_DIR set, a page is saved as a PNG to look at it as a user would.
inline void shoot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("QINQING_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->resize(1280, 760);
    w->show();
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
