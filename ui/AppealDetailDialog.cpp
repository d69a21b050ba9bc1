#include "AppealDetailDialog.h"

#include "PrintMenu.h"

#include "AppealRepository.h"
#include "AttachmentRepository.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "HistoryWidget.h"
#include "StatusLabels.h"
#include "UserPrompt.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppealDetailDialog::AppealDetailDialog(Database &db, qint64 appealId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget)
    , m_history(new HistoryWidget(db)) {
    m_tabs->addTab(createFieldsTab(appealId), tr("&Appeal"));
    m_tabs->addTab(createScansTab(appealId), tr("&Scans"));
    m_history->setRecord(u"appeal"_s, appealId);
    m_tabs->addTab(m_history, tr("&History"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *print = buttons->addButton(tr("&Print"), QDialogButtonBox::ActionRole);
    auto *menu = new PrintMenu(
        db, [appealId] { return appealId; }, this);
    menu->addDocument(tr("Sign-up form (附件1)"), FormPrinter::Kind::Form1);
    menu->addDocument(tr("Visit booking form"), FormPrinter::Kind::Booking);
    menu->addDocument(tr("Blank sign-up form (附件1)"), FormPrinter::Kind::Form1, false, true);
    print->setMenu(menu);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 600);
}

QWidget *AppealDetailDialog::createFieldsTab(qint64 appealId) {
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    AppealRepository appeals(m_db);
    const auto appeal = appeals.find(appealId);
    if (!appeal) {
        form->addRow(new QLabel(tr("Appeal %1 no longer exists.").arg(appealId)));
        return content;
    }
    setWindowTitle(tr("Appeal %1 — %2").arg(appeal->number, appeal->submittingUnit));
    const auto add = [form](const QString &label, const QString &value) {
        auto *text = new QLabel(value.isEmpty() ? u"—"_s : value);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(label, text);
    };
    add(tr("Number:"), appeal->number);
    add(tr("Submitting unit:"), appeal->submittingUnit);
    add(tr("Responsible person:"), appeal->responsiblePerson);
    add(tr("Phone:"), appeal->phone);
    add(tr("Date submitted:"), appeal->submitDate.toString(Qt::ISODate));
    add(tr("Channel:"), appeal->channel);
    if (appeal->collectingDepartmentId > 0)
        if (const auto d = DepartmentRepository(m_db).find(appeal->collectingDepartmentId))
            add(tr("Collected by:"), d->name);
    add(tr("Status:"), StatusLabels::appeal(Appeal::statusCode(appeal->status)));
    if (!appeal->screeningNote.isEmpty())
        add(tr("Screening note:"), appeal->screeningNote);
    add(tr("Scope:"), appeal->industryWide ? tr("Whole industry") : tr("One enterprise"));
    add(tr("Urgent:"), appeal->urgent ? tr("Yes") : tr("No"));
    add(tr("Difficulties and problems:"), appeal->problem);
    add(tr("Opinions and suggestions:"), appeal->suggestions);
    add(tr("Remarks:"), appeal->priorHandling);
    if (appeal->duplicateOf > 0)
        if (const auto original = appeals.find(appeal->duplicateOf))
            add(tr("Duplicate of:"), original->number);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    return scroll;
}

QWidget *AppealDetailDialog::createScansTab(qint64 appealId) {
    auto *tab = new QWidget;
    auto *list = new QTreeWidget;
    list->setObjectName(u"scansList"_s);
    list->setHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("By")});
    list->setRootIsDecorated(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *open = new QPushButton(tr("&Open"));
    auto *attach = new QPushButton(tr("A&ttach scan…"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(attach);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(list, 1);
    layout->addLayout(buttons);

    const auto fill = [this, list, appealId] {
        list->clear();
        for (const AttachmentRepository::Info &i : AttachmentRepository(m_db).list(appealId)) {
            auto *item = new QTreeWidgetItem(
                list, {i.fileName, QLocale().formattedDataSize(i.size),
                       QLocale().toString(i.addedAt, QLocale::ShortFormat), i.addedBy});
            item->setData(0, Qt::UserRole, i.id);
        }
    };
    const auto openCurrent = [this, list] {
        const QTreeWidgetItem *item = list->currentItem();
        if (!item)
            return;
        AttachmentRepository repo(m_db);
        const QString path = repo.exportToTemp(item->data(0, Qt::UserRole).toLongLong());
        if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            UserPrompt::warning(this, tr("Open scan"),
                                path.isEmpty() ? repo.errorString()
                                               : tr("No program is set up to open %1.").arg(path));
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(list, &QTreeWidget::itemActivated, this, openCurrent);
    connect(attach, &QPushButton::clicked, this, [this, appealId, fill] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Attach scanned forms"), QString(),
                                          tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
        AttachmentRepository repo(m_db);
        for (const QString &p : paths)
            if (!repo.addFile(appealId, p))
                UserPrompt::warning(this, tr("Attach scan"), repo.errorString());
        fill();
        m_history->refresh();
    });
    fill();
    return tab;
}
