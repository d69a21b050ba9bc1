#include "HistoryWidget.h"

#include "AuditLog.h"
#include "FieldLabels.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryWidget::HistoryWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_tree(new QTreeWidget(this)) {
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void HistoryWidget::setRecord(const QString &entity, qint64 id) {
    m_entity = entity;
    m_id = id;
    refresh();
}

int HistoryWidget::entryCount() const {
    return m_tree->topLevelItemCount();
}

void HistoryWidget::refresh() {
    m_tree->clear();
    if (m_entity.isEmpty() || m_id <= 0)
        return;
    const QList<AuditLog::Entry> entries = AuditLog(m_db).history(m_entity, m_id);
    // Newest first: the clerk looks for what happened last.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QStringList details; // shortened for the column
        QStringList full;    // whole values for the tooltip
        for (auto d = it->detail.constBegin(); d != it->detail.constEnd(); ++d) {
            const QString label = FieldLabels::label(d.key());
            const QJsonObject change = d.value().toObject();
            if (change.contains("from"_L1) && change.contains("to"_L1)) {
                // A correction: old and new value side by side.
                const QString from = valueText(change.value("from"_L1));
                const QString to = valueText(change.value("to"_L1));
                details << tr("%1: %2 → %3").arg(label, shortened(from), shortened(to));
                full << tr("%1: %2 → %3").arg(label, from, to);
                continue;
            }
            const QString text = valueText(d.value());
            details << label + u": "_s + shortened(text);
            full << label + u": "_s + text;
        }
        auto *item =
            new QTreeWidgetItem(m_tree, {QLocale().toString(it->at, QLocale::ShortFormat), it->who,
                                         actionLabel(it->action), details.join(u"; "_s)});
        item->setToolTip(3, full.join(u'\n'));
    }
}

QString HistoryWidget::valueText(const QJsonValue &v) {
    if (v.isString())
        return v.toString().isEmpty() ? u"—"_s : v.toString();
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    // Numbers, lists: their JSON text without the brackets.
    const QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QString HistoryWidget::shortened(const QString &text) {
    const QString line = text.simplified();
    return line.size() > 40 ? line.left(39) + u'…' : line;
}

QString HistoryWidget::actionLabel(const QString &action) {
    if (action == "created"_L1)
        return tr("Created");
    if (action == "updated"_L1)
        return tr("Changed");
    if (action == "deleted"_L1)
        return tr("Deleted");
    if (action == "screened"_L1)
        return tr("Screened");
    if (action == "assigned"_L1)
        return tr("Assigned");
    if (action == "extended"_L1)
        return tr("Extended");
    if (action == "attached"_L1)
        return tr("File attached");
    // The workflow services' actions (core/workflow).
    static const QList<std::pair<const char *, const char *>> workflow{
        {"topic", QT_TR_NOOP("Put into a topic")},
        {"appeals_added", QT_TR_NOOP("Appeals added")},
        {"appeal_removed", QT_TR_NOOP("Appeal taken out")},
        {"urgent", QT_TR_NOOP("Urgency changed")},
        {"renamed", QT_TR_NOOP("Renamed")},
        {"handed", QT_TR_NOOP("Handed to departments to prepare")},
        {"department_removed", QT_TR_NOOP("Department removed")},
        {"started", QT_TR_NOOP("Handling started")},
        {"returned", QT_TR_NOOP("Returned (wrong department)")},
        {"reassigned", QT_TR_NOOP("Handed to another lead")},
        {"escalated", QT_TR_NOOP("Escalated to the higher level")},
        {"deferred", QT_TR_NOOP("Deferred with explanation")},
        {"completed", QT_TR_NOOP("Result recorded")},
        {"deadline_changed", QT_TR_NOOP("Deadline changed")},
        {"feedback", QT_TR_NOOP("Feedback to the enterprise")},
        {"supervision", QT_TR_NOOP("Supervision notes")},
        {"progress", QT_TR_NOOP("Progress report")},
        {"extension_requested", QT_TR_NOOP("Extension requested")},
        {"extension_approved", QT_TR_NOOP("Extension approved")},
        {"extension_refused", QT_TR_NOOP("Extension refused")},
        {"evaluated", QT_TR_NOOP("Evaluated")},
        {"reopened", QT_TR_NOOP("Reopened after an unsatisfied evaluation")},
        {"agenda", QT_TR_NOOP("Agenda changed")},
        {"leaders", QT_TR_NOOP("Leaders changed")},
        {"departments", QT_TR_NOOP("Departments changed")},
        {"enterprises", QT_TR_NOOP("Enterprises changed")},
        {"decision", QT_TR_NOOP("Decision recorded")},
        {"status", QT_TR_NOOP("Status changed")},
    };
    for (const auto &[code, label] : workflow) {
        if (action == QLatin1StringView(code))
            return tr(label);
    }
    return action;
}
