#include "ui/workflow/AssignmentsModel.h"

#include "core/CalendarRepository.h"
#include "core/Clock.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/queries/AssignmentListQuery.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;
using State = AssignmentService::DeadlineState;

AssignmentsModel::AssignmentsModel(Database &db, QObject *parent)
    : SqlTableModel(std::make_unique<AssignmentListQuery>(db), parent)
    , m_db(db)
    , m_query(static_cast<AssignmentListQuery *>(&query())) {
    setColumns({{u"number"_s, tr("Appeal"), u"编号"_s},
                {u"subject"_s, tr("Subject"), u"议题主要内容"_s},
                {u"lead"_s, tr("Lead department"), u"牵头承办部门"_s},
                {u"assigned"_s, tr("Assigned"), u"交办日期"_s},
                {u"due"_s, tr("Due"), u"办理期限"_s},
                {u"original"_s, tr("Original due"), u"原定期限"_s},
                {u"status"_s, tr("Status"), u"办理状态"_s},
                {u"extensions"_s, tr("Extensions"), u"延期次数"_s},
                {u"rehandle"_s, tr("Re-handled"), u"重办次数"_s}});
    refreshRules();
    sort(columnIndex(u"due"_s), Qt::AscendingOrder);
}

void AssignmentsModel::refreshRules() {
    m_calendar = CalendarRepository(m_db).load();
    m_warningWindow = ProfileRepository(m_db).active().warningWindowWorkingDays;
}

void AssignmentsModel::setOpenOnly(bool openOnly) {
    m_query->setOpenOnly(openOnly);
    reload();
}

void AssignmentsModel::setSearch(const QString &text) {
    if (text.trimmed() == m_query->search())
        return;
    m_query->setSearch(text);
    reload();
}

QVariant AssignmentsModel::displayValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "status"_L1)
        return StatusLabels::assignment(raw.toString());
    if (key == "subject"_L1) {
        const QString text = raw.toString().simplified();
        return text.size() > 40 ? text.left(40) + u'…' : text;
    }
    return raw;
}

QVariant AssignmentsModel::printValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "status"_L1)
        return StatusLabels::printedAssignment(raw.toString());
    if (key == "assigned"_L1 || key == "due"_L1 || key == "original"_L1) {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(QString());
    }
    if (key == "subject"_L1)
        return raw.toString().simplified(); // whole, where the screen abbreviates
    return raw;
}

State AssignmentsModel::stateOf(int row) const {
    Assignment a;
    a.status =
        Assignment::statusFromCode(data(index(row, columnIndex(u"status"_s)), RawRole).toString());
    a.dueDate =
        QDate::fromString(data(index(row, columnIndex(u"due"_s)), RawRole).toString(), Qt::ISODate);
    a.originalDueDate = QDate::fromString(
        data(index(row, columnIndex(u"original"_s)), RawRole).toString(), Qt::ISODate);
    const int extensions = data(index(row, columnIndex(u"extensions"_s)), RawRole).toInt();
    return AssignmentService::deadlineState(a, extensions, Clock::today(), m_calendar,
                                            m_warningWindow);
}

QVariant AssignmentsModel::extraData(int row, int column, int role) const {
    if (role == DeadlineStateRole)
        return int(stateOf(row));
    if (role == Qt::ToolTipRole && columns().at(column).key == "due"_L1)
        return StatusLabels::assignmentDeadline(AssignmentService::deadlineStateCode(stateOf(row)));
    if (role != Qt::BackgroundRole)
        return {};
    const QColor colour = deadlineColour(stateOf(row));
    return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
}

QColor AssignmentsModel::deadlineColour(State state) {
    switch (state) {
    case State::Overdue:
        return QColor(0xf8, 0xc8, 0xc8); // red
    case State::ExtendedOverdue:
        return QColor(0xf5, 0xc0, 0x8a); // dark orange: overdue even after extension
    case State::Extended:
        return QColor(0xc8, 0xdc, 0xf8); // blue: deadline moved by approval
    case State::DueSoon:
        return QColor(0xfa, 0xec, 0xb0); // amber
    case State::OnTime:
    case State::Closed:
        break;
    }
    return {};
}
