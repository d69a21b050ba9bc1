#include "ui/workflow/MeetingAttendeesTab.h"

#include "core/Database.h"
#include "core/queries/ChoiceLists.h"
#include "core/queries/MeetingPlanQuery.h"
#include "core/records/LeaderRepository.h"
#include "core/workflow/MeetingService.h"
#include "ui/EditConflictDialog.h"

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

std::optional<QString> entry(const QMap<QString, QString> &attendance, const QString &key) {
    const auto it = attendance.find(key);
    return it == attendance.end() ? std::nullopt : std::optional<QString>(*it);
}

// Three ways, attendee by attendee: the clerk's where the clerk changed it since `loaded`,
// the stored one otherwise (so a colleague's invitation the clerk did not touch stays).
QMap<QString, QString> merged(const QMap<QString, QString> &loaded,
                              const QMap<QString, QString> &mine,
                              const QMap<QString, QString> &stored) {
    QMap<QString, QString> out;
    QSet<QString> keys;
    for (const auto *m : {&loaded, &mine, &stored})
        for (auto it = m->begin(); it != m->end(); ++it)
            keys.insert(it.key());
    for (const QString &k : keys) {
        const auto yours = entry(mine, k);
        const auto value = yours != entry(loaded, k) ? yours : entry(stored, k);
        if (value)
            out.insert(k, *value);
    }
    return out;
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
    // The lists are built again (a colleague may have added a leader): what the clerk ticked
    // and has not saved is taken across to showMeeting().
    if (m_meetingId)
        m_pending = held();
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
    const bool same = meetingId != 0 && meetingId == m_meetingId;
    const Attendance mine = m_pending ? *m_pending : held();
    m_pending.reset();
    m_meetingId = meetingId;
    m_agendaEnterprises = MeetingPlanQuery(m_db).enterprisesOnAgenda(meetingId);
    const Attendance stored = m ? attendanceOf(*m) : Attendance{};
    if (same && m && mine != m_shown) {
        // Read again while the clerk has changes: theirs stay, the colleague's to other
        // attendees show beside them and count as read; an attendee the clerk changed keeps
        // what it was changed from, and the meeting its version, so that a save asks only
        // about an attendee both desks changed.
        hold(merged(m_shown, mine, stored));
        Attendance read = stored;
        QSet<QString> keys;
        for (const Attendance *a : {&std::as_const(m_shown), &mine})
            for (auto it = a->begin(); it != a->end(); ++it)
                keys.insert(it.key());
        for (const QString &k : keys) {
            if (entry(mine, k) == entry(m_shown, k))
                continue;
            read.remove(k);
            if (const auto before = entry(m_shown, k))
                read.insert(k, *before);
        }
        m_shown = read;
    } else {
        hold(stored);
        m_shown = stored;
        m_shownVersion = m ? m->version : 0;
    }
    // The agenda's enterprises in bold, whatever the filter.
    for (int r = 0; r < m_enterprises->rowCount(); ++r) {
        QTableWidgetItem *item = m_enterprises->item(r, 0);
        QFont f = item->font();
        f.setBold(m_agendaEnterprises.contains(item->data(Qt::UserRole).toLongLong()));
        item->setFont(f);
    }
    filterEnterprises();
}

MeetingAttendeesTab::Attendance MeetingAttendeesTab::attendanceOf(const Meeting &m) {
    Attendance a;
    for (const auto &l : m.leaders)
        a.insert(u"L%1"_s.arg(l.leaderId), l.role);
    for (const auto &d : m.departments)
        a.insert(u"D%1"_s.arg(d.departmentId), d.role);
    for (const auto &e : m.enterprises)
        a.insert(u"E%1"_s.arg(e.enterpriseId), e.representative);
    return a;
}

MeetingAttendeesTab::Attendance MeetingAttendeesTab::held() const {
    Attendance a;
    for (int r = 0; r < m_leaders->rowCount(); ++r) {
        const QString role =
            static_cast<QComboBox *>(m_leaders->cellWidget(r, 1))->currentData().toString();
        if (!role.isEmpty())
            a.insert(u"L%1"_s.arg(m_leaders->item(r, 0)->data(Qt::UserRole).toLongLong()), role);
    }
    for (int r = 0; r < m_departments->count(); ++r)
        if (m_departments->item(r)->checkState() == Qt::Checked)
            a.insert(u"D%1"_s.arg(m_departments->item(r)->data(Qt::UserRole).toLongLong()),
                     u"attend"_s);
    for (int r = 0; r < m_enterprises->rowCount(); ++r)
        if (m_enterprises->item(r, 0)->checkState() == Qt::Checked)
            a.insert(u"E%1"_s.arg(m_enterprises->item(r, 0)->data(Qt::UserRole).toLongLong()),
                     m_enterprises->item(r, 1)->text());
    return a;
}

