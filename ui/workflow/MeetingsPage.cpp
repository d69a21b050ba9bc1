#include "ui/workflow/MeetingsPage.h"

#include "core/Clock.h"
#include "ui/ColumnFit.h"
#include "ui/ListEndKey.h"
#include "ui/ListPrintMenu.h"
#include "ui/MessageLine.h"
#include "ui/NextStepBanner.h"
#include "ui/PrintMenu.h"
#include "ui/SelectOnRelease.h"
#include "ui/UserPrompt.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/queries/MeetingPlanQuery.h"
#include "core/workflow/MeetingMerge.h"
#include "core/workflow/MeetingService.h"
#include "ui/EditConflictDialog.h"
#include "ui/StoredText.h"
#include "ui/workflow/MeetingAgendaTab.h"
#include "ui/workflow/MeetingAssignTab.h"
#include "ui/workflow/MeetingAttendeesTab.h"
#include "ui/workflow/MeetingsModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MeetingsPage::MeetingsPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_model(new MeetingsModel(db, this))
    , m_view(new QTableView(this))
    , m_date(new QDateEdit(this))
    , m_title(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_form(new QComboBox(this))
    , m_rules(new QLabel(this))
    , m_warningLabel(new MessageLine(this))
    , m_agenda(new MeetingAgendaTab(db, this))
    , m_attendees(new MeetingAttendeesTab(db, this))
    , m_assign(new MeetingAssignTab(db, this))
    , m_message(new MessageLine(this)) {
    m_view->setModel(m_model);
    ListEndKey::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    new SelectOnRelease(m_view); // another meeting may ask first (mayLeave)
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
    auto *printList = new QPushButton(tr("Print &list"), left);
    auto *listMenu = new ListPrintMenu(m_model, m_view, u"会议清单"_s, {}, this);
    listMenu->setObjectName(u"meetingsListPrint"_s);
    printList->setMenu(listMenu);
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(print);
    printRow->addWidget(printList);
    leftLayout->addLayout(printRow);

    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->addTab(createPlanTab(), tr("Plan"));
    tabs->addTab(m_agenda, tr("Agenda"));
    tabs->addTab(m_attendees, tr("Attendees"));
    tabs->addTab(m_assign, tr("Assign"));
    // A tab that changed the meeting has the page read it (and the list) again.
    connect(m_agenda, &MeetingAgendaTab::message, m_message, &MessageLine::showMessage);
    connect(m_agenda, &MeetingAgendaTab::changed, this, &MeetingsPage::refresh);
    connect(m_attendees, &MeetingAttendeesTab::message, m_message, &MessageLine::showMessage);
    connect(m_attendees, &MeetingAttendeesTab::changed, this, &MeetingsPage::refresh);
    connect(m_assign, &MeetingAssignTab::message, m_message, &MessageLine::showMessage);
    connect(m_assign, &MeetingAssignTab::changed, this, &MeetingsPage::refresh);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setSizes({520, 760}); // room for the meetings' titles and status
    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"meetings"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, &Page::goToPage);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingsPage::updateChecks);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = m_model->idAt(current.row());
                if (id != m_meetingId && !mayLeave()) {
                    // The clerk keeps the typing: back to its meeting once the view has
                    // finished this change.
                    QTimer::singleShot(0, this, [this, kept = m_meetingId] {
                        if (kept)
                            selectMeeting(kept);
                        else
                            m_view->clearSelection();
                    });
                    return;
                }
                m_meetingId = id;
                loadMeeting();
            });
    m_date->setDate(Clock::today());
    refresh();
    // The clerk opens the page for the coming meeting: it is shown, not an empty form whose
    // warnings are about a meeting nobody planned. Without one, the last meeting held.
    if (const qint64 id = MeetingPlanQuery(m_db).meetingToOpen(Clock::today()))
        selectMeeting(id);
}

QWidget *MeetingsPage::createPlanTab() {
    auto *plan = new QWidget(this);
    auto *planForm = new QFormLayout(plan);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_form->setEditable(true);
    m_form->addItems({u"座谈会"_s, u"现场会"_s, u"早餐会"_s, u"走访"_s, u"接待日"_s});
    m_date->setObjectName(u"meetingDateEdit"_s);
    m_title->setObjectName(u"meetingTitleEdit"_s);
    m_place->setObjectName(u"meetingPlaceEdit"_s);
    m_form->setObjectName(u"meetingFormCombo"_s);
    planForm->addRow(tr("Date"), m_date);
    planForm->addRow(tr("Title"), m_title);
    planForm->addRow(tr("Place"), m_place);
    planForm->addRow(tr("Form"), m_form);
    auto *save = new QPushButton(tr("Save meeting"), plan);
    planForm->addRow(save);
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    planForm->addRow(tr("Rules"), m_rules);
    planForm->addRow(tr("Warnings"), m_warningLabel);
    connect(save, &QPushButton::clicked, this, &MeetingsPage::saveMeeting);
    for (QLineEdit *edit : {m_title, m_place})
        connect(edit, &QLineEdit::returnPressed, this, &MeetingsPage::saveMeeting);
    return plan;
}

