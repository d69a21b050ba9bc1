#pragma once

// Included by the executables' main.cpp only: QinqingBuildInfo.h is generated at every build
// (installer/BuildInfo.cmake) and changes with each commit, which then rebuilds these two files
// and nothing else.
#include "QinqingBuildInfo.h"
#include "core/AppVersion.h"

inline const AppVersion &installBuildInfo() {
    AppVersion::setCurrent({QStringLiteral(QINQING_VERSION), QStringLiteral(QINQING_GIT_COMMIT),
                            QDate::fromString(QStringLiteral(QINQING_GIT_DATE), Qt::ISODate),
                            QStringLiteral(QINQING_DEB_VERSION)});
    return AppVersion::current();
}
