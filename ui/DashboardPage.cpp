#include "ui/DashboardPage.h"

#include "core/Clock.h"
#include "forms/FormPrinter.h"
#include "forms/report/SummaryReportDocument.h"
#include "ui/DashboardCharts.h"
#include "ui/DashboardDeadlineModel.h"
#include "ui/DashboardItemModel.h"
#include "ui/DepartmentScoreModel.h"
#include "ui/ExportDialog.h"
#include "ui/NextStepBanner.h"
#include "ui/PrintPreview.h"
#include "ui/SummaryReportDialog.h"
#include "ui/calendar/NoticeImportDialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QChartView>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int AllOpen = -1; // id of the "all open" button in the bucket group

// A list sorts through a proxy unless its model sorts itself (SelfSortingTableModel: a proxy
// would read every row at each refresh), starting from `sortColumn` (-1: the model's order).
QTableView *newTable(QAbstractItemModel *model, QWidget *parent, bool proxied,
                     int sortColumn = -1) {
    auto *view = new QTableView(parent);
    if (proxied) {
        auto *proxy = new QSortFilterProxyModel(view);
        proxy->setSourceModel(model);
        view->setModel(proxy);
    } else {
        view->setModel(model);
    }
    view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_query(db)
    , m_texts(m_query) {
    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"dashboard"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, &Page::goToPage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("As of:"), this));
    m_asOf = new QDateEdit(Clock::today(), this);
    m_asOf->setObjectName(u"asOf"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    bar->addWidget(m_asOf);
    bar->addWidget(new QLabel(tr("Department figures from:"), this));
    m_periodFrom = new QDateEdit(QDate(Clock::today().year(), 1, 1), this);
    m_periodFrom->setObjectName(u"periodFrom"_s);
    m_periodFrom->setCalendarPopup(true);
    m_periodFrom->setDisplayFormat(u"yyyy-MM-dd"_s);
    bar->addWidget(m_periodFrom);
    auto *today = new QPushButton(tr("Today"), this);
    bar->addWidget(today);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    bar->addWidget(refreshButton);
    bar->addStretch();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportButton"_s);
    bar->addWidget(exportButton);
    auto *reportButton = new QPushButton(tr("Summary report…"), this);
    reportButton->setObjectName(u"summaryReportButton"_s);
    reportButton->setToolTip(
        tr("The leaders' monthly or quarterly report (月报/季报) as PDF or ODT"));
    bar->addWidget(reportButton);
    layout->addLayout(bar);

    buildCalendarNote(layout);
    buildAsOfNote(layout);

    auto *counts = new QWidget(this);
    buildCounts(counts);
    layout->addWidget(counts);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_items = new DashboardItemModel(m_texts, this);
    m_deadlines = new DashboardDeadlineModel(m_texts, this);
    m_departments = new DepartmentScoreModel(this);
    m_tabs = new QTabWidget(this);
    m_itemsView = newTable(m_items, m_tabs, false, DashboardItemModel::Due);
    m_itemsView->setObjectName(u"itemsView"_s);
    // Column widths from the first rows, not from all of them: measuring every one of
    // thousands of open items' texts took longer than the whole dashboard query.
    m_itemsView->horizontalHeader()->setResizeContentsPrecision(DashboardTexts::chunkSize);
    m_deadlinesView = newTable(m_deadlines, m_tabs, false);
    m_deadlinesView->setObjectName(u"deadlinesView"_s);
    m_deadlinesView->horizontalHeader()->setResizeContentsPrecision(DashboardTexts::chunkSize);
    m_departmentsView = newTable(m_departments, m_tabs, true);
    m_departmentsView->setObjectName(u"departmentsView"_s);
    m_tabs->addTab(m_itemsView, tr("Open items"));
    m_tabs->addTab(m_deadlinesView, tr("Reports and meeting deadlines"));
    m_tabs->addTab(m_departmentsView, tr("Departments"));
    // Four charts of readable size are taller than the room a 768-pixel screen leaves under
    // the notes of the first day: they scroll there instead of pushing the window (and its
    // status bar) past the bottom of the screen.
    auto *chartsScroll = new QScrollArea(m_tabs);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    auto *charts = new QWidget(chartsScroll);
    chartsScroll->setWidget(charts);
    m_chartsTab = chartsScroll;
    auto *grid = new QGridLayout(charts);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(charts);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(280, 220);
        grid->addWidget(view, i / 2, i % 2);
        m_charts << view;
    }
    m_tabs->addTab(chartsScroll, tr("Charts"));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::updateShownTab);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(Clock::today()); });
    // editingFinished also comes when a date edit merely loses focus (a click into the list, a
    // tab switch moving the focus): refresh only for a date that changed.
    auto datesEdited = [this] {
        if (m_asOf->date() != m_snapshot.asOf ||
            std::min(m_periodFrom->date(), m_asOf->date()) != m_snapshot.periodFrom)
            refresh();
    };
    connect(m_asOf, &QDateEdit::editingFinished, this, datesEdited);
    connect(m_periodFrom, &QDateEdit::editingFinished, this, datesEdited);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::exportList);
    connect(reportButton, &QPushButton::clicked, this, &DashboardPage::summaryReport);
    auto openFrom = [this](QTableView *view) {
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const qint64 id = index.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
            if (id > 0)
                emit openAssignment(id);
        });
    };
    openFrom(m_itemsView);
    openFrom(m_deadlinesView);

    // 催办通知 from the list: for the selected item, or every overdue one, as one document.
    m_itemsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *remindOne = new QAction(tr("Reminder notice (催办通知) for this item…"), m_itemsView);
    remindOne->setObjectName(u"remindSelected"_s);
    auto *remindAll = new QAction(tr("Reminder notices for all overdue items…"), m_itemsView);
    remindAll->setObjectName(u"remindAllOverdue"_s);
    m_itemsView->addAction(remindOne);
    m_itemsView->addAction(remindAll);
    connect(remindOne, &QAction::triggered, this, [this] {
        const QModelIndex current = m_itemsView->currentIndex();
        const qint64 id =
            current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
        if (id <= 0) {
            QMessageBox::information(this, tr("Reminder notice"),
                                     tr("Select an overdue item in the list first."));
            return;
        }
        printReminders({id});
    });
    connect(remindAll, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const DashboardItem &item : m_snapshot.items) {
            if (item.bucket == DashboardBucket::Overdue)
                ids << item.id;
        }
        printReminders(ids);
    });
}

