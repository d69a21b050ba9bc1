#include "ui/VisitLogWidget.h"

#include "core/Clock.h"
#include "core/records/AppealRepository.h"
#include "core/records/LeaderRepository.h"
#include "core/visits/VisitRepository.h"
#include "ui/UserPrompt.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisitLogWidget::VisitLogWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_tree(new QTreeWidget)
    , m_add(new QPushButton(tr("Add &visit…"))) {
    m_tree->setHeaderLabels({tr("Date"), tr("Leader"), tr("People"), tr("Findings"),
                             tr("Follow-up"), tr("Follow-up appeals")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &VisitLogWidget::addVisit);
    m_add->setEnabled(false);
}

void VisitLogWidget::setEnterprise(qint64 enterpriseId) {
    m_enterpriseId = enterpriseId;
    m_add->setEnabled(enterpriseId > 0);
    refresh();
}

int VisitLogWidget::visitCount() const {
    return m_tree->topLevelItemCount();
}

void VisitLogWidget::refresh() {
    m_tree->clear();
    if (m_enterpriseId <= 0)
        return;
    AppealRepository appeals(m_db);
    for (const VisitRepository::Visit &v : VisitRepository(m_db).forEnterprise(m_enterpriseId)) {
        QStringList numbers;
        for (qint64 id : v.appealIds)
            if (const auto a = appeals.find(id))
                numbers << a->number;
        auto *item =
            new QTreeWidgetItem(m_tree, {v.date.toString(Qt::ISODate), v.leaderName, v.people,
                                         v.findings, v.followUp, numbers.join(u", "_s)});
        item->setToolTip(3, v.findings);
    }
}

void VisitLogWidget::addVisit() {
    if (m_enterpriseId <= 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New visit"));
    auto *date = new QDateEdit(Clock::today());
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *leader = new QComboBox;
    leader->addItem(tr("(none)"), 0);
    for (const Leader &l : LeaderRepository(m_db).list())
        leader->addItem(l.name, l.id);
    auto *people = new QLineEdit;
    auto *findings = new QPlainTextEdit;
    findings->setTabChangesFocus(true);
    auto *followUp = new QPlainTextEdit;
    followUp->setTabChangesFocus(true);
    auto *appealNumbers = new QLineEdit;
    appealNumbers->setPlaceholderText(tr("appeal numbers, separated by commas"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Leader:"), leader);
    form->addRow(tr("&People:"), people);
    form->addRow(tr("&Findings:"), findings);
    form->addRow(tr("F&ollow-up:"), followUp);
    form->addRow(tr("Follow-up &appeals:"), appealNumbers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    VisitRepository::Visit visit;
    visit.enterpriseId = m_enterpriseId;
    visit.leaderId = leader->currentData().toLongLong();
    visit.date = date->date();
    visit.people = people->text();
    visit.findings = findings->toPlainText();
    visit.followUp = followUp->toPlainText();
    AppealRepository appeals(m_db);
    QStringList unknown;
    for (const QString &number :
         appealNumbers->text().split(QRegularExpression(u"[,，、;；\\s]+"_s), Qt::SkipEmptyParts)) {
        if (const auto a = appeals.findByNumber(number))
            visit.appealIds << a->id;
        else
            unknown << number;
    }
    VisitRepository repo(m_db);
    if (!repo.insert(visit)) {
        UserPrompt::warning(this, tr("New visit"), repo.errorString());
        return;
    }
    if (!unknown.isEmpty())
        UserPrompt::warning(this, tr("New visit"),
                            tr("The visit was saved. Follow-up appeals: no appeal has the "
                               "number %1.")
                                .arg(unknown.join(u", "_s)));
    refresh();
}
