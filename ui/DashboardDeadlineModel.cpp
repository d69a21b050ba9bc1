#include "DashboardDeadlineModel.h"

#include "DashboardBucket.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

DashboardDeadlineModel::DashboardDeadlineModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DashboardDeadlineModel::setSnapshot(const DashboardSnapshot &snapshot) {
    QHash<qint64, QString> departments;
    for (const DepartmentScore &s : snapshot.departments)
        departments.insert(s.departmentId, s.department);
    QList<Row> rows;
    for (const ReportDue &r : snapshot.reports) {
        Row row;
        row.kind = r.tenDay ? tr("Ten-day progress report") : tr("First progress report");
        row.subject =
            r.appealNumber.isEmpty() ? tr("Assignment %1").arg(r.assignmentId) : r.appealNumber;
        row.department = departments.value(r.departmentId);
        row.deadline = r.due;
        row.missed = r.missed;
        row.assignmentId = r.assignmentId;
        rows << row;
    }
    for (const MeetingDeadline &m : snapshot.meetingDeadlines) {
        Row row;
        switch (m.kind) {
        case MeetingDeadline::Kind::Notice:
            row.kind = tr("Meeting notice");
            break;
        case MeetingDeadline::Kind::Catalogue:
            row.kind = tr("Problem catalogue");
            break;
        case MeetingDeadline::Kind::Assignment:
            row.kind = tr("Assign after meeting");
            break;
        }
        row.subject = tr("%1 (%2)").arg(m.meetingTitle,
                                        QLocale().toString(m.meetingDate, QLocale::ShortFormat));
        row.deadline = m.deadline;
        row.missed = m.missed;
        row.done = m.done;
        row.certain = m.certain;
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.missed != b.missed)
            return a.missed;
        return a.deadline < b.deadline;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
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
    const Row &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.assignmentId;
    if (role == Qt::DecorationRole && index.column() == State)
        return QColor(DashboardBuckets::colour(r.missed ? DashboardBucket::Overdue
                                               : r.done ? DashboardBucket::OnTrack
                                                        : DashboardBucket::DueSoon));
    if (role == Qt::ToolTipRole && index.column() == Deadline && !r.certain)
        return tr("Estimate: the working-day calendar lacks a year this count passes through.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return r.kind;
    case Subject:
        return r.subject;
    case Department:
        return r.department;
    case Deadline:
        return QLocale().toString(r.deadline, QLocale::ShortFormat) +
               (r.certain ? QString() : QStringLiteral(" *"));
    case State:
        return r.missed ? tr("Missed") : r.done ? tr("Done") : tr("Due");
    default:
        return {};
    }
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
