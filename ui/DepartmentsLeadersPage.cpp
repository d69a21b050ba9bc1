#include "ui/DepartmentsLeadersPage.h"

#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/DepartmentMerge.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/LeaderMerge.h"
#include "core/records/LeaderRepository.h"
#include "ui/HistoryWidget.h"
#include "ui/ListPrintMenu.h"
#include "ui/NextStepBanner.h"
#include "ui/RecordFieldsDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTreeWidget *makeTree(const QStringList &headers) {
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

qint64 currentId(const QTreeWidget *tree) {
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

// The dialogs' lines, in the order of DepartmentMerge's and LeaderMerge's fields.
QStringList departmentValues(const Department &d) {
    return {d.name, d.shortName, d.contact, d.phone, d.level};
}

Department departmentFrom(Department d, const QStringList &values) {
    d.name = values.value(0);
    d.shortName = values.value(1);
    d.contact = values.value(2);
    d.phone = values.value(3);
    d.level = values.value(4);
    return d;
}

QStringList leaderValues(const Leader &l) {
    return {l.name, l.title, l.domains.join(u"、"_s)};
}

Leader leaderFrom(Leader l, const QStringList &values) {
    l.name = values.value(0);
    l.title = values.value(1);
    l.domains = LeaderRepository::splitDomains(values.value(2));
    return l;
}
} // namespace

DepartmentsLeadersPage::DepartmentsLeadersPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_departments(
          makeTree({tr("Department"), tr("Short name"), tr("Contact"), tr("Phone"), tr("Level")}))
    , m_leaders(makeTree({tr("Leader"), tr("Title"), tr("Domains"), tr("Liaison enterprises")}))
    , m_liaisonNote(new QLabel)
    , m_history(new HistoryWidget(db)) {
    m_departments->setObjectName(u"departmentsTree"_s);
    m_leaders->setObjectName(u"leadersTree"_s);
    // Each list prints as a directory for the office (部门通讯录, 领导联系企业表).
    // The two lists sit side by side: each button has its own Alt key (issue 12).
    const auto box = [this](const QString &title, QTreeWidget *tree, QPushButton *add,
                            QPushButton *edit, QPushButton *print, QLabel *note,
                            const QString &paperTitle, const QStringList &paperHeaders) {
        auto *group = new QGroupBox(title);
        auto *menu = new ListPrintMenu(tree, paperTitle, paperHeaders, this);
        menu->setObjectName(tree->objectName() + u"Print"_s);
        print->setMenu(menu);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(edit);
        buttons->addStretch();
        buttons->addWidget(print);
        auto *layout = new QVBoxLayout(group);
        layout->addWidget(tree, 1);
        if (note)
            layout->addWidget(note);
        layout->addLayout(buttons);
        return group;
    };
    auto *addDept = new QPushButton(tr("New &department…"));
    auto *editDept = new QPushButton(tr("&Edit…"));
    auto *addLeader = new QPushButton(tr("New &leader…"));
    auto *editLeaderButton = new QPushButton(tr("Ed&it…"));
    m_liaisonNote->setWordWrap(true);

    auto *top = new QSplitter;
    top->addWidget(box(tr("Departments"), m_departments, addDept, editDept,
                       new QPushButton(tr("&Print list")), nullptr, u"部门通讯录"_s,
                       {u"部门"_s, u"简称"_s, u"联系人"_s, u"联系电话"_s, u"层级"_s}));
    top->addWidget(box(tr("Leaders"), m_leaders, addLeader, editLeaderButton,
                       new QPushButton(tr("Print li&st")), m_liaisonNote,
                       u"领导分管领域及联系企业"_s,
                       {u"领导"_s, u"职务"_s, u"分管领域"_s, u"联系企业"_s}));
    auto *history = new QGroupBox(tr("History of the selected entry"));
    (new QVBoxLayout(history))->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    m_nextStep = new NextStepBanner(u"departments"_s, this);
    layout->addWidget(m_nextStep);
    connect(m_nextStep, &NextStepBanner::goTo, this, &Page::goToPage);
    layout->addWidget(splitter);

    connect(addDept, &QPushButton::clicked, this, [this] { editDepartment(true); });
    connect(editDept, &QPushButton::clicked, this, [this] { editDepartment(false); });
    connect(m_departments, &QTreeWidget::itemActivated, this, [this] { editDepartment(false); });
    connect(addLeader, &QPushButton::clicked, this, [this] { editLeader(true); });
    connect(editLeaderButton, &QPushButton::clicked, this, [this] { editLeader(false); });
    connect(m_leaders, &QTreeWidget::itemActivated, this, [this] { editLeader(false); });
    connect(m_departments, &QTreeWidget::currentItemChanged, this,
            [this] { showHistory(u"department"_s, m_departments); });
    connect(m_leaders, &QTreeWidget::currentItemChanged, this,
            [this] { showHistory(u"leader"_s, m_leaders); });
    refresh();
}

