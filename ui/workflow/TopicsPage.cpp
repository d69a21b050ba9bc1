#include "ui/workflow/TopicsPage.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/queries/ChoiceLists.h"
#include "core/queries/RecordPapersQuery.h"
#include "core/records/RecordNames.h"
#include "core/workflow/TopicService.h"
#include "ui/ColumnFit.h"
#include "ui/ListEndKey.h"
#include "ui/ListPrintMenu.h"
#include "ui/MessageLine.h"
#include "ui/NextStepBanner.h"
#include "ui/workflow/AppealQueueModel.h"
#include "ui/workflow/ScreeningDialog.h"
#include "ui/workflow/TopicsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableView *makeView(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    ListEndKey::install(view);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
} // namespace

TopicsPage::TopicsPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_appeals(new AppealQueueModel(db, this))
    , m_topics(new TopicsModel(db, this))
    , m_appealView(makeView(m_appeals, this))
    , m_topicView(makeView(m_topics, this))
    , m_showScreened(new QCheckBox(tr("Also show screened-out appeals"), this))
    , m_title(new QLineEdit(this))
    , m_urgent(new QCheckBox(tr("Urgent (急事优先)"), this))
    , m_topicAppeals(new QListWidget(this))
    , m_topicDepartments(new QListWidget(this))
    , m_department(new QComboBox(this))
    , m_message(new MessageLine(this)) {
    m_appealView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_topicView->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *left = new QGroupBox(tr("Appeals not in a topic"), this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_appealView);
    leftLayout->addWidget(m_showScreened);
    auto *screen = new QPushButton(tr("Screen selected…"), left);
    m_title->setObjectName(u"topicTitleEdit"_s);
    m_title->setPlaceholderText(tr("Title of the new topic (Enter creates it)"));
    auto *create = new QPushButton(tr("New topic from selected"), left);
    auto *row = new QHBoxLayout;
    row->addWidget(screen);
    row->addWidget(m_title, 1);
    row->addWidget(create);
    auto *printAppeals = new QPushButton(tr("Print &list"), left);
    auto *appealsMenu = new ListPrintMenu(
        m_appeals, m_appealView, u"未归入议题的诉求"_s,
        [this] {
            return m_showScreened->isChecked() ? u"含已研判不予受理、转办和即知即办的诉求"_s
                                               : u"待研判和已受理的诉求"_s;
        },
        this);
    appealsMenu->setObjectName(u"queueListPrint"_s);
    printAppeals->setMenu(appealsMenu);
    row->addWidget(printAppeals);
    leftLayout->addLayout(row);

    auto *right = new QGroupBox(tr("Topics (urgent first)"), this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_topicView, 2);
    auto *printTopics = new QPushButton(tr("Print &topics"), right);
    auto *topicsMenu = new ListPrintMenu(m_topics, m_topicView, u"议题清单"_s, {}, this);
    topicsMenu->setObjectName(u"topicsListPrint"_s);
    printTopics->setMenu(topicsMenu);
    auto *topicsRow = new QHBoxLayout;
    topicsRow->addStretch();
    topicsRow->addWidget(printTopics);
    rightLayout->addLayout(topicsRow);
    auto *detail = new QFormLayout;
    detail->addRow(m_urgent);
    auto *appealsBox = new QVBoxLayout;
    appealsBox->addWidget(m_topicAppeals);
    auto *removeAppeal = new QPushButton(tr("Take appeal out of topic"), right);
    appealsBox->addWidget(removeAppeal);
    detail->addRow(tr("Appeals"), appealsBox);
    detail->addRow(tr("Preparing departments"), m_topicDepartments);
    auto *handRow = new QHBoxLayout;
    handRow->addWidget(m_department, 1);
    auto *hand = new QPushButton(tr("Hand over to prepare"), right);
    handRow->addWidget(hand);
    detail->addRow(tr("Department"), handRow);
    rightLayout->addLayout(detail, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"topics"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, &Page::goToPage);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_showScreened, &QCheckBox::toggled, m_appeals, &AppealQueueModel::setShowScreened);
    connect(screen, &QPushButton::clicked, this, &TopicsPage::screenSelected);
    connect(create, &QPushButton::clicked, this, &TopicsPage::createTopic);
    connect(m_title, &QLineEdit::returnPressed, this, &TopicsPage::createTopic); // as the button
    connect(hand, &QPushButton::clicked, this, &TopicsPage::handToDepartment);
    connect(removeAppeal, &QPushButton::clicked, this, &TopicsPage::removeSelectedAppeal);
    connect(m_urgent, &QCheckBox::clicked, this, &TopicsPage::setCurrentUrgent);
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicsPage::showTopic);
    refresh();
}

QString TopicsPage::message() const {
    return m_message->text();
}