void MeetingAttendeesTab::hold(const Attendance &a) {
    for (int r = 0; r < m_leaders->rowCount(); ++r) {
        const QString key = u"L%1"_s.arg(m_leaders->item(r, 0)->data(Qt::UserRole).toLongLong());
        auto *combo = static_cast<QComboBox *>(m_leaders->cellWidget(r, 1));
        combo->setCurrentIndex(combo->findData(a.value(key)));
    }
    for (int r = 0; r < m_departments->count(); ++r) {
        QListWidgetItem *item = m_departments->item(r);
        const bool on = a.contains(u"D%1"_s.arg(item->data(Qt::UserRole).toLongLong()));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (int r = 0; r < m_enterprises->rowCount(); ++r) {
        QTableWidgetItem *item = m_enterprises->item(r, 0);
        const auto representative = entry(a, u"E%1"_s.arg(item->data(Qt::UserRole).toLongLong()));
        if (representative)
            m_enterprises->item(r, 1)->setText(*representative);
        item->setCheckState(representative ? Qt::Checked : Qt::Unchecked);
    }
}

QString MeetingAttendeesTab::nameOf(const QString &key) const {
    const qint64 id = key.mid(1).toLongLong();
    const auto find = [id](auto count, auto item) -> QString {
        for (int r = 0; r < count; ++r)
            if (item(r)->data(Qt::UserRole).toLongLong() == id)
                return item(r)->text();
        return {};
    };
    QString name;
    if (key.startsWith(u'L'))
        name = find(m_leaders->rowCount(), [this](int r) { return m_leaders->item(r, 0); });
    else if (key.startsWith(u'D'))
        name = find(m_departments->count(), [this](int r) { return m_departments->item(r); });
    else
        name = find(m_enterprises->rowCount(), [this](int r) { return m_enterprises->item(r, 0); });
    return name.isEmpty() ? key : name;
}

QString MeetingAttendeesTab::valueText(const QString &key, const Attendance &a) const {
    const auto value = entry(a, key);
    if (key.startsWith(u'L'))
        return roleLabel(value.value_or(QString()));
    if (key.startsWith(u'D'))
        return value ? tr("Attends") : tr("Not attending");
    if (!value)
        return tr("Not invited");
    return value->isEmpty() ? tr("Invited") : tr("Invited: %1").arg(*value);
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
    if (!m_meetingId) {
        emit message(tr("Save the meeting before recording attendees."), true);
        return false;
    }
    return store(held(), m_shownVersion);
}

bool MeetingAttendeesTab::store(const Attendance &a, int readVersion) {
    QList<Meeting::LeaderRole> leaders;
    QList<Meeting::DepartmentRole> departments;
    QList<Meeting::Representative> enterprises;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const qint64 id = it.key().mid(1).toLongLong();
        if (it.key().startsWith(u'L'))
            leaders << Meeting::LeaderRole{id, it.value()};
        else if (it.key().startsWith(u'D'))
            departments << Meeting::DepartmentRole{id, it.value()};
        else
            enterprises << Meeting::Representative{id, it.value()};
    }
    MeetingService service(m_db);
    if (!service.setAttendees(m_meetingId, leaders, departments, enterprises, readVersion)) {
        if (service.conflict())
            return resolveConflict(a, service.errorString());
        emit message(service.errorString().isEmpty() ? tr("The attendees could not be stored.")
                                                     : service.errorString(),
                     true);
        return false;
    }
    m_shown = a; // stored: the refresh that follows shows it without counting it as typed
    emit changed();
    emit message(tr("Attendees saved: %n enterprise(s).", nullptr, int(enterprises.size())), false);
    return true;
}

bool MeetingAttendeesTab::resolveConflict(const Attendance &mine, const QString &conflictMessage) {
    MeetingService service(m_db);
    const auto stored = service.find(m_meetingId);
    if (!stored) {
        emit message(service.missing(m_meetingId), true);
        return false;
    }
    // Each attendee the other desk changed, with the clerk's own change of it beside it.
    const Attendance theirs = attendanceOf(*stored);
    QList<EditConflictDialog::Difference> rows;
    QStringList keys = m_shown.keys() + theirs.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : keys) {
        if (entry(m_shown, k) == entry(theirs, k))
            continue;
        const bool yours = entry(mine, k) != entry(m_shown, k);
        rows << EditConflictDialog::Difference{
            nameOf(k), yours ? valueText(k, mine) : EditConflictDialog::notChanged(),
            valueText(k, theirs), yours && entry(mine, k) != entry(theirs, k)};
    }
    if (!rows.isEmpty()) { // else the colleague changed the plan or agenda only: no question
        EditConflictDialog dialog(conflictMessage, rows, this);
        dialog.exec();
        switch (dialog.choice()) {
        case EditConflictDialog::Choice::Reload:
            m_shown = theirs;
            m_shownVersion = stored->version;
            hold(theirs);
            emit message(tr("The Attendees tab shows the stored attendees now; nothing of yours "
                            "was saved."),
                         true);
            return false;
        case EditConflictDialog::Choice::Back:
            emit message(conflictMessage, true); // what the clerk ticked stays
            return false;
        case EditConflictDialog::Choice::Overwrite:
            break;
        }
    }
    const Attendance onto = merged(m_shown, mine, theirs);
    m_shown = theirs;
    m_shownVersion = stored->version;
    hold(onto);
    return store(onto, stored->version);
}