DashboardPage::~DashboardPage() {
    // ~QWidget hides the page after the members are gone; a date edit losing focus then would
    // emit editingFinished and refresh() with a destroyed query.
    m_asOf->disconnect(this);
    m_periodFrom->disconnect(this);
}

void DashboardPage::buildCounts(QWidget *host) {
    auto *row = new QHBoxLayout(host);
    row->setContentsMargins(0, 0, 0, 0);
    m_bucketButtons = new QButtonGroup(this);
    m_bucketButtons->setExclusive(true);
    auto add = [&](int id, const QString &colour, const QString &name) {
        auto *b = new QToolButton(host);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setMinimumHeight(64);
        b->setStyleSheet(u"QToolButton { background: %1; color: white; border-radius: 6px; "
                         "font-size: 15px; font-weight: bold; padding: 6px; }"
                         "QToolButton:checked { border: 4px solid #212121; }"_s.arg(colour));
        m_bucketButtons->addButton(b, id);
        row->addWidget(b);
    };
    for (DashboardBucket bucket : DashboardBuckets::all())
        add(int(bucket), DashboardBuckets::colour(bucket),
            u"bucket-"_s + DashboardBuckets::code(bucket));
    add(AllOpen, u"#546e7a"_s, u"bucket-all"_s);
    m_bucketButtons->button(AllOpen)->setChecked(true);
    connect(m_bucketButtons, &QButtonGroup::idClicked, this, [this](int id) {
        showBuckets(id == AllOpen ? QList<DashboardBucket>{}
                                  : QList<DashboardBucket>{DashboardBucket(id)});
        m_tabs->setCurrentIndex(0);
    });
}

void DashboardPage::buildCalendarNote(QBoxLayout *layout) {
    m_calendarNote = new QFrame(this);
    m_calendarNote->setObjectName(u"calendarNote"_s);
    m_calendarNote->setFrameShape(QFrame::StyledPanel);
    m_calendarNote->setStyleSheet(
        u"#calendarNote { background: #fff8e1; border: 1px solid #ffb300; "
        "border-radius: 4px; }"_s);
    auto *row = new QHBoxLayout(m_calendarNote);
    m_calendarNoteText = new QLabel(m_calendarNote);
    m_calendarNoteText->setWordWrap(true);
    row->addWidget(m_calendarNoteText, 1);
    auto *import = new QPushButton(tr("Import the notice…"), m_calendarNote);
    import->setObjectName(u"importNoticeButton"_s);
    row->addWidget(import);
    connect(import, &QPushButton::clicked, this, &DashboardPage::importNotice);
    m_calendarNote->hide();
    layout->addWidget(m_calendarNote);
}

