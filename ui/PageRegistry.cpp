#include "ui/PageRegistry.h"

#include "ui/AppealsPage.h"
#include "ui/DashboardPage.h"
#include "ui/DepartmentsLeadersPage.h"
#include "ui/EnterprisesPage.h"
#include "ui/SettingsPage.h"
#include "ui/workflow/AssignmentsPage.h"
#include "ui/workflow/MeetingsPage.h"
#include "ui/workflow/TopicsPage.h"

using namespace Qt::StringLiterals;

namespace {
template <typename Page>
PageEntry entry(const QString &key, const QString &title, const QString &icon) {
    return {key, title, icon, [](Database &db, QWidget *parent) -> Page * {
                return new Page(db, parent);
            }};
}
} // namespace

QList<PageEntry> PageRegistry::standardPages() {
    // 待办 first: the supervision office starts its day on what is overdue. Then the order
    // follows an appeal's life: collect, bundle, meet, assign; then registries and settings.
    return {
        entry<DashboardPage>(u"dashboard"_s, tr("Dashboard"), u"view-calendar-tasks"_s),
        entry<AppealsPage>(u"appeals"_s, tr("Appeals"), u"mail-message"_s),
        entry<TopicsPage>(u"topics"_s, tr("Topics"), u"view-list-tree"_s),
        entry<MeetingsPage>(u"meetings"_s, tr("Meetings"), u"x-office-calendar"_s),
        entry<AssignmentsPage>(u"assignments"_s, tr("Assignments"), u"task-due"_s),
        entry<EnterprisesPage>(u"enterprises"_s, tr("Enterprises"), u"system-users"_s),
        entry<DepartmentsLeadersPage>(u"departments"_s, tr("Departments & leaders"), u"go-home"_s),
        entry<SettingsPage>(u"settings"_s, tr("Settings"), u"preferences-system"_s),
    };
}
