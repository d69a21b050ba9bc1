#pragma once

// The GUI suites keep window geometry, drafts and recent files in settings of their own, apart
// from the developer's and from each other's: Qt's test locations, under the suite's name.

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

inline void useTestSettings(const QString &suite) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("qinqing-test"));
    QCoreApplication::setApplicationName(suite);
}
