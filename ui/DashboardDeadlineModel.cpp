#include "ui/DashboardDeadlineModel.h"

#include "core/dashboard/DashboardBucket.h"
#include "ui/DashboardTexts.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

DashboardDeadlineModel::DashboardDeadlineModel(DashboardTexts &texts, QObject *parent)
    : SelfSortingTableModel(-1, parent)
    , m_texts(texts) {}

void DashboardDeadlineModel::setSnapshot(const DashboardSnapshot &snapshot) {
    beginResetModel();
    m_reports = snapshot.reports;
    m_meetings = snapshot.meetingDeadlines;
    m_departments = snapshot.departmentNames;
    m_rows.clear();
    m_rows.reserve(m_reports.size() + m_meetings.size());
    for (int i = 0; i < m_reports.size(); ++i)
        m_rows << i;
    for (int i = 0; i < m_meetings.size(); ++i)
        m_rows << -1 - i;
    sortRows();
    endResetModel();
}

const ReportDue *DashboardDeadlineModel::report(int entry) const {
    return entry >= 0 ? &m_reports.at(entry) : nullptr;
}

const MeetingDeadline *DashboardDeadlineModel::meeting(int entry) const {
    return entry < 0 ? &m_meetings.at(-1 - entry) : nullptr;
}

QDate DashboardDeadlineModel::deadline(int entry) const {
    return entry >= 0 ? report(entry)->due : meeting(entry)->deadline;
}

bool DashboardDeadlineModel::missed(int entry) const {
    return entry >= 0 ? report(entry)->missed : meeting(entry)->missed;
}

void DashboardDeadlineModel::updateIds() {
    m_ids.clear();
    m_ids.reserve(m_rows.size());
    for (int entry : m_rows)
        m_ids << (entry >= 0 ? m_reports.at(entry).assignmentId : 0);
}

void DashboardDeadlineModel::sortRows() {
    // Missed first, then by date; among equal dates the snapshot's order (stable sorts).
    auto byDate = [this](int a, int b) {
        if (missed(a) != missed(b))
            return missed(a);
        return deadline(a) < deadline(b);
    };
    const int column = sortColumn();
    if (column < 0) {
        std::stable_sort(m_rows.begin(), m_rows.end(), byDate);
    } else if (column == Deadline) {
        std::stable_sort(
            m_rows.begin(), m_rows.end(),
            ordered<int>(sortOrder(), [this](int a, int b) { return deadline(a) < deadline(b); }));
    } else {
        updateIds();
        if (column == Subject)
            m_texts.loadAll(m_ids);
        QHash<int, QString> key;
        for (int row = 0; row < m_rows.size(); ++row)
            key.insert(m_rows.at(row), text(row, column));
        std::stable_sort(m_rows.begin(), m_rows.end(), ordered<int>(sortOrder(), [&](int a, int b) {
                             const QString &ka = key[a];
                             const QString &kb = key[b];
                             return ka != kb ? ka < kb : byDate(a, b);
                         }));
    }
    updateIds();
}

QString DashboardDeadlineModel::text(int row, int column) const {
    const int entry = m_rows.at(row);
    const ReportDue *r = report(entry);
    const MeetingDeadline *m = meeting(entry);
    switch (column) {
    case Kind:
        if (r)
            return r->tenDay ? tr("Ten-day progress report") : tr("First progress report");
        switch (m->kind) {
        case MeetingDeadline::Kind::Notice:
            return tr("Meeting notice");
        case MeetingDeadline::Kind::Catalogue:
            return tr("Problem catalogue");
        case MeetingDeadline::Kind::Assignment:
            return tr("Assign after meeting");
        }
        return {};
    case Subject:
        if (r) {
            const QString number = m_texts.at(m_ids, row).appealNumber;
            return number.isEmpty() ? tr("Assignment %1").arg(r->assignmentId) : number;
        }
        return tr("%1 (%2)").arg(m->meetingTitle,
                                 QLocale().toString(m->meetingDate, QLocale::ShortFormat));
    case Department:
        return r ? m_departments.value(r->departmentId) : QString();
    case Deadline:
        return QLocale().toString(deadline(entry), QLocale::ShortFormat) +
               (m && !m->certain ? QStringLiteral(" *") : QString());
    case State:
        return missed(entry) ? tr("Missed") : (m && m->done) ? tr("Done") : tr("Due");
    default:
        return {};
    }
}

int DashboardDeadlineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardDeadlineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardDeadlineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int entry = m_rows.at(index.row());
    const MeetingDeadline *m = meeting(entry);
    if (role == Qt::UserRole)
        return m ? qint64(0) : report(entry)->assignmentId;
    if (role == Qt::DecorationRole && index.column() == State)
        return QColor(DashboardBuckets::colour(missed(entry)    ? DashboardBucket::Overdue
                                               : (m && m->done) ? DashboardBucket::OnTrack
                                                                : DashboardBucket::DueSoon));
    if (role == Qt::ToolTipRole && index.column() == Deadline && m && !m->certain)
        return tr("Estimate: the working-day calendar lacks a year this count passes through.");
    if (role != Qt::DisplayRole)
        return {};
    return text(index.row(), index.column());
}

QVariant DashboardDeadlineModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("What");
    case Subject:
        return tr("Item or meeting");
    case Department:
        return tr("Department");
    case Deadline:
        return tr("Deadline");
    case State:
        return tr("State");
    default:
        return {};
    }
}
