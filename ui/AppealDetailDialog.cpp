#include "AppealDetailDialog.h"

#include "AppealRepository.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "HistoryWidget.h"
#include "StatusLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AppealDetailDialog::AppealDetailDialog(Database &db, qint64 appealId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget)
    , m_history(new HistoryWidget(db)) {
    m_tabs->addTab(createFieldsTab(appealId), tr("&Appeal"));
    m_history->setRecord(u"appeal"_s, appealId);
    m_tabs->addTab(m_history, tr("&History"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
