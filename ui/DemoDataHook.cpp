#include "DemoDataHook.h"

#include <QCoreApplication>

namespace DemoDataHook {

bool available() {
    return false; // core/demo is not in this build yet
}

bool generate(Database &, QString *error) {
    if (error)
        *error = QCoreApplication::translate("DemoDataHook", "Demo data is not available.");
    return false;
}

} // namespace DemoDataHook
