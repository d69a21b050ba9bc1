#include "ui/DashboardItemModel.h"

#include "ui/DashboardTexts.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

DashboardItemModel::DashboardItemModel(DashboardTexts &texts, QObject *parent)
    : SelfSortingTableModel(Due, parent)
    , m_texts(texts) {}

void DashboardItemModel::setSnapshot(const DashboardSnapshot &snapshot,
                                     const QList<DashboardBucket> &buckets,
                                     const WorkCalendar &calendar) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(snapshot.items.size());
    QDate earliest = snapshot.asOf;
    for (const DashboardItem &item : snapshot.items) {
        if (buckets.isEmpty() || buckets.contains(item.bucket)) {
            m_rows << item;
            if (item.bucket == DashboardBucket::Overdue)
                earliest = std::min(earliest, item.dueDate);
        }
    }
    m_departments = snapshot.departmentNames;
    m_asOf = snapshot.asOf;
    m_ordinals = WorkdayOrdinals(calendar, earliest, snapshot.asOf);
    sortRows();
    endResetModel();
}

qint64 DashboardItemModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DashboardItemModel::lateDays(const DashboardItem &item) const {
    if (item.bucket != DashboardBucket::Overdue)
        return 0;
    return m_ordinals.ordinal(m_asOf) - m_ordinals.ordinal(item.dueDate);
}

QString DashboardItemModel::textOf(int row, int column) const {
    const DashboardQuery::Texts &t = m_texts.at(m_ids, row);
    return column == Number ? t.appealNumber : column == Enterprise ? t.enterprise : t.problem;
}

void DashboardItemModel::sortRows() {
    const int column = sortColumn();
    // Ties, and the columns without an order of their own, go by deadline, then id.
    auto byDue = [](const DashboardItem &a, const DashboardItem &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.id < b.id;
    };
    // Each row's key is worked out once, not at every comparison (66,000 rows at a million
    // appeals: a million comparisons, each a hash look-up and a string copy per side).
    auto sortBy = [&](auto key) {
        using Key = decltype(key(m_rows.first()));
        QList<std::pair<Key, DashboardItem>> keyed;
        keyed.reserve(m_rows.size());
        for (const DashboardItem &item : std::as_const(m_rows))
            keyed.append({key(item), item});
        using Keyed = std::pair<Key, DashboardItem>;
        std::stable_sort(keyed.begin(), keyed.end(),
                         ordered<Keyed>(sortOrder(), [&](const Keyed &a, const Keyed &b) {
                             return a.first != b.first ? a.first < b.first
                                                       : byDue(a.second, b.second);
                         }));
        for (qsizetype i = 0; i < keyed.size(); ++i)
            m_rows[i] = keyed.at(i).second;
    };
    if (column == Number || column == Enterprise || column == Problem) {
        // The one order that needs every row's text: that column alone, read once.
        const QHash<qint64, QString> text =
            m_texts.sortTexts(m_asOf, column == Number ? DashboardQuery::TextField::AppealNumber
                                      : column == Enterprise ? DashboardQuery::TextField::Enterprise
                                                             : DashboardQuery::TextField::Problem);
        sortBy([&](const DashboardItem &i) { return text.value(i.id); });
    } else if (column == Department) {
        sortBy([&](const DashboardItem &i) { return m_departments.value(i.departmentId); });
    } else if (column == Late) {
        sortBy([&](const DashboardItem &i) { return lateDays(i); });
    } else if (column == State) {
        const QList<DashboardBucket> order = DashboardBuckets::all();
        sortBy([&](const DashboardItem &i) { return order.indexOf(i.bucket); });
    } else {
        std::stable_sort(m_rows.begin(), m_rows.end(), ordered<DashboardItem>(sortOrder(), byDue));
    }
    m_ids.clear();
    m_ids.reserve(m_rows.size());
    for (const DashboardItem &item : m_rows)
        m_ids << item.id;
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
    const DashboardItem &item = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return item.id;
    if (role == Qt::DecorationRole && index.column() == Number)
        return QColor(DashboardBuckets::colour(item.bucket));
    if (role == Qt::ToolTipRole && index.column() == Problem)
        return textOf(index.row(), Problem);
    if (role == Qt::TextAlignmentRole && index.column() == Late)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
    case Enterprise:
        return textOf(index.row(), index.column());
    case Problem:
        return textOf(index.row(), Problem).left(60);
    case Department:
        return m_departments.value(item.departmentId);
    case Due:
        return QLocale().toString(item.dueDate, QLocale::ShortFormat);
    case Late: {
        const int late = lateDays(item);
        return late > 0 ? QVariant(late) : QVariant();
    }
    case State:
        return DashboardBuckets::label(item.bucket);
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
