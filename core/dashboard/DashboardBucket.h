#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where an open assignment stands on the dashboard. Every open assignment is in exactly one
// bucket; the order of the tests is the order of the enum after Escalated:
// - Escalated: 提交上级, waiting for a higher level's decision. The lead department cannot
//   finish it on its own, so it is not counted as the department being late.
// - Overdue: its deadline as of the date has passed (AssignmentState's definition).
// - Extended: an approved extension moved its deadline and the new one has not passed.
// - DueSoon: due within the profile's warning window in working days.
// - OnTrack: everything else.
enum class DashboardBucket { Overdue, DueSoon, OnTrack, Extended, Escalated };

class DashboardBuckets {
    Q_DECLARE_TR_FUNCTIONS(DashboardBuckets)

public:
    static QList<DashboardBucket> all();
    static QString code(DashboardBucket bucket); // overdue, due-soon, on-track, extended, escalated
    static DashboardBucket fromCode(const QString &code, bool *ok = nullptr);
    static QString label(DashboardBucket bucket);        // translated, for screens
    static QString chineseLabel(DashboardBucket bucket); // for printed reports
    static QString colour(DashboardBucket bucket);       // #rrggbb, the same on every screen
};