void DashboardPage::buildAsOfNote(QBoxLayout *layout) {
    m_asOfNote = new QFrame(this);
    m_asOfNote->setObjectName(u"asOfNote"_s);
    m_asOfNote->setFrameShape(QFrame::StyledPanel);
    m_asOfNote->setStyleSheet(u"#asOfNote { background: #fff8e1; border: 1px solid #ffb300; "
                              "border-radius: 4px; }"_s);
    auto *row = new QHBoxLayout(m_asOfNote);
    m_asOfNoteText = new QLabel(m_asOfNote);
    m_asOfNoteText->setWordWrap(true);
    row->addWidget(m_asOfNoteText, 1);
    auto *today = new QPushButton(tr("Show today"), m_asOfNote);
    today->setObjectName(u"asOfTodayButton"_s);
    row->addWidget(today);
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(Clock::today()); });
    m_asOfNote->hide();
    layout->addWidget(m_asOfNote);
}

void DashboardPage::updateAsOfNote() {
    // A dashboard left open overnight, or set to another day, looks like today's: say so.
    const QDate asOf = m_asOf->date();
    const QDate today = Clock::today();
    m_asOfNote->setVisible(asOf != today);
    if (asOf != today)
        m_asOfNoteText->setText(
            (asOf < today ? tr("These figures are as of %1, not today (%2): items overdue or "
                               "due since then are not counted as such.")
                          : tr("These figures are as of %1, a day still ahead (today is %2)."))
                .arg(asOf.toString(Qt::ISODate), today.toString(Qt::ISODate)));
}

void DashboardPage::updateCalendarNote() {
    // Today as the office lives it, not the dashboard's as-of date: the notice to import is
    // the one of the year about to begin.
    m_missingYear = m_query.calendar().yearToImport(QDate::currentDate());
    m_calendarNote->setVisible(m_missingYear > 0);
    if (m_missingYear > 0)
        m_calendarNoteText->setText(
            tr("The State Council's holiday arrangement for %1 is not in the calendar yet, so "
               "deadlines that run into %1 are estimates that count weekends only. The notice "
               "comes out in October or November: paste it to settle them.")
                .arg(m_missingYear));
}

void DashboardPage::importNotice() {
    NoticeImportDialog dialog(
        m_db, m_missingYear > 0 ? m_missingYear : QDate::currentDate().year() + 1, this);
    dialog.exec();
    if (dialog.saved())
        refresh();
}

void DashboardPage::setAsOf(const QDate &date) {
    m_asOf->setDate(date);
    refresh();
}

void DashboardPage::followAsOf() {
    // Looking at another year: the department figures follow to that year's start.
    if (m_periodFrom->date() > m_asOf->date() ||
        m_periodFrom->date().year() < m_asOf->date().year() - 1)
        m_periodFrom->setDate(QDate(m_asOf->date().year(), 1, 1));
}

void DashboardPage::showBuckets(const QList<DashboardBucket> &buckets) {
    m_shown = buckets;
    const int id = buckets.size() == 1 ? int(buckets.first()) : AllOpen;
    if (QAbstractButton *b = m_bucketButtons->button(id))
        b->setChecked(true);
    loadList();
}

void DashboardPage::refresh() {
    m_nextStep->refresh(m_db);
    QElapsedTimer timer;
    timer.start();
    m_query.reload(); // the profile's window or the calendar may have been edited
    updateCalendarNote();
    updateAsOfNote();
    followAsOf();
    DashboardQuery::Options options;
    options.asOf = m_asOf->date();
    options.periodFrom = std::min(m_periodFrom->date(), options.asOf);
    options.departments = false; // when their tab is shown: updateShownTab()
    options.series = false;
    m_snapshot = m_query.compute(options);
    m_texts.clear();
    m_chartsCurrent = false;
    updateCounts();
    m_deadlines->setSnapshot(m_snapshot);
    if (!m_deadlinesSized && m_deadlines->rowCount() > 0) {
        m_deadlinesView->resizeColumnsToContents();
        m_deadlinesSized = true;
    }
    loadList();
    updateShownTab();
    m_lastRefreshMs = timer.elapsed();
    QStringList notes;
    if (!m_query.errorString().isEmpty())
        notes << m_query.errorString();
    notes << m_snapshot.warnings;
    notes << tr("Due soon: within %n working day(s), up to %1.", nullptr,
                m_snapshot.warningWindowWorkingDays)
                 .arg(QLocale().toString(m_snapshot.dueSoonLimit, QLocale::ShortFormat));
    notes << tr("%n progress report(s) missed.", nullptr, m_snapshot.missedReports());
    m_status->setText(notes.join(u"  "_s));
}