QString MeetingsPage::message() const {
    return m_message->text();
}

QString MeetingsPage::domainText() const {
    return m_agenda->domainText();
}

QString MeetingsPage::rulesText() const {
    return m_rules->text();
}

void MeetingsPage::setMeetingDate(const QDate &date) {
    m_date->setDate(date);
}

void MeetingsPage::setMeetingTitle(const QString &title) {
    m_title->setText(title);
}

void MeetingsPage::setAssignedOn(const QDate &date) {
    m_assign->setAssignedOn(date);
}

void MeetingsPage::refresh() {
    m_nextStep->refresh(m_db);
    const qint64 keep = m_meetingId;
    m_model->reload();
    ColumnFit::of(m_view)->fit();
    m_attendees->loadChoices();
    if (keep)
        selectMeeting(keep);
    loadMeeting();
}

void MeetingsPage::selectMeeting(qint64 id) {
    if (id != m_meetingId && !mayLeave())
        return;
    m_meetingId = id; // first: the list's change of row then is no change of meeting
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    loadMeeting();
}

void MeetingsPage::newMeeting() {
    if (!mayLeave())
        return;
    m_meetingId = 0;
    m_view->clearSelection();
    m_loaded = Meeting{};
    StoredText::clear(m_title);
    StoredText::clear(m_place);
    StoredText::clear(m_date, Clock::today().addDays(14));
    loadMeeting();
    // Straight to the title (the date is proposed two weeks ahead); Enter saves.
    m_tabs->setCurrentIndex(0);
    m_title->setFocus();
    m_message->showSuccess(tr("Fill in the date and title, then save the meeting (Enter)."));
}

bool MeetingsPage::saveMeeting() {
    MeetingService service(m_db);
    // The meeting as the Plan tab read it, with its version: a save over a later one is
    // refused and weighed with the clerk (resolveConflict), never quietly put over it.
    Meeting m = m_meetingId ? m_loaded : Meeting{};
    m.date = m_date->date();
    m.title = m_title->text();
    m.place = m_place->text();
    m.form = m_form->currentText();
    m.kind = ProfileRepository(m_db).active().meetingName;
    if (m_meetingId) {
        if (m.id != m_meetingId) { // the meeting could not be read when it was selected
            m_message->showError(service.missing(m_meetingId));
            return false;
        }
        if (!service.update(m)) {
            if (service.conflict())
                return resolveConflict(m, service.errorString());
            m_message->showError(service.errorString());
            return false;
        }
    } else {
        m_meetingId = service.create(m);
        if (!m_meetingId) {
            m_message->showError(service.errorString());
            return false;
        }
    }
    settlePlan();
    m_loaded = Meeting{}; // read again by the refresh, at the version just saved
    refresh();
    m_message->showSuccess(tr("Meeting saved."));
    return true;
}

bool MeetingsPage::resolveConflict(const Meeting &mine, const QString &message) {
    MeetingService service(m_db);
    const auto stored = service.find(mine.id);
    if (!stored) {
        m_message->showError(service.missing(mine.id));
        return false;
    }
    // Three ways: what the Plan tab loaded, what the clerk made of it, what is stored now.
    const MeetingMerge merge(m_loaded, mine, *stored);
    if (!merge.changedElsewhere().isEmpty()) {
        const auto text = [](MeetingField field, const Meeting &m) {
            switch (field) {
            case MeetingField::Date:
                return m.date.toString(Qt::ISODate);
            case MeetingField::Title:
                return m.title;
            case MeetingField::Place:
                return m.place;
            case MeetingField::Form:
                return m.form;
            }
            return QString();
        };
        EditConflictDialog dialog(
            message, EditConflictDialog::differences(merge, mine, *stored, text), this);
        dialog.exec();
        switch (dialog.choice()) {
        case EditConflictDialog::Choice::Reload:
            StoredText::settle(m_title); // the stored values replace what was typed
            StoredText::settle(m_place);
            StoredText::settle(m_date);
            StoredText::settle(m_form);
            m_loaded = Meeting{};
            loadMeeting();
            m_message->showError(tr("The Plan tab shows the stored meeting now; nothing of yours "
                                    "was saved."));
            return false;
        case EditConflictDialog::Choice::Overwrite:
            break;
        case EditConflictDialog::Choice::Back:
            m_message->showError(message); // nothing reloaded: what the clerk typed stays
            return false;
        }
    }
    // The clerk's changes onto the stored meeting (what only the other desk changed stays; a
    // change to the attendees or the agenda alone needs no question). The Plan tab shows the
    // merged values, and yet another change in between is refused again.
    const Meeting merged = merge.merged();
    m_loaded = *stored;
    m_title->setText(merged.title);
    m_place->setText(merged.place);
    m_date->setDate(merged.date);
    m_form->setCurrentText(merged.form);
    return saveMeeting();
}

