#include "ui/DepartmentScoreModel.h"

#include <QLocale>

DepartmentScoreModel::DepartmentScoreModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DepartmentScoreModel::setScores(const QList<DepartmentScore> &scores) {
    beginResetModel();
    m_scores = scores;
    endResetModel();
}

int DepartmentScoreModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_scores.size());
}

int DepartmentScoreModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentScoreModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentScore &s = m_scores.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Department)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == OnTimeRate)
        return tr("%1 of %2 completed on time").arg(s.completedOnTime).arg(s.completed);
    if (role == Qt::ToolTipRole && index.column() == SatisfactionRate)
        return tr("satisfied %1, basically satisfied %2, unsatisfied %3")
            .arg(s.satisfied)
            .arg(s.basic)
            .arg(s.unsatisfied);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    auto percent = [&](double rate) -> QVariant {
        if (rate < 0)
            return raw ? QVariant(-1.0) : QVariant();
        return raw ? QVariant(rate) : QVariant(QLocale().toString(rate * 100, 'f', 1) + u'%');
    };
    switch (index.column()) {
    case Department:
        return s.department;
    case Open:
        return s.open;
    case Overdue:
        return s.overdue;
    case OnTimeRate:
        return percent(s.onTimeRate());
    case Extensions:
        return s.extensions;
    case AverageDays:
        if (s.averageWorkingDays() < 0)
            return raw ? QVariant(-1.0) : QVariant();
        return raw ? QVariant(s.averageWorkingDays())
                   : QVariant(QLocale().toString(s.averageWorkingDays(), 'f', 1));
    case SatisfactionRate:
        return percent(s.satisfactionRate());
    case Rehandled:
        return s.rehandled;
    default:
        return {};
    }
}

QVariant DepartmentScoreModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Department:
        return tr("Department");
    case Open:
        return tr("Open");
    case Overdue:
        return tr("Overdue");
    case OnTimeRate:
        return tr("On time");
    case Extensions:
        return tr("Extensions");
    case AverageDays:
        return tr("Avg. working days");
    case SatisfactionRate:
        return tr("Satisfied");
    case Rehandled:
        return tr("Re-handled");
    default:
        return {};
    }
}
