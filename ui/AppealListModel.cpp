#include "ui/AppealListModel.h"

#include "core/Clock.h"
#include "core/StatusLabels.h"

#include <QBrush>
#include <QColor>
#include <QDate>

using namespace Qt::StringLiterals;

namespace {
// The printed list's headers, worded as the exported problem list (ExportQuery) words them.
QString printTitle(AppealListQuery::Column column) {
    using C = AppealListQuery::Column;
    switch (column) {
    case C::Number:
        return u"编号"_s;
    case C::SubmitDate:
        return u"提交日期"_s;
    case C::SubmittingUnit:
        return u"提交单位"_s;
    case C::Enterprise:
        return u"企业"_s;
    case C::Domain:
        return u"领域"_s;
    case C::Channel:
        return u"来源渠道"_s;
    case C::Status:
        return u"受理情况"_s;
    case C::CollectingDepartment:
        return u"收集部门"_s;
    case C::LeadDepartment:
        return u"牵头承办部门"_s;
    case C::AssignmentStatus:
        return u"办理状态"_s;
    case C::DueDate:
        return u"办理期限"_s;
    }
    return {};
}
} // namespace

AppealListModel::AppealListModel(Database &db, QObject *parent)
    : SqlTableModel(std::make_unique<AppealListPages>(db), parent)
    , m_pages(static_cast<AppealListPages *>(&query())) {
    QList<Column> columns;
    for (AppealListQuery::Column c : AppealListQuery::columns()) {
        const QString code = AppealListQuery::columnCode(c);
        columns.append({code, AppealListQuery::columnTitle(c), printTitle(c)});
    }
    setColumns(columns);
    sort(columnIndex(QStringLiteral("number")), Qt::DescendingOrder); // newest first
}

void AppealListModel::setFilter(const AppealListQuery::Filter &filter) {
    m_pages->query().setFilter(filter);
    reload();
}

AppealListQuery::Column AppealListModel::columnAt(int section) const {
    return m_pages->columnAt(section);
}

AppealListQuery::Count AppealListModel::estimatedCount() {
    const AppealListQuery::Count count = m_pages->query().estimatedCount();
    if (count.value < 0)
        setLastError(m_pages->query().errorString());
    return count;
}

QVariant AppealListModel::displayValue(int column, const QVariant &raw) const {
    switch (columnAt(column)) {
    case AppealListQuery::Column::Status:
        return StatusLabels::appeal(raw.toString());
    case AppealListQuery::Column::AssignmentStatus:
        return StatusLabels::assignment(raw.toString());
    case AppealListQuery::Column::SubmitDate:
    case AppealListQuery::Column::DueDate: {
        const QDate d = raw.toDate();
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    default:
        return raw;
    }
}

QVariant AppealListModel::printValue(int column, const QVariant &raw) const {
    switch (columnAt(column)) {
    case AppealListQuery::Column::Status:
        return StatusLabels::printedAppeal(raw.toString());
    case AppealListQuery::Column::AssignmentStatus:
        return raw.toString().isEmpty() ? QString()
                                        : StatusLabels::printedAssignment(raw.toString());
    default:
        return raw;
    }
}

QVariant AppealListModel::extraData(int row, int column, int role) const {
    if (role != Qt::ForegroundRole || columnAt(column) != AppealListQuery::Column::DueDate)
        return {};
    const int statusColumn = columnIndex(QStringLiteral("assignment_status"));
    const QString status = index(row, statusColumn).data(RawRole).toString();
    const QDate due = index(row, column).data(RawRole).toDate();
    if (AssignmentState::isOverdue(status, due, Clock::today()))
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    return {};
}