void TopicsPage::refresh() {
    m_nextStep->refresh(m_db);
    // Read again after another desk's save (the live refresh) or this page's own: the appeals
    // the clerk is gathering into a topic stay selected.
    const QList<qint64> appeals = selectedAppealIds();
    const qint64 topic = currentTopicId();
    const qint64 dep = m_department->currentData().toLongLong();
    m_department->clear();
    for (const ChoiceLists::Choice &d : ChoiceLists(m_db).departments())
        m_department->addItem(d.name, d.id);
    if (dep)
        setDepartment(dep);
    m_appeals->reload();
    selectAppeals(appeals);
    m_topics->reload();
    ColumnFit::of(m_appealView)->fit();
    ColumnFit::of(m_topicView)->fit();
    if (topic)
        selectTopic(topic);
    showTopic();
}

QList<qint64> TopicsPage::selectedAppealIds() const {
    QList<qint64> ids;
    for (const QModelIndex &i : m_appealView->selectionModel()->selectedRows())
        ids << m_appeals->idAt(i.row());
    return ids;
}

void TopicsPage::selectAppeals(const QList<qint64> &ids) {
    m_appealView->clearSelection();
    for (qint64 id : ids) {
        const int row = m_appeals->rowOfId(id);
        if (row >= 0)
            m_appealView->selectionModel()->select(
                m_appeals->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TopicsPage::selectTopic(qint64 id) {
    const int row = m_topics->rowOfId(id);
    if (row >= 0)
        m_topicView->selectionModel()->setCurrentIndex(m_topics->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
}

qint64 TopicsPage::currentTopicId() const {
    const QModelIndex i = m_topicView->selectionModel()->currentIndex();
    return i.isValid() ? m_topics->idAt(i.row()) : 0;
}

void TopicsPage::setTopicTitle(const QString &title) {
    m_title->setText(title);
}

void TopicsPage::setDepartment(qint64 departmentId) {
    m_department->setCurrentIndex(m_department->findData(departmentId));
}

void TopicsPage::screenSelected() {
    const QList<qint64> ids = selectedAppealIds();
    if (ids.isEmpty()) {
        m_message->showError(tr("Select the appeals to screen first."));
        return;
    }
    auto *dialog = new ScreeningDialog(m_db, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, n = ids.size()] {
        refresh();
        m_message->showSuccess(tr("Screening recorded for %n appeal(s).", nullptr, int(n)));
    });
    dialog->open();
}

bool TopicsPage::createTopic() {
    TopicService service(m_db);
    const qint64 id = service.create(m_title->text(), selectedAppealIds());
    if (!id) {
        m_message->showError(service.errorString());
        return false;
    }
    m_title->clear();
    refresh();
    selectTopic(id);
    m_message->showSuccess(tr("Topic created."));
    return true;
}

bool TopicsPage::setCurrentUrgent(bool urgent) {
    const qint64 id = currentTopicId();
    TopicService service(m_db);
    if (!id || !service.setUrgent(id, urgent)) {
        m_message->showError(id ? service.errorString() : tr("Select a topic first."));
        return false;
    }
    refresh();
    return true;
}

bool TopicsPage::handToDepartment() {
    const qint64 id = currentTopicId();
    TopicService service(m_db);
    if (!id || !service.handToDepartments(id, {m_department->currentData().toLongLong()},
                                          Clock::today())) {
        m_message->showError(id ? service.errorString() : tr("Select a topic first."));
        return false;
    }
    showTopic();
    m_topics->reload();
    selectTopic(id);
    m_message->showSuccess(tr("Topic handed to %1 to prepare.").arg(m_department->currentText()));
    return true;
}

bool TopicsPage::removeSelectedAppeal() {
    const qint64 id = currentTopicId();
    QListWidgetItem *item = m_topicAppeals->currentItem();
    if (!id || !item) {
        m_message->showError(tr("Select a topic and one of its appeals first."));
        return false;
    }
    TopicService service(m_db);
    if (!service.removeAppeal(id, item->data(Qt::UserRole).toLongLong())) {
        m_message->showError(service.errorString());
        return false;
    }
    refresh();
    return true;
}

void TopicsPage::showTopic() {
    m_topicAppeals->clear();
    m_topicDepartments->clear();
    const qint64 id = currentTopicId();
    const auto topic = id ? TopicService(m_db).find(id) : std::nullopt;
    m_urgent->setEnabled(topic.has_value());
    m_urgent->setChecked(topic && topic->urgent);
    if (!topic)
        return;
    for (const RecordPapersQuery::TopicAppeal &a : RecordPapersQuery(m_db).appealsOfTopic(id)) {
        auto *item = new QListWidgetItem(
            u"%1  %2 — %3"_s.arg(a.number, a.submittingUnit, a.problem.simplified().left(40)),
            m_topicAppeals);
        item->setData(Qt::UserRole, a.id);
    }
    for (const Topic::Department &d : topic->departments)
        m_topicDepartments->addItem(tr("%1 (since %2)")
                                        .arg(RecordNames::departmentName(m_db, d.departmentId),
                                             d.handedOn.toString(Qt::ISODate)));
}
