#include "ui/EnterprisesPage.h"

#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/records/AppealRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "ui/EnterpriseDialog.h"
#include "ui/EnterpriseListModel.h"
#include "ui/HistoryWidget.h"
#include "ui/ListEndKey.h"
#include "ui/ListPrintMenu.h"
#include "ui/NextStepBanner.h"
#include "ui/VisitLogWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EnterprisesPage::EnterprisesPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_model(new EnterpriseListModel(db, this))
    , m_search(new QLineEdit)
    , m_view(new QTableView)
    , m_tabs(new QTabWidget)
    , m_appeals(new QTreeWidget)
    , m_visits(new VisitLogWidget(db))
    , m_history(new HistoryWidget(db)) {
    m_search->setPlaceholderText(tr("Search name, credit code or tag"));
    m_search->setClearButtonEnabled(true);
    auto *add = new QPushButton(tr("&New enterprise…"));
    auto *edit = new QPushButton(tr("&Edit…"));
    auto *print = new QPushButton(tr("Print &list"));
    auto *printMenu = new ListPrintMenu(
        m_model, m_view, u"企业名录"_s,
        [this] {
            const QString text = m_search->text().trimmed();
            return text.isEmpty() ? QString() : u"检索“%1”"_s.arg(text);
        },
        this);
    printMenu->setObjectName(u"enterprisesListPrint"_s);
    print->setMenu(printMenu);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(add);
    top->addWidget(edit);
    top->addWidget(print);

    m_view->setModel(m_model);
    ListEndKey::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->resizeSection(0, 260);
    m_view->horizontalHeader()->resizeSection(1, 170);

    m_appeals->setHeaderLabels({tr("Number"), tr("Submitted"), tr("Status"), tr("Problem")});
    m_appeals->setRootIsDecorated(false);
    m_tabs->addTab(m_appeals, tr("Appeals"));
    m_tabs->addTab(m_visits, tr("Visits"));
    m_tabs->addTab(m_history, tr("History"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"enterprises"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, &Page::goToPage);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        m_view->scrollToTop(); // a new search starts at the top of its list
    });
    connect(add, &QPushButton::clicked, this, &EnterprisesPage::addEnterprise);
    connect(edit, &QPushButton::clicked, this, &EnterprisesPage::editEnterprise);
    connect(m_view, &QTableView::activated, this, &EnterprisesPage::editEnterprise);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnterprisesPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnterprisesPage::showDetails);
    refresh();
}

qint64 EnterprisesPage::currentEnterpriseId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void EnterprisesPage::refresh() {
    m_nextStep->refresh(m_db);
    // The visit log is part of the 清新 regime (leaders' liaison enterprises and visits).
    m_tabs->setTabVisible(m_tabs->indexOf(m_visits),
                          ProfileRepository(m_db).active().liaisonEnterprisesMax > 0);
    m_model->reload();
}

void EnterprisesPage::addEnterprise() {
    EnterpriseDialog dialog(m_db, Enterprise(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void EnterprisesPage::editEnterprise() {
    const auto e = EnterpriseRepository(m_db).find(currentEnterpriseId());
    if (!e)
        return;
    EnterpriseDialog dialog(m_db, *e, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_view->currentIndex().row();
        m_model->reload();
        m_view->selectRow(row);
    }
}

void EnterprisesPage::showDetails() {
    const qint64 id = currentEnterpriseId();
    m_appeals->clear();
    if (id > 0) {
        for (const Appeal &a : AppealRepository(m_db).forEnterprise(id))
            new QTreeWidgetItem(m_appeals, {a.number, a.submitDate.toString(Qt::ISODate),
                                            StatusLabels::appeal(Appeal::statusCode(a.status)),
                                            a.problem.left(80)});
    }
    m_visits->setEnterprise(id);
    m_history->setRecord(u"enterprise"_s, id);
}
