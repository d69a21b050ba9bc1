#include "core/AppVersion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

AppVersion &stored() {
    // Libraries and tests linked without an executable's main() still know the version.
    static AppVersion version{QStringLiteral(QINQING_VERSION), {}, {}, {}};
    return version;
}

} // namespace

QString AppVersion::text() const {
    if (commit.isEmpty())
        return QCoreApplication::translate("AppVersion", "%1 (commit unknown)").arg(version);
    if (!commitDate.isValid())
        return u"%1 (%2)"_s.arg(version, commit);
    return u"%1 (%2, %3)"_s.arg(version, commit, commitDate.toString(Qt::ISODate));
}

const AppVersion &AppVersion::current() {
    return stored();
}

void AppVersion::setCurrent(const AppVersion &version) {
    stored() = version;
}
