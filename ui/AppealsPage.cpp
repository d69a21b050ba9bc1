#include "ui/AppealsPage.h"

#include "core/Database.h"
#include "core/queries/AppealCounter.h"
#include "core/records/DraftStore.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealFileDrop.h"
#include "ui/AppealFilterBar.h"
#include "ui/AppealImportDialog.h"
#include "ui/AppealListModel.h"
#include "ui/ColumnFit.h"
#include "ui/ListEndKey.h"
#include "ui/ListPrintMenu.h"
#include "ui/MessageLine.h"
#include "ui/NextStepBanner.h"
#include "ui/workflow/ScreeningDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppealsPage::AppealsPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_filters(new AppealFilterBar(db, u"appealsPage/filter"_s))
    , m_model(new AppealListModel(db, this))
    , m_view(new QTableView)
    , m_count(new QLabel)
    , m_exactCount(new QLabel)
    , m_counter(new AppealCounter(db, this))
    , m_stopCounting(new QAction(tr("Stop counting"), this))
    , m_message(new MessageLine)
    , m_screenAction(new QAction(tr("&Screen selected…"), this)) {
    auto *newButton = new QPushButton(tr("&Key in paper forms…"));
    newButton->setObjectName(u"newAppealButton"_s);
    newButton->setShortcut(QKeySequence::New);
    newButton->setToolTip(tr("Type in the enterprises' sign-up forms (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, &AppealsPage::openEntryDialog);
    auto *importButton = new QPushButton(tr("&Import…"));
    importButton->setObjectName(u"importAppealsButton"_s);
    importButton->setToolTip(tr("Appeals from an Excel workbook (.xlsx) or a CSV file: a "
                                "ledger, a department's list, the 12345 hotline's work orders"));
    connect(importButton, &QPushButton::clicked, this, &AppealsPage::openImportDialog);
    m_screenAction->setObjectName(u"screenAction"_s);
    m_screenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_screenAction->setToolTip(tr("One screening decision for the selected appeals: accept, "
                                  "not accepted, redirect or solved at once (Ctrl+Shift+S)"));
    m_screenAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_screenAction);
    connect(m_screenAction, &QAction::triggered, this, &AppealsPage::screenSelected);
    auto *screenButton = new QPushButton(m_screenAction->text());
    screenButton->setObjectName(u"screenButton"_s);
    screenButton->setToolTip(m_screenAction->toolTip());
    connect(screenButton, &QPushButton::clicked, m_screenAction, &QAction::trigger);
    m_message->setObjectName(u"messageLabel"_s);
    // The list exactly as filtered and sorted, all rows, on paper or as PDF.
    auto *printButton = new QPushButton(tr("Print &list"));
    printButton->setObjectName(u"printListButton"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(newButton);
    top->addWidget(importButton);
    top->addWidget(screenButton);
    top->addWidget(printButton);
    top->addWidget(m_message, 1);
    m_count->setObjectName(u"appealCount"_s);
    m_count->setTextFormat(Qt::PlainText); // a database error may hold "<"
    top->addWidget(m_count);
    m_exactCount->setObjectName(u"exactCountLink"_s);
    m_exactCount->setTextFormat(Qt::RichText);
    m_exactCount->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    m_exactCount->setToolTip(tr("The count beside it is estimated from a sample of the "
                                "appeals; this counts every match in the background (with a "
                                "million appeals up to a second or two; Esc stops it)"));
    m_exactCount->hide();
    connect(m_exactCount, &QLabel::linkActivated, this, &AppealsPage::countExactly);
    m_stopCounting->setObjectName(u"stopCounting"_s);
    m_stopCounting->setShortcut(Qt::Key_Escape);
    m_stopCounting->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopCounting->setEnabled(false); // Esc is the other widgets' while nothing is counted
    addAction(m_stopCounting);
    connect(m_stopCounting, &QAction::triggered, this, &AppealsPage::stopCounting);
    connect(m_counter, &AppealCounter::counted, this, [this](int, qint64 count) {
        showCount({count, true});
    });
    connect(m_counter, &AppealCounter::failed, this, [this](int, const QString &error) {
        showCount(m_estimate);
        m_count->setText(tr("The appeals could not be counted: %1").arg(error));
    });
    top->addWidget(m_exactCount);

    m_view->setObjectName(u"appealsView"_s);
    m_view->setModel(m_model);
    ListEndKey::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AppealsPage::showRowMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: the view then never measures rows it has not shown (100,000 appeals).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    const QByteArray state = QSettings().value(u"appealsPage/header"_s).toByteArray();
    if (state.isEmpty()) {
        for (const QString &hidden : {u"domain"_s, u"channel"_s, u"collecting_department"_s})
            header->hideSection(m_model->columnIndex(hidden));
        // The registry's enterprise mostly repeats the submitting unit: last, so that the
        // deadline shows on a 1024-pixel screen too.
        const int enterprise = m_model->columnIndex(u"enterprise"_s);
        header->moveSection(header->visualIndex(enterprise), header->count() - 1);
    } else {
        header->restoreState(state);
    }
    // Widths are fitted to the rows in refresh(), once there are rows, except those the clerk
    // set by hand.
    ColumnFit::of(m_view, 22, u"appealsPage/userSizedColumns"_s);
    connect(header, &QHeaderView::customContextMenuRequested, this, &AppealsPage::showColumnMenu);
    connect(header, &QHeaderView::sectionResized, this, &AppealsPage::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &AppealsPage::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AppealsPage::saveHeader);
    // A hint such as "select the appeals first" is stale once the selection changes.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, m_message,
            &MessageLine::clearMessage);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openAppeal(m_model->idAt(index.row())); });

    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"appeals"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, [this](const QString &page) {
        if (page == "appeals"_L1)
            openEntryDialog(); // keying in is this page's own next step
        else
            emit goToPage(page);
    });
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filters->searchEdit()->setFocus();
        m_filters->searchEdit()->selectAll();
    });
    m_printMenu = new ListPrintMenu(
        m_model, m_view, u"诉求清单"_s,
        [this] { return m_filters->description(m_model->filter()); }, this);
    connect(m_printMenu, &QMenu::aboutToShow, m_filters, &AppealFilterBar::commitPendingSearch);
    m_printMenu->setObjectName(u"appealsListPrint"_s);
    printButton->setMenu(m_printMenu);
    // A keystroke stops a count at once, before the search is applied 250 ms later: the count
    // would be of a term no longer typed.
    connect(m_filters->searchEdit(), &QLineEdit::textChanged, this, &AppealsPage::stopCounting);
    // Another search or filter is another list: it starts at its top, not where the last one
    // was scrolled to.
    connect(m_filters, &AppealFilterBar::filterChanged, this, [this] {
        applyFilter();
        m_view->scrollToTop();
    });
    applyFilter();
    new AppealFileDrop(db, this); // Word forms and lists dropped on the page
}

