#include "PageRegistry.h"

#include "AppealsPage.h"
#include "AssignmentsPage.h"
#include "DepartmentsLeadersPage.h"
#include "EnterprisesPage.h"
#include "MeetingsPage.h"
#include "SettingsPage.h"
#include "TopicsPage.h"

using namespace Qt::StringLiterals;

namespace {
template <typename Page>
PageEntry entry(const QString &key, const QString &title, const QString &icon) {
    return {key, title, icon, [](Database &db, QWidget *parent) -> QWidget * {
                return new Page(db, parent);
            }};
}
} // namespace

QList<PageEntry> PageRegistry::standardPages() {
    // The order follows an appeal's life: collect, bundle, meet, assign; then the registries
    // and the settings. 待办 (the dashboard) comes with a later release.
    return {
        entry<AppealsPage>(u"appeals"_s, tr("Appeals"), u"mail-message"_s),
        entry<TopicsPage>(u"topics"_s, tr("Topics"), u"view-list-tree"_s),
        entry<MeetingsPage>(u"meetings"_s, tr("Meetings"), u"x-office-calendar"_s),
        entry<AssignmentsPage>(u"assignments"_s, tr("Assignments"), u"task-due"_s),
        entry<EnterprisesPage>(u"enterprises"_s, tr("Enterprises"), u"system-users"_s),
        entry<DepartmentsLeadersPage>(u"departments"_s, tr("Departments & leaders"), u"go-home"_s),
        entry<SettingsPage>(u"settings"_s, tr("Settings"), u"preferences-system"_s),
    };
}
