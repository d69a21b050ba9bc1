#include "ui/workflow/AssignmentsModel.h"

#include "core/CalendarRepository.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/SqlDialect.h"
#include "core/StatusLabels.h"
#include "core/export/ChineseLabels.h"
#include "core/queries/AssignmentState.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;
using State = AssignmentService::DeadlineState;

AssignmentsModel::AssignmentsModel(Database &db, QObject *parent)
    : SqlTableModel(db, parent) {
    setColumns({{u"number"_s, tr("Appeal"), u"number"_s, u"编号"_s},
                {u"subject"_s, tr("Subject"), {}, u"议题主要内容"_s},
                {u"lead"_s, tr("Lead department"), u"lead_name"_s, u"牵头承办部门"_s},
                {u"assigned"_s, tr("Assigned"), u"assigned_on"_s, u"交办日期"_s},
                {u"due"_s, tr("Due"), u"due_date"_s, u"办理期限"_s},
                {u"original"_s, tr("Original due"), u"original_due_date"_s, u"原定期限"_s},
                {u"status"_s, tr("Status"), u"status"_s, u"办理状态"_s},
                {u"extensions"_s, tr("Extensions"), u"approved_extensions"_s, u"延期次数"_s},
                {u"rehandle"_s, tr("Re-handled"), u"rehandle_count"_s, u"重办次数"_s}});
    refreshRules();
    sort(columnIndex(u"due"_s), Qt::AscendingOrder);
}

void AssignmentsModel::refreshRules() {
    m_calendar = CalendarRepository(database()).load();
    m_warningWindow = ProfileRepository(database()).active().warningWindowWorkingDays;
}

void AssignmentsModel::setOpenOnly(bool openOnly) {
    m_openOnly = openOnly;
    reload();
}

void AssignmentsModel::setSearch(const QString &text) {
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

QString AssignmentsModel::selectSql() const {
    QStringList where;
    if (m_openOnly)
        where << u"s.status IN ('assigned', 'in_progress', 'returned', 'escalated')"_s;
    if (!m_search.isEmpty()) {
        const SqlDialect &d = database().dialect();
        where << u"("_s + d.containsCondition(u"a.number"_s) + u" OR "_s +
                     d.containsCondition(u"a.submitting_unit"_s) + u" OR "_s +
                     d.containsCondition(u"t.title"_s) + u" OR "_s +
                     d.containsCondition(u"d.name"_s) + u')';
    }
    return u"SELECT s.id, COALESCE(a.number, ''), COALESCE(t.title, a.problem, ''), "
           "d.name AS lead_name, s.assigned_on, s.due_date, s.original_due_date, s.status, "_s +
           AssignmentState::approvedExtensionsSql(u"s"_s) +
           u" AS approved_extensions, s.rehandle_count FROM assignments s "
           "JOIN departments d ON d.id = s.lead_department_id "
           "LEFT JOIN appeals a ON a.id = s.appeal_id "
           "LEFT JOIN topics t ON t.id = s.topic_id"_s +
           (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s));
}

QVariantList AssignmentsModel::bindValues() const {
    QVariantList values{m_today.toString(Qt::ISODate)}; // the extensions approved by then
    if (!m_search.isEmpty())
        for (int i = 0; i < 4; ++i)
            values << SqlDialect::likePattern(m_search);
    return values;
}

QString AssignmentsModel::statusLabel(Assignment::Status status) {
    // StatusLabels words statuses for every list; a tr("Assigned") here shared its translation
    // with the column header of the same words and read 交办日期.
    return StatusLabels::assignment(Assignment::statusCode(status));
}

QString AssignmentsModel::deadlineStateLabel(State state) {
    switch (state) {
    case State::Overdue:
        return tr("Overdue");
    case State::ExtendedOverdue:
        return tr("Overdue after extension");
    case State::Extended:
        return tr("Extended");
    case State::DueSoon:
        return tr("Due soon");
    case State::OnTime:
        return tr("On time");
    case State::Closed:
        break;
    }
    return tr("Closed");
}

QVariant AssignmentsModel::displayValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "status"_L1)
        return statusLabel(Assignment::statusFromCode(raw.toString()));
    if (key == "subject"_L1) {
        const QString text = raw.toString().simplified();
        return text.size() > 40 ? text.left(40) + u'…' : text;
    }
    return raw;
}

QVariant AssignmentsModel::printValue(int column, const QVariant &raw) const {
    const QString key = columns().at(column).key;
    if (key == "status"_L1)
        return ChineseLabels::assignmentStatus(raw.toString());
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
    return AssignmentService::deadlineState(a, extensions, m_today, m_calendar, m_warningWindow);
}

QVariant AssignmentsModel::extraData(int row, int column, int role) const {
    if (role == DeadlineStateRole)
        return int(stateOf(row));
    if (role == Qt::ToolTipRole && columns().at(column).key == "due"_L1)
        return deadlineStateLabel(stateOf(row));
    if (role != Qt::BackgroundRole)
        return {};
    switch (stateOf(row)) {
    case State::Overdue:
        return QBrush(QColor(0xf8, 0xc8, 0xc8)); // red
    case State::ExtendedOverdue:
        return QBrush(QColor(0xf5, 0xc0, 0x8a)); // dark orange: overdue even after extension
    case State::Extended:
        return QBrush(QColor(0xc8, 0xdc, 0xf8)); // blue: deadline moved by approval
    case State::DueSoon:
        return QBrush(QColor(0xfa, 0xec, 0xb0)); // amber
    case State::OnTime:
    case State::Closed:
        break;
    }
    return {};
}