AppealEntryDialog *AppealsPage::entryDialog() const {
    return m_entry.data();
}

AppealsPage::~AppealsPage() {
    delete m_entry; // top-level dialog: not a child of this page's widgets
}

void AppealsPage::refresh() {
    m_nextStep->refresh(m_db);
    m_filters->reloadChoices();
    applyFilter();
}

void AppealsPage::fitColumns() {
    ColumnFit *fit = ColumnFit::of(m_view);
    m_fitted = fit->fit();
    if (!m_fitted)
        return;
    // The newest appeals are seldom assigned yet: room for a department's full name.
    const int department = fontMetrics().horizontalAdvance(u"政务服务和数据管理局"_s) + 16;
    QHeaderView *header = m_view->horizontalHeader();
    for (const QString &column : {u"lead_department"_s, u"collecting_department"_s}) {
        const int c = m_model->columnIndex(column);
        if (!fit->isUserSized(c))
            header->resizeSection(c, std::max(header->sectionSize(c), department));
    }
}

void AppealsPage::applyFilter() {
    m_model->setFilter(m_filters->filter());
    updateCount();
}

void AppealsPage::updateCount() {
    if (!m_fitted) // the first rows of a new database are there
        fitColumns();
    m_counter->cancel(); // counting a list that is no longer shown
    m_estimate = m_model->estimatedCount();
    showCount(m_estimate);
}

void AppealsPage::countExactly() {
    if (m_counter->isCounting())
        return;
    m_filters->commitPendingSearch(); // the term as typed, not the one 250 ms ago
    m_counter->start(m_model->filter());
    m_exactCount->setText(tr("Counting… (Esc stops)").toHtmlEscaped());
    m_stopCounting->setEnabled(true);
}

