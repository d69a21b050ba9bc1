#include "ui/workflow/MeetingAssignTab.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/RecordNames.h"
#include "core/workflow/MeetingAssignmentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

MeetingAssignTab::MeetingAssignTab(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_proposals(new QTableWidget(0, 4, this))
    , m_assignedOn(new QDateEdit(Clock::today(), this)) {
    auto *layout = new QVBoxLayout(this);
    m_proposals->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Appeal"), tr("Lead department"), tr("Cooperating departments")});
    m_proposals->horizontalHeader()->setStretchLastSection(true);
    m_proposals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposals->setObjectName(u"proposalTable"_s);
    m_proposals->verticalHeader()->hide();
    layout->addWidget(new QLabel(tr("Decided topics become one assignment per appeal. The "
                                    "lead is the first department the topic was handed to."),
                                 this));
    layout->addWidget(m_proposals);
    auto *row = new QHBoxLayout;
    m_assignedOn->setCalendarPopup(true);
    m_assignedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    row->addWidget(new QLabel(tr("Assigned on"), this));
    row->addWidget(m_assignedOn);
    auto *create = new QPushButton(tr("Create assignments"), this);
    row->addWidget(create);
    row->addStretch();
    layout->addLayout(row);
    connect(create, &QPushButton::clicked, this, &MeetingAssignTab::createAssignments);
}

void MeetingAssignTab::setAssignedOn(const QDate &date) {
    m_assignedOn->setDate(date);
}

void MeetingAssignTab::showMeeting(qint64 meetingId, const std::optional<Meeting> &meeting) {
    const bool another = meetingId != m_meetingId;
    m_meetingId = meetingId;
    if (meeting && meeting->date.isValid()) {
        m_assignedOn->setMinimumDate(meeting->date);
        if (another)
            m_assignedOn->setDate(std::max(Clock::today(), meeting->date));
    } else {
        m_assignedOn->clearMinimumDate();
    }
    // Read again (another desk saved something): a lead the clerk chose and has not assigned
    // yet stays chosen for its appeal, wherever the appeal's row now is.
    QHash<QString, qint64> chosen;
    for (int row = 0; !another && row < m_proposals->rowCount(); ++row) {
        const auto *lead = qobject_cast<QComboBox *>(m_proposals->cellWidget(row, 2));
        if (lead && lead->currentData() != lead->property("proposed"))
            chosen.insert(rowKey(row), lead->currentData().toLongLong());
    }
    m_proposals->setRowCount(0);
    if (!m_meetingId)
        return;
    const QList<ChoiceLists::Choice> departments = ChoiceLists(m_db).departments();
    const MeetingAssignmentService service(m_db);
    const QList<MeetingAssignmentService::AssignmentPlan> plans =
        service.proposeAssignments(m_meetingId);
    if (!service.readError().isEmpty()) // not "no topic decided yet"
        emit message(service.readError(), true);
    for (const auto &p : plans) {
        const int row = m_proposals->rowCount();
        m_proposals->insertRow(row);
        QStringList coop;
        for (const auto &c : p.cooperators)
            coop << RecordNames::departmentName(m_db, c.departmentId);
        auto *topic = new QTableWidgetItem(RecordNames::topicTitle(m_db, p.topicId));
        topic->setData(Qt::UserRole, p.topicId);
        m_proposals->setItem(row, 0, topic);
        auto *appeal = new QTableWidgetItem(RecordNames::appealNumber(m_db, p.appealId));
        appeal->setData(Qt::UserRole, p.appealId);
        m_proposals->setItem(row, 1, appeal);
        // The lead can be changed here before assigning; 0 means "not chosen yet".
        auto *lead = new QComboBox(m_proposals);
        lead->addItem(tr("(choose the lead department)"), 0);
        for (const ChoiceLists::Choice &d : departments)
            lead->addItem(d.name, d.id);
        lead->setCurrentIndex(std::max(0, lead->findData(p.leadDepartmentId)));
        lead->setProperty("proposed", lead->currentData());
        const auto kept = chosen.constFind(rowKey(row));
        if (kept != chosen.cend())
            lead->setCurrentIndex(std::max(0, lead->findData(*kept)));
        m_proposals->setCellWidget(row, 2, lead);
        m_proposals->setItem(row, 3, new QTableWidgetItem(coop.join(u"、"_s)));
    }
}

void MeetingAssignTab::setProposedLead(int row, qint64 departmentId) {
    if (auto *lead = qobject_cast<QComboBox *>(m_proposals->cellWidget(row, 2)))
        lead->setCurrentIndex(lead->findData(departmentId));
}

int MeetingAssignTab::proposalCount() const {
    return m_proposals->rowCount();
}

bool MeetingAssignTab::createAssignments() {
    MeetingAssignmentService service(m_db);
    auto plans = service.proposeAssignments(m_meetingId);
    if (!service.readError().isEmpty()) {
        emit message(service.readError(), true);
        return false;
    }
    // The leads chosen belong to the rows shown. Another desk may have changed the agenda or
    // the decisions since: then a choice would go to another appeal, or an appeal nobody here
    // has seen would be assigned. The list is read again (the choices kept) and checked first.
    bool same = plans.size() == m_proposals->rowCount();
    for (int row = 0; same && row < plans.size(); ++row)
        same = rowKey(row) == u"%1/%2"_s.arg(plans.at(row).topicId).arg(plans.at(row).appealId);
    if (!same) {
        emit changed();
        emit message(tr("The agenda or its decisions changed at another desk: the list shows "
                        "them now. Check the lead departments and assign again."),
                     true);
        return false;
    }
    for (int row = 0; row < plans.size(); ++row) {
        auto *lead = qobject_cast<QComboBox *>(m_proposals->cellWidget(row, 2));
        const qint64 chosen = lead ? lead->currentData().toLongLong() : 0;
        MeetingAssignmentService::AssignmentPlan &plan = plans[row];
        if (chosen == plan.leadDepartmentId)
            continue;
        // A cooperating department promoted to lead stops cooperating.
        plan.cooperators.removeIf(
            [chosen](const CooperatingDepartment &c) { return c.departmentId == chosen; });
        plan.leadDepartmentId = chosen;
    }
    const auto result = service.createAssignments(m_meetingId, plans, m_assignedOn->date());
    if (!result) {
        emit message(service.errorString(), true);
        return false;
    }
    emit changed();
    QString text = tr("%n assignment(s) created.", nullptr, int(result->assignmentIds.size()));
    if (!result->warnings.isEmpty())
        text += u' ' + result->warnings.join(u' ');
    emit message(text, !result->warnings.isEmpty());
    return true;
}

QString MeetingAssignTab::rowKey(int row) const {
    return u"%1/%2"_s.arg(m_proposals->item(row, 0)->data(Qt::UserRole).toLongLong())
        .arg(m_proposals->item(row, 1)->data(Qt::UserRole).toLongLong());
}
