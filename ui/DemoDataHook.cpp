#include "ui/DemoDataHook.h"

#include "core/Clock.h"
#include "core/demo/DemoDataGenerator.h"

namespace DemoDataHook {

bool available() {
    return true;
}

bool generate(Database &db, QString *error) {
    DemoDataGenerator generator(db);
    DemoDataGenerator::Options options;
    options.appeals = 1500; // enough to scroll, filter and see every status
    // As of the clerk's today, so that the dashboard shows items overdue, due soon and on
    // track; deadlines beyond the calendar's last year are marked uncertain, as real ones are.
    options.today = Clock::today();
    if (generator.generate(options))
        return true;
    if (error)
        *error = generator.errorString();
    return false;
}

} // namespace DemoDataHook
