#include "ui/workflow/MeetingAttendeesTab.h"

#include "core/Database.h"
#include "core/queries/ChoiceLists.h"
#include "core/queries/MeetingPlanQuery.h"
#include "core/records/LeaderRepository.h"
#include "core/workflow/MeetingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString roleLabel(const QString &role) {
    if (role == "chair"_L1)
        return MeetingAttendeesTab::tr("Chair (主持)");
    if (role == "attend"_L1)
        return MeetingAttendeesTab::tr("Attends (出席)");
    if (role == "leave"_L1)
        return MeetingAttendeesTab::tr("On leave (请假)");
    if (role == "observe"_L1)
        return MeetingAttendeesTab::tr("Observer (列席)");
    return MeetingAttendeesTab::tr("Not invited");
}
} // namespace

MeetingAttendeesTab::MeetingAttendeesTab(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_leaders(new QTableWidget(0, 2, this))
    , m_departments(new QListWidget(this))
    , m_enterprises(new QTableWidget(0, 2, this))
    , m_enterpriseSearch(new QLineEdit(this))
    , m_agendaOnly(new QCheckBox(tr("Only the agenda's enterprises and those invited"), this)) {
    auto *layout = new QVBoxLayout(this);
    m_leaders->setHorizontalHeaderLabels({tr("Leader"), tr("Role")});
    m_leaders->horizontalHeader()->setStretchLastSection(true);
    m_leaders->verticalHeader()->hide();
    m_enterprises->setHorizontalHeaderLabels(
        {tr("Enterprise (tick to invite)"), tr("Representative")});
    m_enterprises->horizontalHeader()->setStretchLastSection(true);
    m_enterprises->verticalHeader()->hide();
    layout->addWidget(new QLabel(tr("Leaders"), this));
    layout->addWidget(m_leaders);
    layout->addWidget(new QLabel(tr("Departments attending"), this));
    layout->addWidget(m_departments);
    layout->addWidget(new QLabel(tr("Enterprise representatives"), this));
    // Of hundreds of registered enterprises the clerk invites those whose appeals are on the
    // agenda: those first, the others one search away.
    auto *filterRow = new QHBoxLayout;
    m_enterprises->setObjectName(u"enterpriseTable"_s);
    m_enterpriseSearch->setObjectName(u"enterpriseSearch"_s);
    m_enterpriseSearch->setPlaceholderText(tr("Find an enterprise…"));
    m_enterpriseSearch->setClearButtonEnabled(true);
    m_agendaOnly->setObjectName(u"agendaEnterprisesOnly"_s);
    m_agendaOnly->setChecked(true);
    filterRow->addWidget(m_enterpriseSearch, 1);
    filterRow->addWidget(m_agendaOnly);
    layout->addLayout(filterRow);
    layout->addWidget(m_enterprises);
    connect(m_enterpriseSearch, &QLineEdit::textChanged, this,
            &MeetingAttendeesTab::filterEnterprises);
    connect(m_agendaOnly, &QCheckBox::toggled, this, &MeetingAttendeesTab::filterEnterprises);
    auto *save = new QPushButton(tr("Save attendees"), this);
    layout->addWidget(save);
    connect(save, &QPushButton::clicked, this, &MeetingAttendeesTab::save);
}

void MeetingAttendeesTab::loadChoices() {
    m_leaders->setRowCount(0);
    for (const Leader &l : LeaderRepository(m_db).list()) {
        const int row = m_leaders->rowCount();
        m_leaders->insertRow(row);
        auto *item = new QTableWidgetItem(
            u"%1 %2  [%3]"_s.arg(l.name, l.title, LeaderRepository::joinDomains(l.domains)));
        item->setData(Qt::UserRole, l.id);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_leaders->setItem(row, 0, item);
        auto *role = new QComboBox(m_leaders);
        role->addItem(roleLabel({}), QString());
        for (const QString &r : Meeting::leaderRoles())
            role->addItem(roleLabel(r), r);
        m_leaders->setCellWidget(row, 1, role);
    }
    m_departments->clear();
    ChoiceLists choices(m_db);
    for (const ChoiceLists::Choice &d : choices.departments()) {
        auto *item = new QListWidgetItem(d.name, m_departments);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_enterprises->setRowCount(0);
    for (const ChoiceLists::Choice &e : choices.enterprises()) {
        const int row = m_enterprises->rowCount();
        m_enterprises->insertRow(row);
        auto *item = new QTableWidgetItem(e.name);
        item->setData(Qt::UserRole, e.id);
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        item->setCheckState(Qt::Unchecked);
        m_enterprises->setItem(row, 0, item);
        m_enterprises->setItem(row, 1, new QTableWidgetItem(e.detail)); // responsible person
    }
    m_leaders->resizeColumnToContents(0);
    m_enterprises->resizeColumnToContents(0);
}

void MeetingAttendeesTab::showMeeting(qint64 meetingId, const std::optional<Meeting> &m) {
    m_meetingId = meetingId;
    m_agendaEnterprises = MeetingPlanQuery(m_db).enterprisesOnAgenda(meetingId);
    for (int r = 0; r < m_leaders->rowCount(); ++r) {
        const qint64 id = m_leaders->item(r, 0)->data(Qt::UserRole).toLongLong();
        QString role;
        if (m) {
            for (const auto &l : m->leaders)
                if (l.leaderId == id)
                    role = l.role;
        }
        auto *combo = static_cast<QComboBox *>(m_leaders->cellWidget(r, 1));
        combo->setCurrentIndex(combo->findData(role));
    }
    for (int r = 0; r < m_departments->count(); ++r) {
        QListWidgetItem *item = m_departments->item(r);
        bool on = false;
        if (m) {
            for (const auto &d : m->departments)
                on = on || d.departmentId == item->data(Qt::UserRole).toLongLong();
        }
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (int r = 0; r < m_enterprises->rowCount(); ++r) {
        QTableWidgetItem *item = m_enterprises->item(r, 0);
        bool on = false;
        if (m) {
            for (const auto &e : m->enterprises) {
                if (e.enterpriseId == item->data(Qt::UserRole).toLongLong()) {
                    on = true;
                    m_enterprises->item(r, 1)->setText(e.representative);
                }
            }
        }
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        // The agenda's enterprises in bold, whatever the filter.
        QFont f = item->font();
        f.setBold(m_agendaEnterprises.contains(item->data(Qt::UserRole).toLongLong()));
        item->setFont(f);
    }
    filterEnterprises();
}

void MeetingAttendeesTab::filterEnterprises() {
    // With nothing on the agenda yet the filter would hide everything: then all are shown.
    const bool agendaOnly = m_agendaOnly->isChecked() && !m_agendaEnterprises.isEmpty();
    m_agendaOnly->setEnabled(!m_agendaEnterprises.isEmpty());
    const QString needle = m_enterpriseSearch->text().trimmed();
    for (int r = 0; r < m_enterprises->rowCount(); ++r) {
        const QTableWidgetItem *item = m_enterprises->item(r, 0);
        const bool wanted = !agendaOnly || item->checkState() == Qt::Checked ||
                            m_agendaEnterprises.contains(item->data(Qt::UserRole).toLongLong());
        const bool found = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive);
        // A search looks through every enterprise, not only the agenda's.
        m_enterprises->setRowHidden(r, needle.isEmpty() ? !wanted : !found);
    }
}

void MeetingAttendeesTab::setLeaderRole(qint64 leaderId, const QString &role) {
    for (int r = 0; r < m_leaders->rowCount(); ++r) {
        if (m_leaders->item(r, 0)->data(Qt::UserRole).toLongLong() == leaderId) {
            auto *combo = static_cast<QComboBox *>(m_leaders->cellWidget(r, 1));
            combo->setCurrentIndex(combo->findData(role));
        }
    }
}

void MeetingAttendeesTab::setEnterpriseInvited(qint64 enterpriseId, bool invited) {
    for (int r = 0; r < m_enterprises->rowCount(); ++r)
        if (m_enterprises->item(r, 0)->data(Qt::UserRole).toLongLong() == enterpriseId)
            m_enterprises->item(r, 0)->setCheckState(invited ? Qt::Checked : Qt::Unchecked);
}

void MeetingAttendeesTab::setDepartmentAttending(qint64 departmentId, bool attending) {
    for (int r = 0; r < m_departments->count(); ++r)
        if (m_departments->item(r)->data(Qt::UserRole).toLongLong() == departmentId)
            m_departments->item(r)->setCheckState(attending ? Qt::Checked : Qt::Unchecked);
}

bool MeetingAttendeesTab::save() {
    const qint64 meetingId = m_meetingId;
    if (!meetingId) {
        emit message(tr("Save the meeting before recording attendees."), true);
        return false;
    }
    QList<Meeting::LeaderRole> leaders;
    for (int r = 0; r < m_leaders->rowCount(); ++r) {
        const QString role =
            static_cast<QComboBox *>(m_leaders->cellWidget(r, 1))->currentData().toString();
        if (!role.isEmpty())
            leaders << Meeting::LeaderRole{m_leaders->item(r, 0)->data(Qt::UserRole).toLongLong(),
                                           role};
    }
    QList<Meeting::DepartmentRole> departments;
    for (int r = 0; r < m_departments->count(); ++r)
        if (m_departments->item(r)->checkState() == Qt::Checked)
            departments << Meeting::DepartmentRole{
                m_departments->item(r)->data(Qt::UserRole).toLongLong(), u"attend"_s};
    QList<Meeting::Representative> enterprises;
    for (int r = 0; r < m_enterprises->rowCount(); ++r)
        if (m_enterprises->item(r, 0)->checkState() == Qt::Checked)
            enterprises << Meeting::Representative{
                m_enterprises->item(r, 0)->data(Qt::UserRole).toLongLong(),
                m_enterprises->item(r, 1)->text()};
    MeetingService service(m_db);
    if (!service.setAttendees(meetingId, leaders, departments, enterprises)) {
        emit message(service.errorString().isEmpty() ? tr("The attendees could not be stored.")
                                                     : service.errorString(),
                     true);
        return false;
    }
    emit changed();
    emit message(tr("Attendees saved: %n enterprise(s).", nullptr, int(enterprises.size())), false);
    return true;
}