void DashboardPage::updateCounts() {
    for (DashboardBucket bucket : DashboardBuckets::all()) {
        if (QAbstractButton *b = m_bucketButtons->button(int(bucket)))
            b->setText(
                u"%1\n%2"_s.arg(m_snapshot.count(bucket)).arg(DashboardBuckets::label(bucket)));
    }
    m_bucketButtons->button(AllOpen)->setText(
        u"%1\n%2"_s.arg(m_snapshot.openTotal()).arg(tr("All open")));
}

void DashboardPage::loadList() {
    m_items->setSnapshot(m_snapshot, m_shown, m_query.calendar());
    // Measured once, from the first rows the page shows; afterwards the widths stay as they
    // are (or as the user dragged them) instead of being measured again at every refresh.
    if (!m_itemsSized && m_items->rowCount() > 0) {
        m_itemsView->resizeColumnsToContents();
        m_itemsView->setColumnWidth(
            DashboardItemModel::Problem,
            std::min(m_itemsView->columnWidth(DashboardItemModel::Problem), 360));
        m_itemsSized = true;
    }
}

void DashboardPage::updateShownTab() {
    QWidget *shown = m_tabs->currentWidget();
    if (shown != m_departmentsView && shown != m_chartsTab)
        return;
    if (!m_snapshot.hasDepartments) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = m_query.addDepartments(m_snapshot);
        QGuiApplication::restoreOverrideCursor();
        if (!ok)
            m_status->setText(m_query.errorString());
        m_departments->setScores(m_snapshot.departments);
    }
    if (shown == m_chartsTab && !m_chartsCurrent) {
        if (!m_query.addSeries(m_snapshot))
            m_status->setText(m_query.errorString());
        updateCharts();
        m_chartsCurrent = true;
    }
}

void DashboardPage::updateCharts() {
    // New figures go into the charts already shown when they have the same bars; a new chart
    // is made only when the months, keys or departments differ.
    const auto put = [this](int i, bool updated, const std::function<QChart *()> &make) {
        QChartView *view = m_charts.at(i);
        if (updated)
            return;
        QChart *old = view->chart();
        view->setChart(make()); // the view releases, not deletes, the old one
        delete old;
    };
    const QString byChannel = tr("Appeals per month by channel");
    const QString byDomain = tr("Appeals per month by domain");
    put(0, DashboardCharts::updateMonthly(m_charts.at(0)->chart(), m_snapshot.byChannel),
        [&] { return DashboardCharts::monthly(m_snapshot.byChannel, byChannel); });
    put(1, DashboardCharts::updateMonthly(m_charts.at(1)->chart(), m_snapshot.byDomain),
        [&] { return DashboardCharts::monthly(m_snapshot.byDomain, byDomain); });
    put(2, DashboardCharts::updateOnTimeRate(m_charts.at(2)->chart(), m_snapshot.departments),
        [&] { return DashboardCharts::onTimeRate(m_snapshot.departments); });
    put(3, DashboardCharts::updateSatisfaction(m_charts.at(3)->chart(), m_snapshot.departments),
        [&] { return DashboardCharts::satisfaction(m_snapshot.departments); });
}

void DashboardPage::exportList() {
    ExportDialog dialog(m_db, this);
    dialog.setCurrentList(m_query.details(m_snapshot, m_shown), m_snapshot.asOf);
    dialog.exec();
}

void DashboardPage::summaryReport() {
    SummaryReportDialog dialog(Clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto doc = SummaryReportDocument::fromDatabase(m_db, dialog.period(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!doc) {
        QMessageBox::warning(this, tr("Summary report"), error);
        return;
    }
    PrintPreview::show({*doc}, this, PrintPreview::Save::PdfOrOdt);
}

void DashboardPage::printReminders(const QList<qint64> &assignmentIds) {
    FormPrinter printer(m_db);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<PrintableDocument> docs = printer.reminderNotices(assignmentIds, m_snapshot.asOf);
    QGuiApplication::restoreOverrideCursor();
    if (docs.isEmpty()) {
        QMessageBox::information(this, tr("Reminder notice"), printer.errorString());
        return;
    }
    PrintPreview::show(docs, this,
                       docs.size() == 1 ? PrintPreview::Save::PdfOrOdt : PrintPreview::Save::Pdf);
}