void DepartmentsLeadersPage::refresh() {
    m_nextStep->refresh(m_db);
    m_departments->clear();
    for (const Department &d : DepartmentRepository(m_db).list()) {
        auto *item =
            new QTreeWidgetItem(m_departments, {d.name, d.shortName, d.contact, d.phone, d.level});
        item->setData(0, Qt::UserRole, d.id);
    }
    const RuleProfile profile = ProfileRepository(m_db).active();
    QStringList outside;
    m_leaders->clear();
    const QHash<qint64, QStringList> liaison = ChoiceLists(m_db).liaisonEnterprises();
    for (const Leader &l : LeaderRepository(m_db).list()) {
        const QStringList enterprises = liaison.value(l.id);
        auto *item = new QTreeWidgetItem(
            m_leaders, {l.name, l.title, l.domains.join(u"、"_s), enterprises.join(u"、"_s)});
        item->setData(0, Qt::UserRole, l.id);
        const int n = int(enterprises.size());
        if (profile.liaisonEnterprisesMax > 0 &&
            (n < profile.liaisonEnterprisesMin || n > profile.liaisonEnterprisesMax)) {
            outside << l.name;
            item->setForeground(3, QColor(0xb9, 0x77, 0x0e));
        }
    }
    if (profile.liaisonEnterprisesMax > 0) {
        m_liaisonNote->setText(
            outside.isEmpty()
                ? tr("Each leader liaises with %1–%2 key enterprises, as the profile asks.")
                      .arg(profile.liaisonEnterprisesMin)
                      .arg(profile.liaisonEnterprisesMax)
                : tr("The profile asks for %1–%2 liaison enterprises per leader; not so for: %3. "
                     "Set the liaison leader on the Enterprises page.")
                      .arg(profile.liaisonEnterprisesMin)
                      .arg(profile.liaisonEnterprisesMax)
                      .arg(outside.join(u"、"_s)));
        m_liaisonNote->show();
    } else {
        m_liaisonNote->hide();
    }
}

void DepartmentsLeadersPage::editDepartment(bool create) {
    Department d;
    if (!create) {
        const auto found = DepartmentRepository(m_db).find(currentId(m_departments));
        if (!found)
            return;
        d = *found; // with the version the save names
    }
    RecordFieldsDialog<Department, DepartmentMerge, DepartmentRepository> dialog(
        m_db, d, create ? tr("New department") : tr("Edit department"),
        {tr("Name:"), tr("Short name:"), tr("Contact:"), tr("Phone:"), tr("Level:")},
        departmentValues, departmentFrom, this);
    dialog.setObjectName(u"departmentDialog"_s);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DepartmentsLeadersPage::editLeader(bool create) {
    Leader l;
    if (!create) {
        const auto found = LeaderRepository(m_db).find(currentId(m_leaders));
        if (!found)
            return;
        l = *found; // with the version the save names
    }
    RecordFieldsDialog<Leader, LeaderMerge, LeaderRepository> dialog(
        m_db, l, create ? tr("New leader") : tr("Edit leader"),
        {tr("Name:"), tr("Title:"), tr("Domains (separate with 、):")}, leaderValues, leaderFrom,
        this);
    dialog.setObjectName(u"leaderDialog"_s);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DepartmentsLeadersPage::showHistory(const QString &entity, QTreeWidget *tree) {
    m_history->setRecord(entity, currentId(tree));
}
