#include "MeetingsPage.h"

#include "PrintMenu.h"

#include "Database.h"
#include "MeetingService.h"
#include "MeetingsModel.h"
#include "ProfileRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString nameOf(Database &db, const QString &table, qint64 id) {
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(table == "topics"_L1 ? u"title"_s : u"name"_s,
                                                      table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString roleLabel(const QString &role) {
    if (role == "chair"_L1)
        return MeetingsPage::tr("Chair (主持)");
    if (role == "attend"_L1)
        return MeetingsPage::tr("Attends (出席)");
    if (role == "leave"_L1)
        return MeetingsPage::tr("On leave (请假)");
    if (role == "observe"_L1)
        return MeetingsPage::tr("Observer (列席)");
    return MeetingsPage::tr("Not invited");
}
} // namespace

MeetingsPage::MeetingsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new MeetingsModel(db, this))
    , m_view(new QTableView(this))
    , m_date(new QDateEdit(this))
    , m_title(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_form(new QComboBox(this))
    , m_rules(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_agenda(new QListWidget(this))
    , m_topicChoice(new QComboBox(this))
    , m_decision(new QPlainTextEdit(this))
    , m_domainLabel(new QLabel(this))
    , m_leaders(new QTableWidget(0, 2, this))
    , m_departments(new QListWidget(this))
    , m_enterprises(new QTableWidget(0, 2, this))
    , m_proposals(new QTableWidget(0, 4, this))
    , m_assignedOn(new QDateEdit(QDate::currentDate(), this))
    , m_message(new QLabel(this)) {
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    auto *add = new QPushButton(tr("New meeting"), left);
    leftLayout->addWidget(add);
    auto *print = new QPushButton(tr("&Print"), left);
    auto *printMenu = new PrintMenu(
        m_db, [this] { return m_meetingId; }, this);
    printMenu->addDocument(tr("Meeting notice (通告)"), FormPrinter::Kind::Notice, true);
    printMenu->addDocument(tr("Minutes (会议纪要)"), FormPrinter::Kind::Minutes, true);
    printMenu->addDocument(tr("Problem and suggestion list"), FormPrinter::Kind::List, true);
    printMenu->addDocument(tr("Opinions on the appeals (处理意见)"), FormPrinter::Kind::Opinions,
                           true);
    printMenu->addDocument(tr("All handling sheets of the meeting"), FormPrinter::Kind::Form2,
                           true);
    printMenu->addDocument(tr("All dispatch slips of the meeting"), FormPrinter::Kind::Dispatch,
                           true);
    print->setMenu(printMenu);
    leftLayout->addWidget(print);

    auto *tabs = new QTabWidget(this);
    // Plan
    auto *plan = new QWidget(tabs);
    auto *planForm = new QFormLayout(plan);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_form->setEditable(true);
    m_form->addItems({u"座谈会"_s, u"现场会"_s, u"早餐会"_s, u"走访"_s, u"接待日"_s});
    planForm->addRow(tr("Date"), m_date);
    planForm->addRow(tr("Title"), m_title);
    planForm->addRow(tr("Place"), m_place);
    planForm->addRow(tr("Form"), m_form);
    auto *save = new QPushButton(tr("Save meeting"), plan);
    planForm->addRow(save);
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    planForm->addRow(tr("Rules"), m_rules);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(u"color: #b00020"_s);
    planForm->addRow(tr("Warnings"), m_warningLabel);
    tabs->addTab(plan, tr("Plan"));

    // Agenda: drag and drop reorders; the order is saved as meeting_topics.position.
    auto *agenda = new QWidget(tabs);
    auto *agendaLayout = new QVBoxLayout(agenda);
    m_agenda->setDragDropMode(QAbstractItemView::InternalMove);
    m_agenda->setDefaultDropAction(Qt::MoveAction);
    agendaLayout->addWidget(new QLabel(tr("Drag topics to set the order of the agenda."), agenda));
    agendaLayout->addWidget(m_agenda, 2);
    auto *agendaRow = new QHBoxLayout;
    agendaRow->addWidget(m_topicChoice, 1);
    auto *addTopic = new QPushButton(tr("Add to agenda"), agenda);
    auto *removeTopic = new QPushButton(tr("Remove from agenda"), agenda);
    agendaRow->addWidget(addTopic);
    agendaRow->addWidget(removeTopic);
    agendaLayout->addLayout(agendaRow);
    agendaLayout->addWidget(new QLabel(tr("Decision on the selected topic"), agenda));
    m_decision->setMaximumHeight(90);
    agendaLayout->addWidget(m_decision);
    auto *saveDecisionButton = new QPushButton(tr("Save decision"), agenda);
    agendaLayout->addWidget(saveDecisionButton);
    m_domainLabel->setWordWrap(true);
    agendaLayout->addWidget(m_domainLabel);
    tabs->addTab(agenda, tr("Agenda"));

    // Attendees
    auto *people = new QWidget(tabs);
    auto *peopleLayout = new QVBoxLayout(people);
    m_leaders->setHorizontalHeaderLabels({tr("Leader"), tr("Role")});
    m_leaders->horizontalHeader()->setStretchLastSection(true);
    m_leaders->verticalHeader()->hide();
    m_enterprises->setHorizontalHeaderLabels(
        {tr("Enterprise (tick to invite)"), tr("Representative")});
    m_enterprises->horizontalHeader()->setStretchLastSection(true);
    m_enterprises->verticalHeader()->hide();
    peopleLayout->addWidget(new QLabel(tr("Leaders"), people));
    peopleLayout->addWidget(m_leaders);
    peopleLayout->addWidget(new QLabel(tr("Departments attending"), people));
    peopleLayout->addWidget(m_departments);
    peopleLayout->addWidget(new QLabel(tr("Enterprise representatives"), people));
    peopleLayout->addWidget(m_enterprises);
    auto *saveAttendeesButton = new QPushButton(tr("Save attendees"), people);
    peopleLayout->addWidget(saveAttendeesButton);
    tabs->addTab(people, tr("Attendees"));

    // Assign
    auto *assign = new QWidget(tabs);
    auto *assignLayout = new QVBoxLayout(assign);
    m_proposals->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Appeal"), tr("Lead department"), tr("Cooperating departments")});
    m_proposals->horizontalHeader()->setStretchLastSection(true);
    m_proposals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposals->verticalHeader()->hide();
    assignLayout->addWidget(new QLabel(tr("Decided topics become one assignment per appeal. The "
                                          "lead is the first department the topic was handed to."),
                                       assign));
    assignLayout->addWidget(m_proposals);
    auto *assignRow = new QHBoxLayout;
    m_assignedOn->setCalendarPopup(true);
    m_assignedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    assignRow->addWidget(new QLabel(tr("Assigned on"), assign));
    assignRow->addWidget(m_assignedOn);
    auto *create = new QPushButton(tr("Create assignments"), assign);
    assignRow->addWidget(create);
    assignRow->addStretch();
    assignLayout->addLayout(assignRow);
    tabs->addTab(assign, tr("Assign"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setSizes({420, 860});
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(save, &QPushButton::clicked, this, &MeetingsPage::saveMeeting);
    connect(addTopic, &QPushButton::clicked, this, [this] { addTopicToAgenda(); });
    connect(removeTopic, &QPushButton::clicked, this, &MeetingsPage::removeAgendaItem);
    connect(saveDecisionButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_agenda->currentItem())
            saveDecision(item->data(Qt::UserRole).toLongLong(), m_decision->toPlainText());
    });
    connect(saveAttendeesButton, &QPushButton::clicked, this, &MeetingsPage::saveAttendees);
    connect(create, &QPushButton::clicked, this, &MeetingsPage::createAssignments);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingsPage::updateChecks);
    connect(m_agenda, &QListWidget::currentRowChanged, this, &MeetingsPage::showDecision);
    // A drop inside the list moves the row: store the new order at once.
    connect(m_agenda->model(), &QAbstractItemModel::rowsMoved, this, [this] { saveAgendaOrder(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_meetingId = m_model->idAt(current.row());
                    loadMeeting();
                }
            });
    m_date->setDate(m_today);
    refresh();
}

QString MeetingsPage::message() const {
    return m_message->text();
}

QString MeetingsPage::domainText() const {
    return m_domainLabel->text();
}

QString MeetingsPage::rulesText() const {
    return m_rules->text();
}

void MeetingsPage::say(const QString &text, bool error) {
    m_message->setStyleSheet(error ? u"color: #b00020"_s : u"color: #1b5e20"_s);
    m_message->setText(text);
}

void MeetingsPage::setToday(const QDate &today) {
    m_today = today;
    updateChecks();
}

void MeetingsPage::setMeetingDate(const QDate &date) {
    m_date->setDate(date);
}

void MeetingsPage::setMeetingTitle(const QString &title) {
    m_title->setText(title);
}

void MeetingsPage::setAssignedOn(const QDate &date) {
    m_assignedOn->setDate(date);
}

void MeetingsPage::refresh() {
    const qint64 keep = m_meetingId;
    m_model->reload();
    loadAttendeeChoices();
    if (keep)
        selectMeeting(keep);
    loadMeeting();
}

void MeetingsPage::selectMeeting(qint64 id) {
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_meetingId = id;
    loadMeeting();
}

void MeetingsPage::newMeeting() {
    m_meetingId = 0;
    m_view->clearSelection();
    m_title->clear();
    m_place->clear();
    m_date->setDate(m_today.addDays(14));
    loadMeeting();
    say(tr("Fill in the date and title, then save the meeting."), false);
}

bool MeetingsPage::saveMeeting() {
    MeetingService service(m_db);
    Meeting m = m_meetingId ? service.find(m_meetingId).value_or(Meeting{}) : Meeting{};
    m.date = m_date->date();
    m.title = m_title->text();
    m.place = m_place->text();
    m.form = m_form->currentText();
    m.kind = ProfileRepository(m_db).active().meetingName;
    if (m_meetingId) {
        if (!service.update(m)) {
            say(service.errorString(), true);
            return false;
        }
    } else {
        m_meetingId = service.create(m);
        if (!m_meetingId) {
            say(service.errorString(), true);
            return false;
        }
    }
    refresh();
    say(tr("Meeting saved."), false);
    return true;
}

void MeetingsPage::loadAttendeeChoices() {
    m_leaders->setRowCount(0);
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT id, name, title, domains FROM leaders ORDER BY id"_s);
    while (q.next()) {
        const int row = m_leaders->rowCount();
        m_leaders->insertRow(row);
        auto *item = new QTableWidgetItem(u"%1 %2  [%3]"_s.arg(
            q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        item->setData(Qt::UserRole, q.value(0));
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_leaders->setItem(row, 0, item);
        auto *role = new QComboBox(m_leaders);
        role->addItem(roleLabel({}), QString());
        for (const QString &r : Meeting::leaderRoles())
            role->addItem(roleLabel(r), r);
        m_leaders->setCellWidget(row, 1, role);
    }
    m_departments->clear();
    q.exec(u"SELECT id, name FROM departments ORDER BY name"_s);
    while (q.next()) {
        auto *item = new QListWidgetItem(q.value(1).toString(), m_departments);
        item->setData(Qt::UserRole, q.value(0));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_enterprises->setRowCount(0);
    q.exec(u"SELECT id, name, responsible_person FROM enterprises ORDER BY name"_s);
    while (q.next()) {
        const int row = m_enterprises->rowCount();
        m_enterprises->insertRow(row);
        auto *item = new QTableWidgetItem(q.value(1).toString());
        item->setData(Qt::UserRole, q.value(0));
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        item->setCheckState(Qt::Unchecked);
        m_enterprises->setItem(row, 0, item);
        m_enterprises->setItem(row, 1, new QTableWidgetItem(q.value(2).toString()));
    }
    m_leaders->resizeColumnToContents(0);
    m_enterprises->resizeColumnToContents(0);
}

void MeetingsPage::loadMeeting() {
    const auto m = m_meetingId ? MeetingService(m_db).find(m_meetingId) : std::nullopt;
    if (m) {
        m_date->setDate(m->date);
        m_title->setText(m->title);
        m_place->setText(m->place);
        m_form->setCurrentText(m->form);
    }
    // Attendees of this meeting.
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
    }
    // Agenda and the topics that could join it.
    const QSignalBlocker block(m_agenda->model());
    m_agenda->clear();
    m_topicChoice->clear();
    QList<qint64> onAgenda;
    if (m) {
        for (const auto &item : m->agenda) {
            auto *w = new QListWidgetItem(
                u"%1. %2"_s.arg(item.position).arg(nameOf(m_db, u"topics"_s, item.topicId)),
                m_agenda);
            w->setData(Qt::UserRole, item.topicId);
            w->setData(Qt::UserRole + 1, item.decision);
            if (!item.decision.isEmpty())
                w->setToolTip(item.decision);
            onAgenda << item.topicId;
        }
    }
    QSqlQuery q(m_db.sql());
    q.exec(
        u"SELECT id, title, urgent FROM topics WHERE status = 'open' ORDER BY urgent DESC, id"_s);
    while (q.next()) {
        if (!onAgenda.contains(q.value(0).toLongLong()))
            m_topicChoice->addItem((q.value(2).toInt() ? tr("[urgent] ") : QString()) +
                                       q.value(1).toString(),
                                   q.value(0));
    }
    showDecision();
    updateChecks();
    updateProposals();
}

void MeetingsPage::updateChecks() {
    MeetingService service(m_db);
    const MeetingPlanner planner = service.planner();
    QStringList rules = planner.ruleSummary();
    const QDate date = m_date->date();
    const Deadline notice = planner.noticeDue(date);
    if (notice.isValid())
        rules << tr("Publish the notice by %1").arg(notice.date.toString(Qt::ISODate));
    const Deadline catalogue = planner.catalogueDue(date);
    if (catalogue.isValid())
        rules << tr("Problem catalogue due by %1").arg(catalogue.date.toString(Qt::ISODate));
    const Deadline assignBy = planner.assignBy(date);
    if (assignBy.isValid())
        rules << tr("Assign by %1").arg(assignBy.date.toString(Qt::ISODate));
    m_rules->setText(rules.join(u'\n'));

    m_warnings.clear();
    QList<MeetingPlanner::Warning> found;
    const auto stored = m_meetingId ? service.find(m_meetingId) : std::nullopt;
    if (stored && stored->date == date) {
        found = service.checkPlan(m_meetingId, m_today);
    } else {
        // Not saved yet: count the other meetings of the period as they are stored.
        int others = 0;
        const auto period = planner.period(date);
        if (period.isValid()) {
            QSqlQuery q(m_db.sql());
            q.prepare(u"SELECT COUNT(*) FROM meetings WHERE id <> ? AND status <> 'cancelled' AND "
                      "meeting_date BETWEEN ? AND ?"_s);
            q.addBindValue(m_meetingId);
            q.addBindValue(period.first.toString(Qt::ISODate));
            q.addBindValue(period.last.toString(Qt::ISODate));
            if (q.exec() && q.next())
                others = q.value(0).toInt();
        }
        found = planner.check(date, m_today, stored ? int(stored->enterprises.size()) : 0, others);
    }
    for (const auto &w : found)
        m_warnings << w.message;
    m_warningLabel->setStyleSheet(m_warnings.isEmpty() ? u"color: #1b5e20"_s : u"color: #b00020"_s);
    m_warningLabel->setText(m_warnings.isEmpty() ? tr("None")
                                                 : u"• "_s + m_warnings.join(u"\n• "_s));
}

QList<qint64> MeetingsPage::agendaTopicIds() const {
    QList<qint64> ids;
    for (int i = 0; i < m_agenda->count(); ++i)
        ids << m_agenda->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

bool MeetingsPage::saveAgendaOrder() {
    MeetingService service(m_db);
    if (!service.setAgenda(m_meetingId, agendaTopicIds())) {
        say(service.errorString(), true);
        return false;
    }
    const qint64 current =
        m_agenda->currentItem() ? m_agenda->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    loadMeeting();
    for (int i = 0; i < m_agenda->count(); ++i)
        if (m_agenda->item(i)->data(Qt::UserRole).toLongLong() == current)
            m_agenda->setCurrentRow(i);
    m_model->reload();
    return true;
}

bool MeetingsPage::addTopicToAgenda(qint64 topicId) {
    if (!m_meetingId) {
        say(tr("Save the meeting before adding topics."), true);
        return false;
    }
    if (!topicId)
        topicId = m_topicChoice->currentData().toLongLong();
    if (!topicId) {
        say(tr("Choose a topic to add."), true);
        return false;
    }
    QList<qint64> ids = agendaTopicIds();
    ids << topicId;
    MeetingService service(m_db);
    if (!service.setAgenda(m_meetingId, ids)) {
        say(service.errorString(), true);
        return false;
    }
    refresh();
    return true;
}

bool MeetingsPage::removeAgendaItem() {
    const int row = m_agenda->currentRow();
    if (row < 0)
        return false;
    QList<qint64> ids = agendaTopicIds();
    ids.removeAt(row);
    MeetingService service(m_db);
    if (!service.setAgenda(m_meetingId, ids)) {
        say(service.errorString(), true);
        return false;
    }
    refresh();
    return true;
}

bool MeetingsPage::moveAgendaItem(int from, int to) {
    if (from < 0 || from >= m_agenda->count() || to < 0 || to >= m_agenda->count())
        return false;
    const QSignalBlocker block(m_agenda->model());
    QListWidgetItem *item = m_agenda->takeItem(from);
    m_agenda->insertItem(to, item);
    m_agenda->setCurrentRow(to);
    return saveAgendaOrder();
}

void MeetingsPage::showDecision() {
    QListWidgetItem *item = m_agenda->currentItem();
    m_decision->setEnabled(item != nullptr);
    m_decision->setPlainText(item ? item->data(Qt::UserRole + 1).toString() : QString());
}

bool MeetingsPage::saveDecision(qint64 topicId, const QString &decision) {
    MeetingService service(m_db);
    if (!service.setDecision(m_meetingId, topicId, decision)) {
        say(service.errorString(), true);
        return false;
    }
    loadMeeting();
    say(tr("Decision saved."), false);
    return true;
}

void MeetingsPage::setLeaderRole(qint64 leaderId, const QString &role) {
    for (int r = 0; r < m_leaders->rowCount(); ++r) {
        if (m_leaders->item(r, 0)->data(Qt::UserRole).toLongLong() == leaderId) {
            auto *combo = static_cast<QComboBox *>(m_leaders->cellWidget(r, 1));
            combo->setCurrentIndex(combo->findData(role));
        }
    }
}

void MeetingsPage::setEnterpriseInvited(qint64 enterpriseId, bool invited) {
    for (int r = 0; r < m_enterprises->rowCount(); ++r)
        if (m_enterprises->item(r, 0)->data(Qt::UserRole).toLongLong() == enterpriseId)
            m_enterprises->item(r, 0)->setCheckState(invited ? Qt::Checked : Qt::Unchecked);
}

void MeetingsPage::setDepartmentAttending(qint64 departmentId, bool attending) {
    for (int r = 0; r < m_departments->count(); ++r)
        if (m_departments->item(r)->data(Qt::UserRole).toLongLong() == departmentId)
            m_departments->item(r)->setCheckState(attending ? Qt::Checked : Qt::Unchecked);
}

bool MeetingsPage::saveAttendees() {
    if (!m_meetingId) {
        say(tr("Save the meeting before recording attendees."), true);
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
    if (!service.setLeaders(m_meetingId, leaders) ||
        !service.setDepartments(m_meetingId, departments) ||
        !service.setEnterprises(m_meetingId, enterprises)) {
        say(service.errorString(), true);
        return false;
    }
    refresh();
    say(tr("Attendees saved: %n enterprise(s).", nullptr, int(enterprises.size())), false);
    return true;
}

void MeetingsPage::updateProposals() {
    m_proposals->setRowCount(0);
    m_domainLabel->clear();
    if (!m_meetingId)
        return;
    MeetingService service(m_db);
    for (const auto &p : service.proposeAssignments(m_meetingId)) {
        const int row = m_proposals->rowCount();
        m_proposals->insertRow(row);
        QStringList coop;
        for (const auto &c : p.cooperators)
            coop << nameOf(m_db, u"departments"_s, c.departmentId);
        m_proposals->setItem(row, 0, new QTableWidgetItem(nameOf(m_db, u"topics"_s, p.topicId)));
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT number FROM appeals WHERE id = ?"_s);
        q.addBindValue(p.appealId);
        m_proposals->setItem(
            row, 1, new QTableWidgetItem(q.exec() && q.next() ? q.value(0).toString() : QString()));
        // The lead can be changed here before assigning; 0 means "not chosen yet".
        auto *lead = new QComboBox(m_proposals);
        lead->addItem(tr("(choose the lead department)"), 0);
        QSqlQuery deps(m_db.sql());
        deps.exec(u"SELECT id, name FROM departments ORDER BY name"_s);
        while (deps.next())
            lead->addItem(deps.value(1).toString(), deps.value(0));
        lead->setCurrentIndex(std::max(0, lead->findData(p.leadDepartmentId)));
        m_proposals->setCellWidget(row, 2, lead);
        m_proposals->setItem(row, 3, new QTableWidgetItem(coop.join(u"、"_s)));
    }
    if (!ProfileRepository(m_db).active().domainMatching)
        return;
    // 乌海: the chairing vice-mayor receives the appeals of his domains. Appeals on this agenda
    // that do not match are pointed to a later meeting; appeals of topics on no agenda yet that
    // match are proposed for this one.
    const auto appealsOf = [this](const QString &sql) {
        QList<qint64> ids;
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        if (sql.contains(u'?'))
            q.addBindValue(m_meetingId);
        q.exec();
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    };
    const auto numberOf = [this](qint64 appealId) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT number FROM appeals WHERE id = ?"_s);
        q.addBindValue(appealId);
        return q.exec() && q.next() ? q.value(0).toString() : QString::number(appealId);
    };
    const auto dateOf = [&service](qint64 meetingId) {
        const auto m = service.find(meetingId);
        return m ? m->date.toString(Qt::ISODate) : QString();
    };
    QStringList lines;
    for (const auto &p : service.proposeByDomain(
             m_meetingId,
             appealsOf(u"SELECT a.id FROM appeals a JOIN meeting_topics mt ON "
                       "mt.topic_id = a.topic_id WHERE mt.meeting_id = ? ORDER BY a.id"_s))) {
        if (p.matchesThisMeeting)
            continue;
        const QString domain = p.domain.isEmpty() ? tr("no domain") : p.domain;
        lines << (p.proposedMeetingId
                      ? tr("On the agenda, but %1 (%2) fits the chair of the meeting on %3.")
                            .arg(numberOf(p.appealId), domain, dateOf(p.proposedMeetingId))
                      : tr("On the agenda, but no planned meeting's chair covers %1 (%2).")
                            .arg(numberOf(p.appealId), domain));
    }
    QStringList candidates;
    for (const auto &p : service.proposeByDomain(
             m_meetingId,
             appealsOf(u"SELECT a.id FROM appeals a JOIN topics t ON t.id = a.topic_id WHERE "
                       "t.status = 'open' AND a.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM "
                       "meeting_topics mt WHERE mt.topic_id = t.id) ORDER BY a.id"_s))) {
        if (p.matchesThisMeeting)
            candidates << u"%1 (%2)"_s.arg(numberOf(p.appealId), p.domain);
    }
    if (!candidates.isEmpty())
        lines << tr("Waiting topics whose appeals match this chair: %1")
                     .arg(candidates.join(u", "_s));
    m_domainLabel->setText(lines.isEmpty()
                               ? tr("All appeals on the agenda match the chair's domains.")
                               : lines.join(u'\n'));
}

void MeetingsPage::setProposedLead(int row, qint64 departmentId) {
    if (auto *lead = qobject_cast<QComboBox *>(m_proposals->cellWidget(row, 2)))
        lead->setCurrentIndex(lead->findData(departmentId));
}

int MeetingsPage::proposalCount() const {
    return m_proposals->rowCount();
}

bool MeetingsPage::createAssignments() {
    MeetingService service(m_db);
    auto plans = service.proposeAssignments(m_meetingId);
    for (int row = 0; row < plans.size() && row < m_proposals->rowCount(); ++row) {
        auto *lead = qobject_cast<QComboBox *>(m_proposals->cellWidget(row, 2));
        const qint64 chosen = lead ? lead->currentData().toLongLong() : 0;
        MeetingService::AssignmentPlan &plan = plans[row];
        if (chosen == plan.leadDepartmentId)
            continue;
        // A cooperating department promoted to lead stops cooperating.
        plan.cooperators.removeIf(
            [chosen](const CooperatingDepartment &c) { return c.departmentId == chosen; });
        plan.leadDepartmentId = chosen;
    }
    const auto result = service.createAssignments(m_meetingId, plans, m_assignedOn->date());
    if (!result) {
        say(service.errorString(), true);
        return false;
    }
    refresh();
    QString text = tr("%n assignment(s) created.", nullptr, int(result->assignmentIds.size()));
    if (!result->warnings.isEmpty())
        text += u' ' + result->warnings.join(u' ');
    say(text, !result->warnings.isEmpty());
    return true;
}
