#include "ui/HistoryWidget.h"

#include "core/AuditLog.h"
#include "core/StatusLabels.h"
#include "core/records/RecordNames.h"
#include "core/validation/FieldLabels.h"

#include <QDate>
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
        QJsonObject detail = it->detail;
        // A status change or a moved deadline: one "from → to" line in words (a meeting's
        // status change records only where it went).
        if (detail.value("to"_L1).isString() &&
            (!detail.contains("from"_L1) || detail.value("from"_L1).isString())) {
            const QString from = detail.take("from"_L1).toString();
            const QString to = detail.take("to"_L1).toString();
            const bool dates = QDate::fromString(to, Qt::ISODate).isValid();
            const QString label = dates ? tr("Deadline") : FieldLabels::label(u"status"_s);
            const QString line = from.isEmpty() ? tr("%1: %2").arg(label, valueOf("status"_L1, to))
                                                : tr("%1: %2 → %3")
                                                      .arg(label, valueOf("status"_L1, from),
                                                           valueOf("status"_L1, to));
            details << line;
            full << line;
        }
        for (auto d = detail.constBegin(); d != detail.constEnd(); ++d) {
            if (isInternalId(d.key()))
                continue; // row ids of reports, evaluations…: nothing a clerk can use
            const QString label = detailLabel(d.key());
            const QJsonObject change = d.value().toObject();
            if (change.contains("from"_L1) && change.contains("to"_L1)) {
                // A correction: old and new value side by side.
                const QString from = valueOf(d.key(), change.value("from"_L1));
                const QString to = valueOf(d.key(), change.value("to"_L1));
                details << tr("%1: %2 → %3").arg(label, shortened(from), shortened(to));
                full << tr("%1: %2 → %3").arg(label, from, to);
                continue;
            }
            const QString text = valueOf(d.key(), d.value());
            details << tr("%1: %2").arg(label, shortened(text));
            full << tr("%1: %2").arg(label, text);
        }
        auto *item = new QTreeWidgetItem(
            m_tree,
            {QLocale().toString(it->at, QLocale::ShortFormat),
             it->who.isEmpty() || it->who == "?"_L1 ? u"—"_s : it->who, actionLabel(it->action),
             details.join(tr("; ", "between the details of a history entry"))});
        item->setToolTip(3, full.join(u'\n'));
    }
}

bool HistoryWidget::isInternalId(const QString &key) {
    static const QStringList ids{u"evaluation"_s,        u"report"_s,
                                 u"extension"_s,         u"assignments"_s,
                                 u"topic_id"_s,          u"enterprise_id"_s,
                                 u"appeals"_s,           u"reportId"_s,
                                 u"liaison_leader_id"_s, u"collecting_department_id"_s};
    return ids.contains(key);
}

QString HistoryWidget::detailLabel(const QString &key) {
    // The workflow services' detail keys (core/workflow); the appeal's and enterprise's fields
    // have FieldLabels.
    static const QList<std::pair<const char *, const char *>> labels{
        {"on", QT_TR_NOOP("Date")},
        {"date", QT_TR_NOOP("Date")},
        {"reason", QT_TR_NOOP("Reason")},
        {"note", QT_TR_NOOP("Note")},
        {"target", QT_TR_NOOP("Redirected to")},
        {"requested_due", QT_TR_NOOP("Extension asked until")},
        {"due", QT_TR_NOOP("New deadline")},
        {"due_date", QT_TR_NOOP("Deadline")},
        {"original_due_date", QT_TR_NOOP("Original deadline")},
        {"progress_due", QT_TR_NOOP("First progress report due")},
        {"due_reason", QT_TR_NOOP("Reason for the deadline")},
        // DeadlineSettlement: the year imported or the day corrected, and whether the
        // deadline now rests on known years only.
        {"calendar", QT_TR_NOOP("Calendar change")},
        {"certain", QT_TR_NOOP("Calendar complete")},
        {"assigned_on", QT_TR_NOOP("Assigned on")},
        {"completed_on", QT_TR_NOOP("Completed on")},
        {"result", QT_TR_NOOP("Result")},
        {"feedback", QT_TR_NOOP("Feedback")},
        {"feedback_on", QT_TR_NOOP("Feedback on")},
        {"feedback_method", QT_TR_NOOP("Feedback by")},
        {"method", QT_TR_NOOP("Feedback by")},
        {"supervision", QT_TR_NOOP("Supervision")},
        {"escalation_note", QT_TR_NOOP("Note for the higher level")},
        {"explanation", QT_TR_NOOP("Explanation")},
        {"level", QT_TR_NOOP("Evaluation")},
        {"lead", QT_TR_NOOP("Lead department")},
        {"lead_department_id", QT_TR_NOOP("Lead department")},
        {"from_lead", QT_TR_NOOP("Previous lead department")},
        {"to_lead", QT_TR_NOOP("New lead department")},
        {"lead_contact", QT_TR_NOOP("Contact")},
        {"lead_phone", QT_TR_NOOP("Contact's phone")},
        {"cooperators", QT_TR_NOOP("Cooperating departments")},
        {"department", QT_TR_NOOP("Department")},
        {"departments", QT_TR_NOOP("Departments")},
        {"rehandle_count", QT_TR_NOOP("Times handled again")},
        {"title", QT_TR_NOOP("Title")},
        {"appeal", QT_TR_NOOP("Appeal")},
        {"file", QT_TR_NOOP("File")},
        {"size", QT_TR_NOOP("Size (bytes)")},
        {"text", QT_TR_NOOP("Text")},
        {"people", QT_TR_NOOP("People")},
        {"previous", QT_TR_NOOP("Before")},
        {"from", QT_TR_NOOP("Status before")},
    };
    for (const auto &[code, label] : labels)
        if (key == QLatin1StringView(code))
            return tr(label);
    return FieldLabels::label(key);
}

QString HistoryWidget::valueOf(const QString &key, const QJsonValue &value) const {
    // Codes and ids in words: statuses, evaluation levels, departments, topics, appeals.
    if ((key == "status"_L1 || key == "from"_L1) && value.isString()) {
        const QString code = value.toString();
        for (const QString &label : {StatusLabels::assignment(code), StatusLabels::appeal(code),
                                     StatusLabels::meeting(code)})
            if (label != code)
                return label;
        return code;
    }
    if (key == "level"_L1 && value.isString())
        return StatusLabels::evaluationLevel(value.toString());
    const auto names = [&](const auto &name) {
        QStringList out;
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &v : list) {
            const qint64 id =
                v.isObject() ? v.toObject().value("department"_L1).toInteger() : v.toInteger();
            const QString text = id > 0 ? name(id) : QString();
            out << (text.isEmpty() ? valueText(v) : text);
        }
        return out.join(tr(", ", "between names"));
    };
    if ((key == "lead"_L1 || key == "lead_department_id"_L1 || key == "from_lead"_L1 ||
         key == "to_lead"_L1 || key == "department"_L1 || key == "departments"_L1 ||
         key == "cooperators"_L1) &&
        (value.isDouble() || value.isArray()))
        return names([this](qint64 id) { return RecordNames::departmentName(m_db, id); });
    if (key == "topic"_L1 && value.isDouble())
        return names([this](qint64 id) { return RecordNames::topicTitle(m_db, id); });
    if (key == "appeal"_L1 && value.isDouble())
        return names([this](qint64 id) { return RecordNames::appealNumber(m_db, id); });
    return valueText(value);
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
        {"deadline_recomputed", QT_TR_NOOP("Deadline recomputed with the calendar")},
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