bool MeetingsPage::mayLeave() {
    QStringList typed;
    if (planChanged())
        typed << tr("the plan");
    if (m_attendees->hasChanges())
        typed << tr("the attendees");
    if (m_agenda->hasTyping())
        typed << tr("a decision");
    if (typed.isEmpty())
        return true;
    return UserPrompt::question(this, tr("Unsaved input"),
                                tr("What you changed for this meeting is not saved (%1). "
                                   "Discard it?")
                                    .arg(typed.join(tr(", "))),
                                QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Discard;
}

bool MeetingsPage::planChanged() const {
    return StoredText::changed(m_title) || StoredText::changed(m_place) ||
           StoredText::changed(m_date) || StoredText::changed(m_form);
}

void MeetingsPage::settlePlan() {
    StoredText::settle(m_title);
    StoredText::settle(m_place);
    StoredText::settle(m_date);
    StoredText::settle(m_form);
}

void MeetingsPage::loadMeeting() {
    MeetingService service(m_db);
    const auto m = m_meetingId ? service.find(m_meetingId) : std::nullopt;
    if (m_meetingId && !m)
        m_message->showError(service.missing(m_meetingId));
    if (m) {
        // Another meeting: its stored plan. The same one read again (another desk saved
        // something): the fields the clerk has changed and not saved stay as typed, and so does
        // the version they were typed on.
        if (m->id != m_loaded.id)
            settlePlan();
        // The stored values now shown in the fields the clerk has not touched count as read;
        // those the clerk changed keep the values they were changed from, and the meeting its
        // version, so that a save asks only about a field both desks changed.
        Meeting read = *m;
        if (m->id == m_loaded.id && planChanged()) {
            read.version = m_loaded.version;
            if (StoredText::changed(m_date))
                read.date = m_loaded.date;
            if (StoredText::changed(m_title))
                read.title = m_loaded.title;
            if (StoredText::changed(m_place))
                read.place = m_loaded.place;
            if (StoredText::changed(m_form))
                read.form = m_loaded.form;
        }
        StoredText::show(m_date, m->date);
        StoredText::show(m_title, m->title);
        StoredText::show(m_place, m->place);
        StoredText::show(m_form, m->form);
        m_loaded = read;
    }
    m_attendees->showMeeting(m_meetingId, m);
    m_agenda->showMeeting(m_meetingId, m);
    m_assign->showMeeting(m_meetingId, m);
    updateChecks();
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
    if (!stored && !service.readError().isEmpty()) {
        // Unchecked, not "None".
        found << MeetingPlanner::Warning{u"unreadable"_s, service.readError()};
    } else if (stored && stored->date == date) {
        found = service.checkPlan(m_meetingId, Clock::today());
    } else {
        // Not saved yet: count the other meetings of the period as they are stored.
        const auto period = planner.period(date);
        MeetingPlanQuery query(m_db);
        const int others =
            period.isValid() ? query.othersInPeriod(m_meetingId, period.first, period.last) : 0;
        found = query.errorString().isEmpty()
                    ? planner.check(date, Clock::today(),
                                    stored ? int(stored->enterprises.size()) : 0, others)
                    : QList<MeetingPlanner::Warning>{{u"unreadable"_s, query.errorString()}};
    }
    for (const auto &w : found)
        m_warnings << w.message;
    if (m_warnings.isEmpty())
        m_warningLabel->showSuccess(tr("None"));
    else
        m_warningLabel->showWarning(u"• "_s + m_warnings.join(u"\n• "_s));
}

QList<qint64> MeetingsPage::agendaTopicIds() const {
    return m_agenda->topicIds();
}

bool MeetingsPage::addTopicToAgenda(qint64 topicId) {
    return m_agenda->addTopic(topicId);
}

bool MeetingsPage::removeAgendaItem() {
    return m_agenda->removeCurrent();
}

bool MeetingsPage::moveAgendaItem(int from, int to) {
    return m_agenda->move(from, to);
}

bool MeetingsPage::saveDecision(qint64 topicId, const QString &decision) {
    return m_agenda->saveDecision(topicId, decision);
}

void MeetingsPage::setLeaderRole(qint64 leaderId, const QString &role) {
    m_attendees->setLeaderRole(leaderId, role);
}

void MeetingsPage::setEnterpriseInvited(qint64 enterpriseId, bool invited) {
    m_attendees->setEnterpriseInvited(enterpriseId, invited);
}

void MeetingsPage::setDepartmentAttending(qint64 departmentId, bool attending) {
    m_attendees->setDepartmentAttending(departmentId, attending);
}

bool MeetingsPage::saveAttendees() {
    return m_attendees->save();
}

void MeetingsPage::setProposedLead(int row, qint64 departmentId) {
    m_assign->setProposedLead(row, departmentId);
}

int MeetingsPage::proposalCount() const {
    return m_assign->proposalCount();
}

bool MeetingsPage::createAssignments() {
    return m_assign->createAssignments();
}