void AppealsPage::stopCounting() {
    if (m_counter->isCounting()) {
        m_counter->cancel();
        showCount(m_estimate);
    }
}

void AppealsPage::showCount(const AppealListQuery::Count &count) {
    m_stopCounting->setEnabled(false);
    m_exactCount->setText(u"<a href=\"exact\">%1</a>"_s.arg(tr("Exact count").toHtmlEscaped()));
    m_exactCount->setVisible(count.value >= 0 && !count.exact);
    if (count.value < 0)
        m_count->setText(tr("The list could not be read: %1").arg(m_model->lastError()));
    else if (count.exact)
        m_count->setText(tr("%Ln appeal(s)", nullptr, int(count.value)));
    else // "about 66,000" from the core: two significant digits
        m_count->setText(tr("%1 appeals", "an estimate: %1 is e.g. \"about 66,000\"")
                             .arg(AppealListQuery::countText(count)));
}

AppealEntryDialog *AppealsPage::openEntryDialog() {
    if (!m_entry) {
        // A window of its own (no parent widget) so it can sit beside the main window.
        m_entry = new AppealEntryDialog(m_db);
        m_entry->setAttribute(Qt::WA_DeleteOnClose, false);
        // The list shows the sheet just keyed in, selected, for a look or for screening.
        connect(m_entry, &AppealEntryDialog::appealSaved, this, [this](qint64 id) {
            m_model->reload();
            updateCount();
            selectAppeals({id});
        });
    }
    m_entry->show();
    m_entry->raise();
    m_entry->activateWindow();
    return m_entry;
}

AppealImportDialog *AppealsPage::openImportDialog() {
    auto *dialog = new AppealImportDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppealImportDialog::imported, this, [this] {
        m_model->reload();
        updateCount();
    });
    dialog->open();
    return dialog;
}

bool AppealsPage::resumeDraft() {
    if (!DraftStore(m_db.path()).exists())
        return false;
    AppealEntryDialog *dialog = openEntryDialog();
    return dialog->form()->offerDraft();
}

void AppealsPage::openAppeal(qint64 appealId) {
    if (appealId <= 0)
        return;
    auto *dialog = new AppealDetailDialog(m_db, appealId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppealDetailDialog::appealChanged, this, [this] {
        const QList<qint64> selected = selectedAppealIds(); // a reload forgets the selection
        m_model->reload();
        updateCount();
        selectAppeals(selected);
    });
    dialog->show();
}

QList<qint64> AppealsPage::selectedAppealIds() const {
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    return ids;
}

void AppealsPage::selectAppeals(const QList<qint64> &ids) {
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, m_model->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                  QItemSelectionModel::NoUpdate);
        m_view->scrollTo(selection.first().topLeft());
    }
}

QString AppealsPage::message() const {
    return m_message->text();
}

void AppealsPage::screenSelected() {
    const QList<qint64> ids = selectedAppealIds();
    if (ids.isEmpty()) {
        m_message->showError(tr("Select the appeals to screen first."));
        return;
    }
    auto *dialog = new ScreeningDialog(m_db, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, ids] {
        m_model->reload();
        updateCount();
        selectAppeals(ids); // the clerk sees the new status of the same rows
        m_message->showSuccess(
            tr("Screening recorded for %n appeal(s).", nullptr, int(ids.size())));
    });
    dialog->open();
}

void AppealsPage::showRowMenu(const QPoint &pos) {
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid() && !m_view->selectionModel()->isRowSelected(at.row(), {}))
        m_view->selectRow(at.row());
    const QList<qint64> ids = selectedAppealIds();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open"));
    open->setEnabled(ids.size() == 1);
    connect(open, &QAction::triggered, this, [this, ids] { openAppeal(ids.value(0)); });
    m_screenAction->setEnabled(!ids.isEmpty());
    menu.addAction(m_screenAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
    m_screenAction->setEnabled(true);
}

void AppealsPage::showColumnMenu(const QPoint &pos) {
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    for (int i = 0; i < m_model->columnCount(); ++i) {
        QAction *a = menu.addAction(m_model->headerData(i, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(i));
        connect(a, &QAction::toggled, this, [this, header, i](bool on) {
            // At least one column stays: a list without columns cannot be brought back.
            if (!on && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(i, !on);
            saveHeader();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void AppealsPage::saveHeader() {
    QSettings().setValue(u"appealsPage/header"_s, m_view->horizontalHeader()->saveState());
}
