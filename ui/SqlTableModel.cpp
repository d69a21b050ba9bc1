#include "ui/SqlTableModel.h"

using namespace Qt::StringLiterals;

SqlTableModel::SqlTableModel(std::unique_ptr<PagedQuery> query, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(std::move(query)) {}

SqlTableModel::~SqlTableModel() = default;

void SqlTableModel::setColumns(const QList<Column> &columns) {
    beginResetModel();
    m_columns = columns;
    // The model's columns are the query's, in the query's order.
    Q_ASSERT(m_query->columns().size() == m_columns.size());
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

int SqlTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant raw = row.value(index.column() + 1);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index.column(), raw);
    case Qt::ToolTipRole: {
        const QString text = displayValue(index.column(), raw).toString();
        return text.size() > 30 ? QVariant(text) : QVariant();
    }
    case IdRole:
        return row.value(0);
    case RawRole:
        return raw;
    default:
        return extraData(index.row(), index.column(), role);
    }
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    return {};
}

bool SqlTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_atEnd && !m_columns.isEmpty();
}

void SqlTableModel::fetchMore(const QModelIndex &parent) {
    // Qt 6.4's QAbstractItemModelTester (and views) may call fetchMore() from inside our own
    // modelReset/rowsInserted signals; inserting rows there would nest one change in another.
    if (!canFetchMore(parent) || m_notifying)
        return;
    m_notifying = true;
    QList<QVariantList> rows;
    const bool ok = fetchRows(int(m_rows.size()), m_chunkSize, &rows);
    // At the end, or failing: do not retry a failing query on every scroll.
    if (!ok || rows.size() < m_chunkSize)
        m_atEnd = true;
    if (!ok)
        rows.clear();
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    m_notifying = false;
}

void SqlTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= m_columns.size())
        return;
    if (column >= 0 && !m_query->isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query->setSort(column, order);
    reload();
}

void SqlTableModel::reload() {
    // The first chunk is loaded inside the reset: views call fetchMore() only when they
    // scroll, and a freshly filtered list must show its rows at once.
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    if (!m_columns.isEmpty()) {
        if (!fetchRows(0, m_chunkSize, &m_rows) || m_rows.size() < m_chunkSize)
            m_atEnd = true;
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

int SqlTableModel::columnIndex(const QString &key) const {
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

qint64 SqlTableModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int SqlTableModel::rowOfId(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(0).toLongLong() == id)
            return i;
    return -1;
}

int SqlTableModel::totalCount() const {
    if (m_columns.isEmpty())
        return -1;
    const int n = m_query->count();
    if (n < 0)
        m_lastError = m_query->errorString();
    return n;
}

bool SqlTableModel::fetchRows(int offset, int limit, QList<QVariantList> *rows) {
    if (!m_query->fetch(offset, limit, rows)) {
        m_lastError = m_query->errorString();
        qWarning("SqlTableModel: %s", qPrintable(m_lastError));
        return false;
    }
    return true;
}

bool SqlTableModel::readAllRows(QList<QVariantList> *rows) {
    constexpr int chunk = 2000;
    for (int offset = 0;; offset += chunk) {
        QList<QVariantList> part;
        if (!fetchRows(offset, chunk, &part))
            return false;
        rows->append(part);
        if (part.size() < chunk)
            return true;
    }
}

QVariant SqlTableModel::printValue(int, const QVariant &raw) const {
    return raw;
}

QVariant SqlTableModel::displayValue(int, const QVariant &raw) const {
    return raw;
}

QVariant SqlTableModel::extraData(int, int, int) const {
    return {};
}
