#include "core/dashboard/DashboardBucket.h"

using namespace Qt::StringLiterals;

QList<DashboardBucket> DashboardBuckets::all() {
    return {DashboardBucket::Overdue, DashboardBucket::DueSoon, DashboardBucket::OnTrack,
            DashboardBucket::Extended, DashboardBucket::Escalated};
}

QString DashboardBuckets::code(DashboardBucket bucket) {
    switch (bucket) {
    case DashboardBucket::Overdue:
        return u"overdue"_s;
    case DashboardBucket::DueSoon:
        return u"due-soon"_s;
    case DashboardBucket::OnTrack:
        return u"on-track"_s;
    case DashboardBucket::Extended:
        return u"extended"_s;
    case DashboardBucket::Escalated:
        return u"escalated"_s;
    }
    return {};
}

DashboardBucket DashboardBuckets::fromCode(const QString &text, bool *ok) {
    for (DashboardBucket b : all()) {
        if (code(b) == text) {
            if (ok)
                *ok = true;
            return b;
        }
    }
    if (ok)
        *ok = false;
    return DashboardBucket::OnTrack;
}

QString DashboardBuckets::label(DashboardBucket bucket) {
    switch (bucket) {
    case DashboardBucket::Overdue:
        return tr("Overdue");
    case DashboardBucket::DueSoon:
        return tr("Due soon");
    case DashboardBucket::OnTrack:
        return tr("On track");
    case DashboardBucket::Extended:
        return tr("Extended");
    case DashboardBucket::Escalated:
        return tr("Escalated");
    }
    return {};
}

QString DashboardBuckets::chineseLabel(DashboardBucket bucket) {
    switch (bucket) {
    case DashboardBucket::Overdue:
        return u"已超期"_s;
    case DashboardBucket::DueSoon:
        return u"临近期限"_s;
    case DashboardBucket::OnTrack:
        return u"正常办理"_s;
    case DashboardBucket::Extended:
        return u"已延期"_s;
    case DashboardBucket::Escalated:
        return u"提交上级"_s;
    }
    return {};
}

QString DashboardBuckets::colour(DashboardBucket bucket) {
    switch (bucket) {
    case DashboardBucket::Overdue:
        return u"#d32f2f"_s; // red
    case DashboardBucket::DueSoon:
        return u"#f9a825"_s; // amber
    case DashboardBucket::OnTrack:
        return u"#388e3c"_s; // green
    case DashboardBucket::Extended:
        return u"#1976d2"_s; // blue
    case DashboardBucket::Escalated:
        return u"#7b1fa2"_s; // purple
    }
    return u"#000000"_s;
}
