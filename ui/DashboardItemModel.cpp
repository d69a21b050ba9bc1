#include "DashboardItemModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

DashboardItemModel::DashboardItemModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DashboardItemModel::setRows(const QList<DashboardQuery::Detail> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DashboardItemModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardItemModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardItemModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardQuery::Detail &d = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return d.id;
    if (role == Qt::DecorationRole && index.column() == Number)
        return QColor(DashboardBuckets::colour(d.bucket));
    if (role == Qt::ToolTipRole && index.column() == Problem)
        return d.problem;
    if (role == Qt::TextAlignmentRole && index.column() == Late)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return d.appealNumber;
    case Enterprise:
        return d.enterprise;
    case Problem:
        return d.problem.left(60);
    case Department:
        return d.department;
    case Due:
        return QLocale().toString(d.dueDate, QLocale::ShortFormat);
    case Late:
        return d.overdueWorkingDays > 0 ? QVariant(d.overdueWorkingDays) : QVariant();
    case State:
        return DashboardBuckets::label(d.bucket);
    default:
        return {};
    }
}

QVariant DashboardItemModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Enterprise:
        return tr("Enterprise");
    case Problem:
        return tr("Problem");
    case Department:
        return tr("Lead department");
    case Due:
        return tr("Deadline");
    case Late:
        return tr("Working days late");
    case State:
        return tr("State");
    default:
        return {};
    }
}
