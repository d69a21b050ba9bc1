#include "ui/workflow/AssignmentsPage.h"

#include "core/StatusLabels.h"
#include "ui/ColumnFit.h"
#include "ui/ListEndKey.h"
#include "ui/ListPrintMenu.h"
#include "ui/NextStepBanner.h"
#include "ui/SelectOnRelease.h"
#include "ui/workflow/AssignmentDetailPanel.h"
#include "ui/workflow/AssignmentsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AssignmentsPage::AssignmentsPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_model(new AssignmentsModel(db, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_openOnly(new QCheckBox(tr("Open assignments only"), this))
    , m_detail(new AssignmentDetailPanel(db, this))
    , m_printMenu(new ListPrintMenu(
          m_model, m_view, u"交办事项清单"_s,
          [this] { return m_openOnly->isChecked() ? u"仅未办结事项"_s : QString(); }, this)) {
    m_view->setModel(m_model);
    ListEndKey::install(m_view);
    // What the clerk chases first, beside the number: the deadline and the status (on a
    // 1024-pixel screen the other columns are a scroll away).
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(m_model->columnIndex(u"due"_s)), 1);
    header->moveSection(header->visualIndex(m_model->columnIndex(u"status"_s)), 2);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    new SelectOnRelease(m_view); // another item may ask first (AssignmentDetailPanel::mayLeave)

    // Finding one item among thousands: by the appeal's number, the submitting unit, the subject
    // or the lead department, as the clerk types (Ctrl+F; Enter opens the first match).
    m_search->setObjectName(u"assignmentSearch"_s);
    m_search->setPlaceholderText(tr("Search number, unit, subject or department… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchTimer] {
        searchTimer->stop();
        search(m_search->text());
        if (m_model->rowCount() > 0) {
            selectAssignment(m_model->idAt(0));
            m_view->setFocus();
        }
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view);
    // The colours explained, in the colours themselves, on a row of their own so that the
    // list stays narrow enough for a 1024-pixel screen.
    auto *legendRow = new QHBoxLayout;
    using State = AssignmentService::DeadlineState;
    for (const State state :
         {State::Overdue, State::Extended, State::ExtendedOverdue, State::DueSoon}) {
        auto *label = new QLabel(
            StatusLabels::assignmentDeadline(AssignmentService::deadlineStateCode(state)), left);
        label->setStyleSheet(u"background: %1; padding: 1px 6px;"_s.arg(
            AssignmentsModel::deadlineColour(state).name()));
        legendRow->addWidget(label);
    }
    legendRow->addStretch();
    leftLayout->addLayout(legendRow);
    auto *print = new QPushButton(tr("Print &list"), left);
    print->setObjectName(u"printListButton"_s);
    m_printMenu->setObjectName(u"assignmentsListPrint"_s);
    print->setMenu(m_printMenu);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_openOnly);
    bottomRow->addStretch();
    bottomRow->addWidget(print);
    leftLayout->addLayout(bottomRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // 3 : 2 from the start, not by the panel's wide hint
    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"assignments"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, &Page::goToPage);
    layout->addWidget(splitter);

    connect(m_openOnly, &QCheckBox::toggled, m_model, &AssignmentsModel::setOpenOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
                if (id != m_detail->assignmentId() && !m_detail->mayLeave()) {
                    // The clerk keeps the typing: the list goes back to its item once the
                    // view has finished this change.
                    const qint64 kept = m_detail->assignmentId();
                    QTimer::singleShot(0, this, [this, kept] { showSelected(kept); });
                    return;
                }
                m_detail->setAssignment(id);
            });
    connect(m_detail, &AssignmentDetailPanel::changed, this, [this] {
        const qint64 id = m_detail->assignmentId();
        m_model->reload();
        showSelected(id);
    });
    refresh();
}

void AssignmentsPage::search(const QString &text) {
    const qint64 id = m_detail->assignmentId();
    m_model->setSearch(text);
    // A new search starts at the top of its list, or at the item still selected.
    m_view->scrollToTop();
    showSelected(id); // still highlighted when it matches
}

void AssignmentsPage::setOpenOnly(bool openOnly) {
    m_openOnly->setChecked(openOnly);
}

void AssignmentsPage::selectAssignment(qint64 id) {
    if (id != m_detail->assignmentId() && !m_detail->mayLeave())
        return; // the typing for the item shown stays, and so does the item
    // Opened from elsewhere (the dashboard): its own row is highlighted, loaded first if the
    // list has not come that far, and the list shows everything again if a search or "open
    // only" left the item out — never the row that happened to be selected before.
    if (id > 0 && rowLoading(id) < 0 && (!m_search->text().isEmpty() || m_openOnly->isChecked())) {
        {
            const QSignalBlocker quiet(m_search); // no delayed search for the cleared text
            m_search->clear();
        }
        m_model->setSearch({});
        m_openOnly->setChecked(false);
        rowLoading(id);
    }
    showSelected(id);
}

int AssignmentsPage::rowLoading(qint64 id) {
    int row = m_model->rowOfId(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    return row;
}

void AssignmentsPage::showSelected(qint64 id) {
    const int row = m_model->rowOfId(id);
    {
        const QSignalBlocker block(m_view->selectionModel());
        if (row >= 0) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        } else {
            m_view->selectionModel()->clear(); // no other row pretends to be the one shown
        }
    }
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, 0));
    m_view->viewport()->update();
    m_detail->setAssignment(id);
}

void AssignmentsPage::refresh() {
    m_nextStep->refresh(m_db);
    const qint64 id = m_detail->assignmentId();
    m_model->refreshRules();
    m_model->reload();
    // The subject (the topic's title) is the same for many rows: 12 characters leave room for
    // the deadlines and the status beside it.
    ColumnFit::of(m_view, 12)->fit();
    showSelected(id);
}
